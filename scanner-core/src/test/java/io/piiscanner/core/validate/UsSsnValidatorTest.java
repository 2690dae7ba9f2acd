package io.piiscanner.core.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code us-ssn}: SSA issuance rules since the 2011 randomization, written 3-2-4 with one kind of separator
 * or none; the SSA's advertising numbers are test data, 123-45-6789 and repeated digits are filler.
 */
class UsSsnValidatorTest {

    private final Validator ssn = FinancialValidators.all().get("us-ssn");

    @ParameterizedTest(name = "\"{0}\" passes")
    @ValueSource(strings = {
        "536-22-1234", "536 22 1234", "536.22.1234", "536221234",
        "001-01-0001",   // lowest issuable area, group and serial
        "665-99-9999",   // just below 666
        "667-01-0001",   // just above 666
        "899-99-9999",   // highest issuable area
        "772-12-3456",   // an area assigned after the 2011 randomization
    })
    void issuableNumbersPass(String value) {
        assertThat(ssn.validate(value)).isEqualTo(Validation.VALID);
    }

    @ParameterizedTest(name = "\"{0}\" is test data")
    @ValueSource(strings = {"078-05-1120", "078051120", "078 05 1120", "219-09-9999", "219099999"})
    void advertisingNumbersAreTestData(String value) {
        assertThat(ssn.validate(value)).isEqualTo(Validation.TEST_DATA);
    }

    @ParameterizedTest(name = "\"{0}\" fails: {1}")
    @CsvSource(delimiter = '|', value = {
        "000-12-3456  | area never issued",
        "666-12-3456  | area never issued",
        "900-12-3456  | area never issued",
        "999-99-9999  | area never issued",
        "536-00-1234  | group 00 never issued",
        "536-22-0000  | serial 0000 never issued",
        "123-45-6789  | filler number",
        "123456789    | filler number",
        "111-11-1111  | filler number",
        "888 88 8888  | filler number",
        "536-22 1234  | not written as a 3-2-4 number",   // mixed separators
        "5362-2-1234  | not written as a 3-2-4 number",   // wrong grouping
        "536-221-234  | not written as a 3-2-4 number",
        "536/22/1234  | not written as a 3-2-4 number",   // slash is not an SSN separator
        "53622123     | not written as a 3-2-4 number",   // 8 digits
        "5362212345   | not written as a 3-2-4 number",   // 10 digits
        "536-22-123a  | not written as a 3-2-4 number",
        "536--22-1234 | not written as a 3-2-4 number",
    })
    void hardNegativesFailWithAFixedReason(String value, String reason) {
        assertThat(ssn.validate(value)).isEqualTo(Validation.invalid(reason));
    }
}

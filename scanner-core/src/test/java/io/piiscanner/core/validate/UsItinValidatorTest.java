package io.piiscanner.core.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code us-itin}: 9XX-GG-SSSS with the group in 50-65, 70-88, 90-92 or 94-99 (IRS). */
class UsItinValidatorTest {

    private final Validator itin = FinancialValidators.all().get("us-itin");

    @ParameterizedTest(name = "\"{0}\" passes")
    @ValueSource(strings = {
        "912-50-1234", "912-65-1234",   // 50-65
        "912-70-1234", "912-88-1234",   // 70-88
        "912-90-1234", "912-92-1234",   // 90-92
        "912-94-1234", "999-99-9999",   // 94-99
        "900 78 1234", "900.78.1234", "900781234",
    })
    void numbersInTheIrsGroupRangesPass(String value) {
        assertThat(itin.validate(value)).isEqualTo(Validation.VALID);
    }

    @ParameterizedTest(name = "\"{0}\" fails: {1}")
    @CsvSource(delimiter = '|', value = {
        "912-00-1234 | group outside the ITIN ranges",
        "912-49-1234 | group outside the ITIN ranges",
        "912-66-1234 | group outside the ITIN ranges",
        "912-69-1234 | group outside the ITIN ranges",
        "912-89-1234 | group outside the ITIN ranges",
        "912-93-1234 | group outside the ITIN ranges",
        "812-70-1234 | does not start with 9",
        "078-05-1120 | does not start with 9",            // an SSN is not an ITIN
        "912-70 1234 | not written as a 3-2-4 number",
        "91270-1234  | not written as a 3-2-4 number",
        "91270123    | not written as a 3-2-4 number",
        "9127012345  | not written as a 3-2-4 number",
    })
    void hardNegativesFailWithAFixedReason(String value, String reason) {
        assertThat(itin.validate(value)).isEqualTo(Validation.invalid(reason));
    }
}

package io.piiscanner.core.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code aba}: nine digits (or 4-4-1 with dashes), a Federal Reserve routing symbol prefix (00-12, 21-32,
 * 61-72, 80) and the 3-7-1 weighted check; all zeros is rejected.
 */
class AbaValidatorTest {

    private final Validator aba = FinancialValidators.all().get("aba");

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "021000021   | JPMorgan Chase, New York (prefix 02, bank)",
        "011000015   | Federal Reserve Bank of Boston",
        "121000358   | Bank of America, California (prefix 12, highest bank symbol)",
        "026009593   | Bank of America, New York",
        "071000013   | JPMorgan Chase, Illinois",
        "322271627   | JPMorgan Chase, California (prefix 32, highest thrift symbol)",
        "006828891   | prefix 00 (US Government)",
        "212516780   | prefix 21 (thrift)",
        "610718818   | prefix 61 (electronic)",
        "728174140   | prefix 72 (electronic)",
        "803337763   | prefix 80 (traveller's cheques)",
        "0210-0002-1 | written 4-4-1 with the check digit apart",
    })
    void routingNumbersWithAValidSymbolAndCheckDigitPass(String rtn, String what) {
        assertThat(aba.validate(rtn)).as(what).isEqualTo(Validation.VALID);
    }

    @ParameterizedTest(name = "\"{0}\" fails: {1}")
    @CsvSource(delimiter = '|', value = {
        "021000022   | checksum failed",
        "012000021   | checksum failed",                         // transposed digits
        "131740938   | not a Federal Reserve routing symbol",    // 13: checksum fine, symbol unused
        "201925447   | not a Federal Reserve routing symbol",    // 20
        "339920709   | not a Federal Reserve routing symbol",    // 33
        "607413744   | not a Federal Reserve routing symbol",    // 60
        "738477714   | not a Federal Reserve routing symbol",    // 73
        "798341709   | not a Federal Reserve routing symbol",    // 79
        "814718740   | not a Federal Reserve routing symbol",    // 81
        "996331919   | not a Federal Reserve routing symbol",    // 99
        "000000000   | all zeros",
        "0000-0000-0 | all zeros",
        "02100002    | not 9 digits or 4-4-1 grouping",
        "0210000210  | not 9 digits or 4-4-1 grouping",
        "021-000-021 | not 9 digits or 4-4-1 grouping",
        "0210 0002 1 | not 9 digits or 4-4-1 grouping",
        "02100002l   | not 9 digits or 4-4-1 grouping",
    })
    void hardNegativesFailWithAFixedReason(String rtn, String reason) {
        assertThat(aba.validate(rtn)).isEqualTo(Validation.invalid(reason));
    }
}

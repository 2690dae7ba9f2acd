package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.IdValidatorAssert.assertAdjacentTranspositionsRejected;
import static io.piiscanner.core.validate.IdValidatorAssert.assertEverySingleDigitChangeRejected;
import static io.piiscanner.core.validate.IdValidatorAssert.assertInvalid;
import static io.piiscanner.core.validate.IdValidatorAssert.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** de-tax-id: eleven digits, digit repetition rule, ISO 7064 MOD 11,10. */
class DeTaxIdValidatorTest {

    private final Validator validator = new DeTaxIdValidator();

    /** The ten digits followed by their ISO/IEC 7064 MOD 11,10 check digit. */
    static String withCheck(String ten) {
        int product = 10;
        for (char ch : ten.toCharArray()) {
            int sum = (ch - '0' + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        return ten + (11 - product) % 10;
    }

    @Test
    void testHelperAgreesWithPublishedNumbers() {
        assertThat(withCheck("8609574271")).isEqualTo("86095742719");
        assertThat(withCheck("3657426180")).isEqualTo("36574261809");
    }

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            86095742719    | widely published sample IdNr (digit 7 twice)
            36 574 261 809 | python-stdnum's sample, written 2-3-3-3 (digit 6 twice)
            11234567890    | one digit twice, side by side
            """)
    void accepts(String value, String why) {
        assertValid(validator, value);
    }

    @ParameterizedTest(name = "{0} + check digit is valid: a digit three times, not all adjacent")
    @ValueSource(strings = {"1211345678", "1213145678", "9876543929", "1123456781"})
    void acceptsADigitThreeTimesWhenNotThreeInARow(String ten) {
        assertValid(validator, withCheck(ten));
    }

    @ParameterizedTest(name = "{0} + check digit is invalid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1234567890 | every digit once
            1112345678 | a digit three times in a row
            2345011189 | a digit three times in a row, in the middle
            1111234567 | a digit four times
            1122345678 | two digits repeated
            1213141567 | a digit four times, none adjacent
            """)
    void rejectsRepetitionPatternsNeverIssued(String ten, String why) {
        assertInvalid(validator, withCheck(ten), "digit repetition pattern not issued");
    }

    @ParameterizedTest(name = "\"{0}\" is invalid: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            86095742718     | check digit mismatch              | last digit changed
            86395742719     | check digit mismatch              | one digit changed (0 to the unused 3)
            68095742719     | check digit mismatch              | first two digits swapped
            06095742719     | first digit is 0                  | leading zero
            8609574271      | wrong length                      | ten digits
            860957427190    | wrong length                      | twelve digits
            86 095 742 71 9 | unexpected separators or grouping | odd grouping
            860 957 427 19  | unexpected separators or grouping | 3-3-3-2
            86/095/742/719  | wrong length                      | slashes are not separators here
            8609574271X     | unexpected character              | letter
            """)
    void rejects(String value, String reason, String why) {
        assertInvalid(validator, value, reason);
    }

    @Test
    void aLeadingZeroIsRejectedEvenWithAMatchingCheckDigit() {
        assertInvalid(validator, withCheck("0123456789"), "first digit is 0");
    }

    @ParameterizedTest(name = "every single-digit change and adjacent swap of {0} is caught")
    @ValueSource(strings = {"86095742719", "36574261809"})
    void singleDigitErrorsAndSwapsAreCaught(String valid) {
        assertEverySingleDigitChangeRejected(validator, valid);
        assertAdjacentTranspositionsRejected(validator, valid);
    }
}

package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.IdValidatorAssert.assertEverySingleDigitChangeRejected;
import static io.piiscanner.core.validate.IdValidatorAssert.assertInvalid;
import static io.piiscanner.core.validate.IdValidatorAssert.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** uk-nhs: ten digits, mod 11 with weights 10..2 (NHS Data Dictionary). */
class UkNhsValidatorTest {

    private final Validator validator = new UkNhsValidator();

    /** The check digit per the NHS Data Dictionary, or 10 for a base that cannot be issued. */
    static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (nine.charAt(i) - '0');
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    @Test
    void testHelperAgreesWithTheQuotedExample() {
        assertThat(checkDigit("943476591")).isEqualTo(9);
    }

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            943 476 5919 | the commonly quoted example number
            9434765919   | without separators
            943-476-5919 | with dashes
            987 654 3210 | check value 11 is written 0
            401 023 2137 | computed check digit
            """)
    void accepts(String value, String why) {
        assertValid(validator, value);
    }

    @ParameterizedTest(name = "base {0} gets its computed check digit")
    @ValueSource(strings = {"401023213", "450557710", "600000012", "700123456", "320000001"})
    void acceptsComputedNumbers(String base) {
        int check = checkDigit(base);
        if (check == 10) {
            assertInvalid(validator, base + "0", "check value 10, never issued");
        } else {
            assertValid(validator, base + check);
        }
    }

    @ParameterizedTest(name = "\"{0}\" is invalid: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            943 476 5918  | check digit mismatch              | last digit changed
            943 476 5910  | check digit mismatch              | check digit 0 instead of 9
            943 476 9519  | check digit mismatch              | two digits swapped
            123 456 7890  | check value 10, never issued      | base whose check value is 10
            123 456 7891  | check value 10, never issued      | any last digit for that base
            111 111 1111  | all digits the same               | passes mod 11 but is not a number
            000 000 0000  | all digits the same               | passes mod 11 but is not a number
            943476591     | wrong length                      | nine digits
            943 476 591   | unexpected separators or grouping | nine digits, 3-3-3
            943 476 59190 | wrong length                      | eleven digits
            943 476 591O  | unexpected character              | letter O for zero
            943 4765 919  | unexpected separators or grouping | not 3-3-4
            943 476-5919  | unexpected separators or grouping | mixed separators
            """)
    void rejects(String value, String reason, String why) {
        assertInvalid(validator, value, reason);
    }

    @ParameterizedTest(name = "every single-digit change of {0} is caught")
    @ValueSource(strings = {"9434765919", "9876543210", "4010232137"})
    void everySingleDigitErrorIsCaught(String valid) {
        assertEverySingleDigitChangeRejected(validator, valid);
    }
}

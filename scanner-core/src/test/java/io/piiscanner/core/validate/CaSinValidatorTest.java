package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.IdValidatorAssert.assertEverySingleDigitChangeRejected;
import static io.piiscanner.core.validate.IdValidatorAssert.assertInvalid;
import static io.piiscanner.core.validate.IdValidatorAssert.assertRejected;
import static io.piiscanner.core.validate.IdValidatorAssert.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ca-sin: nine digits, Luhn, first digit not 0 or 8. */
class CaSinValidatorTest {

    private final Validator validator = new CaSinValidator();

    /** The Luhn check digit for the given digits. */
    static int luhnCheckDigit(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int d = payload.charAt(payload.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    @Test
    void testHelperAgreesWithAKnownNumber() {
        assertThat(luhnCheckDigit("13069254")).isEqualTo(4);
        assertThat(luhnCheckDigit("04645428")).isEqualTo(6);
    }

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            130 692 544 | Luhn-valid, first digit 1
            130692544   | without separators
            130-692-544 | with dashes
            923 456 784 | first digit 9: temporary resident
            """)
    void accepts(String value, String why) {
        assertValid(validator, value);
    }

    @ParameterizedTest(name = "first digit {0} with a computed check digit is valid")
    @ValueSource(strings = {"1", "2", "3", "4", "5", "6", "7", "9"})
    void acceptsAssignedFirstDigits(String first) {
        String payload = first + "2345678";
        assertValid(validator, payload + luhnCheckDigit(payload));
    }

    @ParameterizedTest(name = "\"{0}\" is invalid: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            046 454 286  | first digit not assigned          | the well-known specimen SIN, Luhn-valid but starts with 0
            823 456 785  | first digit not assigned          | Luhn-valid but starts with 8
            130 692 545  | check digit mismatch              | last digit changed
            103 692 544  | check digit mismatch              | two digits swapped
            13069254     | wrong length                      | eight digits
            130 692 5440 | wrong length                      | ten digits, 3-3-4
            1306 92 544  | unexpected separators or grouping | 4-2-3
            130 692-544  | unexpected separators or grouping | mixed separators
            13O 692 544  | unexpected character              | letter O
            """)
    void rejects(String value, String reason, String why) {
        assertInvalid(validator, value, reason);
    }

    @Test
    void rejectsDottedWriting() {
        assertRejected(validator, "130.692.544");
    }

    @ParameterizedTest(name = "every single-digit change of {0} is caught")
    @ValueSource(strings = {"130692544", "923456784"})
    void everySingleDigitErrorIsCaught(String valid) {
        assertEverySingleDigitChangeRejected(validator, valid);
    }
}

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

/** in-aadhaar: twelve digits, first 2-9, Verhoeff check digit. */
class InAadhaarValidatorTest {

    private final Validator validator = new InAadhaarValidator();

    // Verhoeff tables, written as strings so they are checked independently of the validator's.
    private static final String[] D = {
        "0123456789", "1234067895", "2340178956", "3401289567", "4012395678",
        "5987604321", "6598710432", "7659821043", "8765932104", "9876543210"
    };
    private static final String[] P = {
        "0123456789", "1576283094", "5803796142", "8916043527",
        "9453126870", "4286573901", "2793806415", "7046913258"
    };
    private static final String INV = "0432156789";

    /** The digits followed by their Verhoeff check digit (generation form, using the inverse table). */
    static String withCheck(String payload) {
        int c = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            c = D[c].charAt(P[(i + 1) % 8].charAt(digit) - '0') - '0';
        }
        return payload + INV.charAt(c);
    }

    @Test
    void testHelperAgreesWithPublishedValues() {
        assertThat(withCheck("236")).isEqualTo("2363"); // the textbook Verhoeff example
        assertThat(withCheck("23412341234")).isEqualTo("234123412346"); // python-stdnum's sample
    }

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2341 2341 2346 | python-stdnum's sample, usual grouping
            234123412346   | without separators
            2341-2341-2346 | with dashes
            """)
    void accepts(String value, String why) {
        assertValid(validator, value);
    }

    @ParameterizedTest(name = "{0} + Verhoeff check digit is valid")
    @ValueSource(strings = {"29876543210", "50000000000", "98765432109", "77777777778", "20000000000",
        "21111111111", "22222222222", "23333333333", "24444444444", "25555555555", "26666666666",
        "27777777777", "28888888888", "29999999999", "20123456789", "39081726354"})
    void acceptsComputedNumbers(String eleven) {
        assertValid(validator, withCheck(eleven));
    }

    @ParameterizedTest(name = "{0} + Verhoeff check digit is invalid: first digit {1}")
    @CsvSource({"01234567890, 0", "12345678901, 1", "10000000000, 1"})
    void rejectsReservedFirstDigits(String eleven, String first) {
        assertInvalid(validator, withCheck(eleven), "first digit 0 or 1");
    }

    @ParameterizedTest(name = "{0} repeated twelve times is not a number")
    @ValueSource(strings = {"2", "3", "4", "5", "6", "7", "8", "9"})
    void rejectsRepeatedDigits(String digit) {
        assertInvalid(validator, digit.repeat(12), "all digits the same");
    }

    @ParameterizedTest(name = "\"{0}\" is invalid: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2341 2341 2347  | check digit mismatch              | last digit changed
            2341 2341 2364  | check digit mismatch              | last two digits swapped
            3241 2341 2346  | check digit mismatch              | first two digits swapped
            2341 2341 234   | unexpected separators or grouping | 4-4-3
            23412341234     | wrong length                      | eleven digits
            2341234123466   | wrong length                      | thirteen digits
            2341 23412346   | unexpected separators or grouping | 4-8
            2341 2341-2346  | unexpected separators or grouping | mixed separators
            2341 2341 234O  | unexpected character              | letter O
            """)
    void rejects(String value, String reason, String why) {
        assertInvalid(validator, value, reason);
    }

    @ParameterizedTest(name = "every single-digit change and adjacent swap of {0} is caught")
    @ValueSource(strings = {"234123412346", "98765432109"})
    void singleDigitErrorsAndSwapsAreCaught(String payloadOrNumber) {
        String valid = payloadOrNumber.length() == 12 ? payloadOrNumber : withCheck(payloadOrNumber);
        assertEverySingleDigitChangeRejected(validator, valid);
        assertAdjacentTranspositionsRejected(validator, valid);
    }
}

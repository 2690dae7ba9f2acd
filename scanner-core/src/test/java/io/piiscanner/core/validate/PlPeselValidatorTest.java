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

/** pl-pesel: birth date with century in the month, weights 1,3,7,9,... check digit. */
class PlPeselValidatorTest {

    private final Validator validator = new PlPeselValidator();

    /** The ten digits followed by their PESEL check digit. */
    static String withCheck(String ten) {
        int[] weights = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += weights[i] * (ten.charAt(i) - '0');
        }
        return ten + (10 - sum % 10) % 10;
    }

    @Test
    void testHelperAgreesWithThePublishedExample() {
        assertThat(withCheck("4405140135")).isEqualTo("44051401359");
    }

    @Test
    void acceptsThePublishedExample() {
        assertValid(validator, "44051401359"); // 14 May 1944
    }

    @ParameterizedTest(name = "{0} + check digit is valid: born {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0022290123 | 29 February 2000 (a leap year), month + 20
            0481290123 | 29 January 1804, month + 80
            9912311234 | 31 December 1999
            0041011234 | 1 January 2100, month + 40
            0072291234 | 29 December 2200, month + 60
            0422291234 | 29 February 2004
            """)
    void acceptsEncodedDates(String ten, String date) {
        assertValid(validator, withCheck(ten));
    }

    @ParameterizedTest(name = "{0} + check digit is invalid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0002290123 | 29 February 1900 (not a leap year)
            0062290123 | 29 February 2200 (not a leap year)
            0013010123 | month 13
            0000010123 | month 0
            4433010123 | month 33 (beyond the 2000s range)
            4404310123 | 31 April
            4405000123 | day 0
            4405320123 | day 32
            """)
    void rejectsImpossibleDates(String ten, String why) {
        assertInvalid(validator, withCheck(ten), "birth date does not exist");
    }

    @ParameterizedTest(name = "\"{0}\" is invalid: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            44051401358  | check digit mismatch | last digit changed
            44051401395  | check digit mismatch | last two digits swapped
            4405140135   | wrong length         | ten digits
            440514013590 | wrong length         | twelve digits
            4405140135O  | unexpected character | letter O
            """)
    void rejects(String value, String reason, String why) {
        assertInvalid(validator, value, reason);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected: PESEL is written without separators")
    @ValueSource(strings = {"440514 01359", "440514-01359"})
    void rejectsSeparators(String value) {
        assertRejected(validator, value);
    }

    @ParameterizedTest(name = "every single-digit change of {0} is caught")
    @ValueSource(strings = {"44051401359"})
    void everySingleDigitErrorIsCaught(String valid) {
        assertEverySingleDigitChangeRejected(validator, valid);
    }
}

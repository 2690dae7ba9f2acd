package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.IdValidatorAssert.assertEverySingleDigitChangeRejected;
import static io.piiscanner.core.validate.IdValidatorAssert.assertInvalid;
import static io.piiscanner.core.validate.IdValidatorAssert.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** fr-nir: sex, year, month, place, order, key = 97 - (number mod 97), Corsica 2A/2B as 19/18. */
class FrNirValidatorTest {

    private final Validator validator = new FrNirValidator();

    /** The 13 characters followed by their key, 2A and 2B read as 19 and 18 as INSEE specifies. */
    static String withKey(String thirteen) {
        String numeric = thirteen.replace("2A", "19").replace("2B", "18");
        int key = 97 - new BigInteger(numeric).mod(BigInteger.valueOf(97)).intValue();
        return thirteen + String.format("%02d", key);
    }

    @Test
    void testHelperAgreesWithPublishedNumbers() {
        assertThat(withKey("1841276451089")).isEqualTo("184127645108946");
        assertThat(withKey("2951099126111")).isEqualTo("295109912611193");
        assertThat(withKey("253072B073004")).isEqualTo("253072B07300470");
    }

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 84 12 76 451 089 46 | commonly quoted example, usual grouping
            184127645108946       | without separators
            1841276451089 46      | number and key apart
            1.84.12.76.451.089.46 | with dots
            2 95 10 99 126 111 93 | born abroad (department 99)
            253072B07300470       | Haute-Corse, 2B read as 18
            2 53 07 2A 073 004 43 | Corse-du-Sud, 2A read as 19, grouped
            """)
    void accepts(String value, String why) {
        assertValid(validator, value);
    }

    @ParameterizedTest(name = "{0} + key is valid")
    @ValueSource(strings = {
        "1841276451089", // month 12
        "2850175123456", // month 01
        "1852075123456", // month 20: month unknown
        "1853575123456", // month 35: conventional month
        "1854275123456", // month 42
        "1855075123456", // month 50
        "1859975123456", // month 99
        "3851275123456", // sex digit 3
        "4851275123456", // sex digit 4
        "7851275123456", // sex digit 7: provisional number
        "8851275123456", // sex digit 8: provisional number
    })
    void acceptsAllowedSexDigitsAndMonths(String thirteen) {
        assertValid(validator, withKey(thirteen));
    }

    @ParameterizedTest(name = "{0} + key is invalid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0841276451089 | first digit not 1, 2, 3, 4, 7 or 8
            5841276451089 | first digit not 1, 2, 3, 4, 7 or 8
            6841276451089 | first digit not 1, 2, 3, 4, 7 or 8
            9841276451089 | first digit not 1, 2, 3, 4, 7 or 8
            1840076451089 | month not allowed
            1841376451089 | month not allowed
            1841976451089 | month not allowed
            1844376451089 | month not allowed
            1844976451089 | month not allowed
            """)
    void rejectsForbiddenSexDigitsAndMonths(String thirteen, String reason) {
        assertInvalid(validator, withKey(thirteen), reason);
    }

    @ParameterizedTest(name = "\"{0}\" is invalid: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1 84 12 76 451 089 47  | check digit mismatch              | key changed
            1 84 12 76 451 098 46  | check digit mismatch              | two digits swapped
            253072A07300470        | check digit mismatch              | 2B's key with 2A
            253072C07300443        | unexpected character              | no department 2C
            253073A07300443        | unexpected character              | A only in department 2A
            253072a07300443        | unexpected character              | lower-case department letter
            1 84 12 76 451 089 4   | unexpected separators or grouping | one-digit key
            18412764510894         | wrong length                      | fourteen characters
            1841276451089466       | wrong length                      | sixteen characters
            1 84 12 76 451 089.46  | unexpected separators or grouping | mixed separators
            1 84 12 7 6451 089 46  | unexpected separators or grouping | odd grouping
            """)
    void rejects(String value, String reason, String why) {
        assertInvalid(validator, value, reason);
    }

    @ParameterizedTest(name = "every single-digit change of {0} is caught")
    @ValueSource(strings = {"184127645108946", "253072A07300443"})
    void everySingleDigitErrorIsCaught(String valid) {
        assertEverySingleDigitChangeRejected(validator, valid);
    }
}

package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.IdValidatorAssert.assertEverySingleDigitChangeRejected;
import static io.piiscanner.core.validate.IdValidatorAssert.assertInvalid;
import static io.piiscanner.core.validate.IdValidatorAssert.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** nl-bsn: nine digits, elfproef 9*d1 + ... + 2*d8 - d9 divisible by 11. */
class NlBsnValidatorTest {

    private final Validator validator = new NlBsnValidator();

    /** The elfproef sum of nine digits. */
    static int elfproef(String nine) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nine.charAt(i) - '0');
        }
        return sum - (nine.charAt(8) - '0');
    }

    @Test
    void testHelperAgreesWithTheKnownNumbers() {
        assertThat(elfproef("111222333") % 11).isZero();
        assertThat(elfproef("123456782") % 11).isZero();
    }

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            111222333   | widely published example BSN
            123456782   | widely published example BSN
            1112.22.333 | 4-2-3 with dots
            1112 22 333 | 4-2-3 with spaces
            111.222.333 | 3-3-3 with dots
            111 222 333 | 3-3-3 with spaces
            012345672   | leading zero written out
            """)
    void accepts(String value, String why) {
        assertValid(validator, value);
    }

    @ParameterizedTest(name = "{0} + the last digit that passes the elfproef is valid")
    @ValueSource(strings = {"10000000", "23456789", "99999999", "55555555"})
    void acceptsComputedNumbers(String eight) {
        int last = -1;
        for (int d = 0; d <= 9; d++) {
            if (elfproef(eight + d) % 11 == 0) {
                last = d;
            }
        }
        if (last < 0) {
            for (int d = 0; d <= 9; d++) {
                assertInvalid(validator, eight + d, "check digit mismatch");
            }
        } else {
            assertValid(validator, eight + last);
        }
    }

    @ParameterizedTest(name = "\"{0}\" is invalid: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            111222334    | check digit mismatch              | last digit changed
            111222332    | check digit mismatch              | last digit changed
            112122333    | check digit mismatch              | two digits swapped
            000000000    | all zeros                         | passes the elfproef but is no number
            11122233     | wrong length                      | eight digits
            1112223330   | wrong length                      | ten digits
            1112.22 333  | unexpected separators or grouping | mixed separators
            11 1222 333  | unexpected separators or grouping | 2-4-3
            111-222-333  | wrong length                      | dashes are not separators here
            11122233O    | unexpected character              | letter O
            """)
    void rejects(String value, String reason, String why) {
        assertInvalid(validator, value, reason);
    }

    @ParameterizedTest(name = "every single-digit change of {0} is caught")
    @ValueSource(strings = {"111222333", "123456782"})
    void everySingleDigitErrorIsCaught(String valid) {
        assertEverySingleDigitChangeRejected(validator, valid);
    }
}

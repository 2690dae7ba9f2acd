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

/** au-tfn: weighted sum divisible by 11, nine digits (and the older eight). */
class AuTfnValidatorTest {

    private static final int[] WEIGHTS_9 = {1, 4, 3, 7, 5, 8, 6, 9, 10};
    private static final int[] WEIGHTS_8 = {10, 7, 8, 4, 6, 3, 5, 1};

    private final Validator validator = new AuTfnValidator();

    static int weightedSum(String digits) {
        int[] weights = digits.length() == 9 ? WEIGHTS_9 : WEIGHTS_8;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        return sum;
    }

    /** The first digits completed by the last digit making the sum divisible by 11, or null if none does. */
    static String complete(String allButLast) {
        for (char d = '0'; d <= '9'; d++) {
            if (weightedSum(allButLast + d) % 11 == 0) {
                return allButLast + d;
            }
        }
        return null;
    }

    @Test
    void testHelperAgreesWithThePublishedExample() {
        assertThat(complete("12345678")).isEqualTo("123456782");
    }

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            123 456 782 | the commonly published example TFN
            123456782   | without separators
            """)
    void accepts(String value, String why) {
        assertValid(validator, value);
    }

    @ParameterizedTest(name = "{0} completed is valid")
    @ValueSource(strings = {"87654321", "10000000", "45678912", "1234567", "8765432", "5000000"})
    void acceptsComputedNumbers(String allButLast) {
        String tfn = complete(allButLast);
        if (tfn == null) {
            for (char d = '0'; d <= '9'; d++) {
                assertInvalid(validator, allButLast + d, "check digit mismatch");
            }
        } else {
            assertValid(validator, tfn);
            assertValid(validator, tfn.substring(0, 3) + " " + tfn.substring(3, 6) + " " + tfn.substring(6));
        }
    }

    @ParameterizedTest(name = "\"{0}\" is invalid: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            123 456 783  | check digit mismatch              | last digit changed
            213 456 782  | check digit mismatch              | first two digits swapped
            999 999 999  | check digit mismatch              | python-stdnum's invalid example
            12345678     | check digit mismatch              | eight digits, not divisible with the old weights
            1234567      | wrong length                      | seven digits
            1234567820   | wrong length                      | ten digits
            1234 56782   | unexpected separators or grouping | 4-5
            123  456 782 | unexpected separators or grouping | double space
            123 456 78A  | unexpected character              | letter
            """)
    void rejects(String value, String reason, String why) {
        assertInvalid(validator, value, reason);
    }

    @Test
    void acceptsDashesAsFormsWriteThem() {
        // the rule's dashed pattern scores low enough to need a TFN word: a dashed 3-3-3 is as often a reference
        assertValid(validator, "123-456-782");
        assertRejected(validator, "123-456-783");
    }

    @ParameterizedTest(name = "every single-digit change of {0} is caught")
    @ValueSource(strings = {"123456782", "87654321"})
    void everySingleDigitErrorIsCaught(String allButLastOrValid) {
        String valid = weightedSum(allButLastOrValid) % 11 == 0 && allButLastOrValid.length() == 9
                ? allButLastOrValid : complete(allButLastOrValid);
        assertThat(valid).as("a valid TFN from %s", allButLastOrValid).isNotNull();
        assertEverySingleDigitChangeRejected(validator, valid);
    }
}

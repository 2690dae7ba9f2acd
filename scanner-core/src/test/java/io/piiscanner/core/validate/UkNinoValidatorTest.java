package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.IdValidatorAssert.assertInvalid;
import static io.piiscanner.core.validate.IdValidatorAssert.assertRejected;
import static io.piiscanner.core.validate.IdValidatorAssert.assertValid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** uk-nino: HMRC NIM39110 prefix rules, digits and suffix. */
class UkNinoValidatorTest {

    private final Validator validator = new UkNinoValidator();

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AB 12 34 56 C  | the usual grouping
            AB123456C      | without separators
            AB 123456 C    | prefix, digits and suffix apart
            AB123456 D     | suffix apart
            AB 12 34 56    | suffix left out
            AB123456       | suffix left out, no separators
            CE 00 00 00 A  | suffix A
            OA 98 76 54 B  | O may be the first letter
            ZY 01 02 03 C  | Z may be the first letter when the prefix is not ZZ
            """)
    void accepts(String value, String why) {
        assertValid(validator, value);
    }

    @ParameterizedTest(name = "{0}: first prefix letter {0} is never used")
    @ValueSource(strings = {"D", "F", "I", "Q", "U", "V"})
    void rejectsUnusedFirstLetter(String letter) {
        assertInvalid(validator, letter + "A 12 34 56 C", "first prefix letter not used");
    }

    @ParameterizedTest(name = "{0}: second prefix letter {0} is never used")
    @ValueSource(strings = {"D", "F", "I", "O", "Q", "U", "V"})
    void rejectsUnusedSecondLetter(String letter) {
        assertInvalid(validator, "A" + letter + " 12 34 56 C", "second prefix letter not used");
    }

    @ParameterizedTest(name = "prefix {0} is not allocated")
    @ValueSource(strings = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
    void rejectsUnallocatedPrefix(String prefix) {
        assertInvalid(validator, prefix + " 12 34 56 C", "prefix not allocated");
    }

    @ParameterizedTest(name = "\"{0}\" is invalid: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AB 12 34 56 E   | suffix not A to D                 | suffix beyond D
            AB 12 34 56 1   | suffix not A to D                 | digit as suffix
            ab 12 34 56 c   | unexpected character              | lower case
            A1 12 34 56 C   | unexpected character              | digit in the prefix
            AB 12 3A 56 C   | unexpected character              | letter among the digits
            AB12345         | wrong length                      | five digits, no suffix
            AB12345C        | unexpected character              | five digits and a suffix
            AB1234567C      | wrong length                      | seven digits
            AB 12 34 5 6C   | unexpected separators or grouping | odd grouping
            AB  12 34 56 C  | unexpected separators or grouping | double space
            """)
    void rejects(String value, String reason, String why) {
        assertInvalid(validator, value, reason);
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"AB-12-34-56-C", "", "   ", "AB.12.34.56.C"})
    void rejectsOtherSeparatorsAndEmpty(String value) {
        assertRejected(validator, value);
    }
}

package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.IdValidatorAssert.assertInvalid;
import static io.piiscanner.core.validate.IdValidatorAssert.assertValid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** in-pan: format AAAAA9999A with a known holder-type letter (no public checksum). */
class InPanValidatorTest {

    private final Validator validator = new InPanValidator();

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ACUPA7085R | python-stdnum's sample, an individual
            AAPPV8261K | individual
            ABCPE0001F | lowest serial number
            ABCPE9999F | highest serial number
            """)
    void accepts(String value, String why) {
        assertValid(validator, value);
    }

    @ParameterizedTest(name = "holder type {0} is valid")
    @ValueSource(strings = {"P", "C", "H", "F", "A", "T", "B", "L", "J", "G", "K"})
    void acceptsEveryHolderType(String type) {
        assertValid(validator, "ABC" + type + "D1234E");
    }

    @ParameterizedTest(name = "holder type {0} is not used")
    @ValueSource(strings = {"D", "E", "I", "M", "N", "O", "Q", "R", "S", "U", "V", "W", "X", "Y", "Z"})
    void rejectsUnusedHolderTypes(String type) {
        assertInvalid(validator, "ABC" + type + "D1234E", "holder type letter not used");
    }

    @ParameterizedTest(name = "\"{0}\" is invalid: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ABMPA0000G  | serial number 0000   | serial numbers start at 0001
            ABMPA32111  | unexpected character | digit as the last character
            ABMP3A211G  | unexpected character | digit among the letters
            ABMPA3A11G  | unexpected character | letter among the digits
            abmpa3211g  | unexpected character | lower case
            ABMPA3211   | wrong length         | nine characters
            ABMPA3211GG | wrong length         | eleven characters
            ABMPA 3211G | wrong length         | PAN is written without separators
            """)
    void rejects(String value, String reason, String why) {
        assertInvalid(validator, value, reason);
    }
}

package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.IdValidatorAssert.assertEverySingleDigitChangeRejected;
import static io.piiscanner.core.validate.IdValidatorAssert.assertInvalid;
import static io.piiscanner.core.validate.IdValidatorAssert.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** es-nif: DNI and NIE check letter "TRWAGMYFPDXBNJZSQVHLCKE"[n mod 23]. */
class EsNifValidatorTest {

    private final Validator validator = new EsNifValidator();

    /** The check letter for a DNI number, or an NIE with X, Y, Z already replaced by 0, 1, 2. */
    static char letter(long number) {
        return "TRWAGMYFPDXBNJZSQVHLCKE".charAt((int) (number % 23));
    }

    @Test
    void testHelperAgreesWithTheMinistrysTable() {
        assertThat(letter(0)).isEqualTo('T');
        assertThat(letter(22)).isEqualTo('E');
        assertThat(letter(12345678)).isEqualTo('Z');
    }

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12345678Z   | DNI, the common example
            12345678-Z  | DNI, dash before the letter
            12345678 Z  | DNI, space before the letter
            00000023T   | DNI, remainder 0
            X1234567L   | NIE with X (read as 0)
            X-1234567-L | NIE, dashes around the digits
            X 1234567 L | NIE, spaces around the digits
            X1234567-L  | NIE, dash before the letter
            """)
    void accepts(String value, String why) {
        assertValid(validator, value);
    }

    @ParameterizedTest(name = "\"{0}\" is valid: remainder {1} picks its letter")
    @CsvSource(delimiter = '|', textBlock = """
            00000000T |  0
            00000001R |  1
            00000002W |  2
            00000003A |  3
            00000004G |  4
            00000005M |  5
            00000006Y |  6
            00000007F |  7
            00000008P |  8
            00000009D |  9
            00000010X | 10
            00000011B | 11
            00000012N | 12
            00000013J | 13
            00000014Z | 14
            00000015S | 15
            00000016Q | 16
            00000017V | 17
            00000018H | 18
            00000019L | 19
            00000020C | 20
            00000021K | 21
            00000022E | 22
            """)
    void everyRemainderHasItsLetter(String dni, int remainder) {
        assertValid(validator, dni);
        assertInvalid(validator, dni.substring(0, 8) + letter(remainder + 1), "check letter mismatch");
    }

    @ParameterizedTest(name = "NIE {0}1234567 with its letter is valid")
    @CsvSource({"X, 1234567", "Y, 11234567", "Z, 21234567"})
    void nieLettersCountAsLeadingDigits(String prefix, long asNumber) {
        assertValid(validator, prefix + "1234567" + letter(asNumber));
    }

    @ParameterizedTest(name = "\"{0}\" is invalid: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            12345678A    | check letter mismatch             | wrong letter
            12345679Z    | check letter mismatch             | one digit changed
            21345678Z    | check letter mismatch             | two digits swapped
            Y1234567L    | check letter mismatch             | X's letter with prefix Y
            12345678U    | check letter mismatch             | U is not in the table
            12345678z    | unexpected character              | lower-case letter
            x1234567L    | unexpected character              | lower-case prefix
            W1234567L    | unexpected character              | W is not an NIE prefix
            1234567Z     | wrong length                      | seven digits
            123456789Z   | wrong length                      | nine digits
            12345678     | wrong length                      | letter missing
            123456789    | unexpected character              | digit instead of letter
            12345678--Z  | unexpected separators or grouping | double dash
            12345678-ZZ  | wrong length                      | two letters
            1-2345678-Z  | unexpected separators or grouping | DNI split after its first digit
            X-1234567 L  | unexpected separators or grouping | mixed separators
            1234-5678-Z  | unexpected separators or grouping | split digits
            """)
    void rejects(String value, String reason, String why) {
        assertInvalid(validator, value, reason);
    }

    @ParameterizedTest(name = "every single-digit change of {0} is caught")
    @ValueSource(strings = {"12345678Z", "X1234567L"})
    void everySingleDigitErrorIsCaught(String valid) {
        assertEverySingleDigitChangeRejected(validator, valid);
    }
}

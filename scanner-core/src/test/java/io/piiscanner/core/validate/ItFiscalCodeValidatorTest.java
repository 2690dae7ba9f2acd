package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.IdValidatorAssert.assertEverySingleDigitChangeRejected;
import static io.piiscanner.core.validate.IdValidatorAssert.assertInvalid;
import static io.piiscanner.core.validate.IdValidatorAssert.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** it-fiscal-code: structure, birth date, omocodia and the odd/even check letter. */
class ItFiscalCodeValidatorTest {

    private final Validator validator = new ItFiscalCodeValidator();

    private static final String ODD_VALUES_0_TO_9 = "1 0 5 7 9 13 15 17 19 21";
    private static final String ODD_VALUES_A_TO_Z =
            "1 0 5 7 9 13 15 17 19 21 2 4 18 20 11 3 6 8 12 14 16 10 22 25 24 23";

    /** The first 15 characters followed by their check letter (DM 23/12/1976 tables). */
    static String withCheck(String fifteen) {
        String[] oddDigits = ODD_VALUES_0_TO_9.split(" ");
        String[] oddLetters = ODD_VALUES_A_TO_Z.split(" ");
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char ch = fifteen.charAt(i);
            boolean oddPosition = i % 2 == 0; // 1st, 3rd, ... counting from 1
            if (Character.isDigit(ch)) {
                sum += oddPosition ? Integer.parseInt(oddDigits[ch - '0']) : ch - '0';
            } else {
                sum += oddPosition ? Integer.parseInt(oddLetters[ch - 'A']) : ch - 'A';
            }
        }
        return fifteen + (char) ('A' + sum % 26);
    }

    @Test
    void testHelperAgreesWithPublishedCodes() {
        assertThat(withCheck("RCCMNL83S18D969")).isEqualTo("RCCMNL83S18D969H");
        assertThat(withCheck("MRTNTN23M02D969")).isEqualTo("MRTNTN23M02D969P");
        assertThat(withCheck("BNCSFN85T58G702")).isEqualTo("BNCSFN85T58G702W");
    }

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RCCMNL83S18D969H    | man born 18 November 1983 in Naples
            MRTNTN23M02D969P    | man born 2 August 1923
            CNTCHR83T41D969D    | woman born 1 December 1983 (day + 40)
            MRSMSR81D60Z611H    | woman born 20 April 1981 abroad (Z place code)
            RSSMRA85T10A562S    | the common example code
            RSS MRA 85T10 A562S | grouped 3-3-5-5
            RSSMRA45C12F20RX    | omocodia: last digit of the place code replaced (5 -> R)
            RSSMRA45C12F2LRI    | omocodia: three digits replaced
            RSSMRAQRCMNFNLRG    | omocodia: all seven digits replaced
            rccmnl83s18d969h    | lower case, as some exports hold it
            """)
    void accepts(String value, String why) {
        assertValid(validator, value);
    }

    @ParameterizedTest(name = "{0} + check letter is valid")
    @ValueSource(strings = {"RSSMRA85B29A562", "RSSMRA85B69A562", "RSSMRA85A31A562", "RSSMRA85D30A562",
        "RSSMRA85T71A562", "RSSMRAVVTMLA562", "RSSMRA85T10Z999"})
    void acceptsExistingDaysAndOmocodes(String fifteen) {
        assertValid(validator, withCheck(fifteen));
    }

    @ParameterizedTest(name = "{0} + check letter is invalid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RSSMRA85B30A562 | birth date does not exist
            RSSMRA85B70A562 | birth date does not exist
            RSSMRA85D31A562 | birth date does not exist
            RSSMRA85T00A562 | birth date does not exist
            RSSMRA85T32A562 | birth date does not exist
            RSSMRA85T40A562 | birth date does not exist
            RSSMRA85T72A562 | birth date does not exist
            RSSMRA85F10A562 | unexpected character
            RSSMRA8AT10A562 | unexpected character
            RSSMRA85T10A5O2 | unexpected character
            RSS1RA85T10A562 | unexpected character
            RSSMRA85T101562 | unexpected character
            """)
    void rejectsWithAMatchingCheckLetter(String fifteen, String reason) {
        assertInvalid(validator, withCheck(fifteen), reason);
    }

    @ParameterizedTest(name = "\"{0}\" is invalid: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            RCCMNL83S18D969A    | check letter mismatch             | wrong check letter
            FOXDRA26C24H872A    | check letter mismatch             | python-stdnum's invalid example
            RCCMNL83S18D996H    | check letter mismatch             | two digits swapped
            RCCMNL83S18D968H    | check letter mismatch             | one digit changed
            RSSMRA45C12F20SX    | check letter mismatch             | omocode letter changed
            CSTNGL22I10D086I    | unexpected character              | I is not a month letter
            rccmnl83s18d968h    | check letter mismatch             | lower case is checked like upper case
            RCCMNL83S18D969     | wrong length                      | check letter missing
            RCCMNL83S18D969HH   | wrong length                      | seventeen characters
            RCC MNL 83S18D969H  | unexpected separators or grouping | odd grouping
            """)
    void rejects(String value, String reason, String why) {
        assertInvalid(validator, value, reason);
    }

    @ParameterizedTest(name = "{0} in every name position, with its check letter, is valid")
    @ValueSource(chars = {'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q',
        'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'})
    void everyLetterCountsInOddAndEvenPositions(char letter) {
        String name = String.valueOf(letter).repeat(6);
        assertValid(validator, withCheck(name + "85T10A562"));
        assertValid(validator, withCheck("RSSMRA85T10" + letter + "562"));
    }

    @ParameterizedTest(name = "every single-digit change of {0} is caught")
    @ValueSource(strings = {"RCCMNL83S18D969H", "MRSMSR81D60Z611H"})
    void everySingleDigitErrorIsCaught(String valid) {
        assertEverySingleDigitChangeRejected(validator, valid);
    }

    @ParameterizedTest(name = "every single-character change of {0} is caught")
    @ValueSource(strings = {"RCCMNL83S18D969H", "RSSMRA45C12F20RX", "RSSMRAQRCMNFNLRG"})
    void everySingleCharacterErrorIsCaught(String valid) {
        assertValid(validator, valid);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int i = 0; i < valid.length(); i++) {
            for (char replacement : alphabet.toCharArray()) {
                if (replacement != valid.charAt(i)) {
                    String changed = valid.substring(0, i) + replacement + valid.substring(i + 1);
                    assertThat(validator.validate(changed).valid()).as("valid(%s)", changed).isFalse();
                }
            }
        }
    }
}

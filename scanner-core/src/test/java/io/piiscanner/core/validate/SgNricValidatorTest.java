package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.IdValidatorAssert.assertEverySingleDigitChangeRejected;
import static io.piiscanner.core.validate.IdValidatorAssert.assertInvalid;
import static io.piiscanner.core.validate.IdValidatorAssert.assertValid;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** sg-nric: prefix, seven digits, check letter from the prefix's table. */
class SgNricValidatorTest {

    private final Validator validator = new SgNricValidator();

    /*
     * Worked sums (weights 2, 7, 6, 5, 4, 3, 2): 1234567 -> 106, so S: 106 % 11 = 7 -> D, T: 110 % 11 = 0 -> J,
     * F: 7 -> N, G: 0 -> X, M: 109 % 11 = 10 -> K. 0000005 -> 10, M: 13 % 11 = 2 -> U. 0000003 -> 6, M: 9 -> L.
     * 0000004 -> 8, M: 11 % 11 = 0 -> X, F: 8 -> M. 0001000 -> 5, M: 8 -> J (where F/G's table has M).
     */

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            S1234567D | citizen born before 2000
            T1234567J | citizen born from 2000 (offset 4)
            F1234567N | foreigner before 2000
            G1234567X | foreigner from 2000 (offset 4)
            M1234567K | foreigner from 2022 (offset 3)
            M0000005U | M series
            M0000003L | M series
            M0000004X | M series, remainder 0
            M0001000J | M series, remainder 8: J where the F/G table has M
            F0000004M | F number, remainder 8
            """)
    void accepts(String value, String why) {
        assertValid(validator, value);
    }

    @ParameterizedTest(name = "\"{0}\" is invalid: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            S1234567A  | check letter mismatch      | wrong letter
            S1234568D  | check letter mismatch      | one digit changed
            S2134567D  | check letter mismatch      | two digits swapped
            T1234567D  | check letter mismatch      | S's letter with prefix T
            G1234567N  | check letter mismatch      | F's letter with prefix G
            M1234567L  | check letter mismatch      | FormSG's invalid M example
            M0001000M  | check letter mismatch      | F/G table used for an M number
            M1234567I  | check letter mismatch      | letter outside the M table
            A1234567D  | prefix not S, T, F, G or M | unknown prefix
            s1234567d  | prefix not S, T, F, G or M | lower case
            S123456D   | wrong length               | six digits
            S12345678D | wrong length               | eight digits
            S 1234567D | wrong length               | NRIC is written without separators
            S12345A7D  | unexpected character       | letter among the digits
            """)
    void rejects(String value, String reason, String why) {
        assertInvalid(validator, value, reason);
    }

    @ParameterizedTest(name = "every single-digit change of {0} is caught")
    @ValueSource(strings = {"S1234567D", "T1234567J", "F1234567N", "G1234567X", "M1234567K"})
    void everySingleDigitErrorIsCaught(String valid) {
        assertEverySingleDigitChangeRejected(validator, valid);
    }
}

package io.piiscanner.core.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared digit and separator helpers: their contract is used by several validator families. */
class DigitsTest {

    @Test
    void digitExtractionSkipsEverythingButAsciiDigits() {
        assertThat(Digits.digitsOnly("4111-1111 1111.1111/x")).isEqualTo("4111111111111111");
        assertThat(Digits.digits("07 8-0")).containsExactly(0, 7, 8, 0);
        assertThat(Digits.digitCount("a1b2c3")).isEqualTo(3);
        // Arabic-Indic and fullwidth digits are not ASCII digits.
        assertThat(Digits.digitsOnly("\u0661\u0662\uFF13")).isEmpty();
        assertThat(Digits.digits("")).isEmpty();
    }

    @ParameterizedTest(name = "consistentSeparators(\"{0}\", \"{1}\") = {2}")
    @CsvSource(delimiter = '|', value = {
        "4111 1111 1111 1111 | ' -' | true",
        "4111-1111-1111-1111 | ' -' | true",
        "41111111            | ' -' | true",
        "AB12 CD34           | ' '  | true",
        "4111 1111-1111 1111 | ' -' | false",  // mixed
        "4111  1111          | ' '  | false",  // doubled
        "4111.1111           | ' -' | false",  // not allowed
        "-4111               | '-'  | false",  // leading
        "4111-               | '-'  | false",  // trailing
    })
    void separatorsAreOneKindSingleAndInside(String s, String allowed, boolean expected) {
        assertThat(Digits.consistentSeparators(s.strip(), allowed)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "digitsAndSeparators(\"{0}\") = {1}")
    @CsvSource(delimiter = '|', value = {
        "078-05-1120 | true",
        "078051120   | true",
        "078-05 1120 | false",
        "078-O5-1120 | false",
        "---         | false",
    })
    void digitsAndSeparatorsRejectsLettersAndMixedSeparators(String s, boolean expected) {
        assertThat(Digits.digitsAndSeparators(s.strip(), " -")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "grouped 3-2-4: \"{0}\" = {1}")
    @CsvSource(delimiter = '|', value = {
        "078-05-1120 | true",
        "078 05 1120 | true",
        "078051120   | true",
        "078-05 1120 | false",
        "0780-5-1120 | false",
        "078-051-120 | false",
        "07805112    | false",
        "078/05/1120 | false",
    })
    void groupedChecksExactGroupLengthsAndOneSeparator(String s, boolean expected) {
        assertThat(Digits.grouped(s.strip(), "- ", 3, 2, 4)).isEqualTo(expected);
    }

    @Test
    void luhnIgnoresSeparatorsAndNeedsDigits() {
        assertThat(Digits.luhn("7992 7398 713")).isTrue();
        assertThat(Digits.luhn("79927398710")).isFalse();
        assertThat(Digits.luhn("")).isFalse();
        assertThat(Digits.luhn("--")).isFalse();
    }

    @Test
    void sameDigitAndParseHelpers() {
        assertThat(Digits.allSame("1111")).isTrue();
        assertThat(Digits.allSame("1112")).isFalse();
        assertThat(Digits.allSameDigit("111-11-1111")).isTrue();
        assertThat(Digits.allSameDigit("111-11-1112")).isFalse();
        assertThat(Digits.allDigits("0123")).isTrue();
        assertThat(Digits.allDigits("01 23")).isFalse();
        assertThat(Digits.allDigits("")).isFalse();
        assertThat(Digits.parse("ab1984cd", 2, 6)).isEqualTo(1984);
        assertThat(Digits.parse("19x4", 0, 4)).isEqualTo(-1);
        assertThat(Digits.parse("1984", 2, 2)).isEqualTo(-1);
    }
}

package io.piiscanner.core.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code date-of-birth}: numeric and written dates (English, German, French, Spanish) that exist in the
 * calendar, between 1900 and today. "Today" is fixed at 2026-06-15 here.
 */
class DateOfBirthValidatorTest {

    private final Validator dob = new DateOfBirthValidator(
            Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest(name = "\"{0}\" passes")
    @ValueSource(strings = {
        // numeric, year first
        "1984-03-12", "1984/03/12", "1984.03.12", "1984-3-5",
        // numeric, day first
        "12.03.1984", "12/03/1984", "12-03-1984", "5.3.1984",
        // numeric, month first (US): accepted because that reading is a date
        "03/25/1984", "03-25-1984",
        // two-digit years: 20yy unless that is after this year, else 19yy
        "12.03.84", "20.07.69", "01.01.05", "01.01.26", "01.01.27",
        // leap days
        "29.02.1988", "29.02.2000", "2024-02-29",
        // English
        "12 March 1984", "12th of March 1984", "March 12, 1984", "Mar. 12th 1984", "MARCH 12 1984",
        "1st May 1990", "2nd Sept 1971", "23rd December 1999", "12-Mar-1984",
        // German
        "12. März 1984", "3. Mai 1990", "24. Dezember 1970", "1. Jänner 1950", "7. Maerz 1961",
        // French
        "1er mars 1979", "12 février 1984", "15 août 1965", "3 Décembre 1999", "1 janvier 1960",
        // Spanish
        "12 de marzo de 1984", "5 de mayo del 1990", "30 de setiembre de 1975",
        // Italian, Portuguese, Dutch, Polish (the month in the genitive, as dates are written)
        "14 luglio 1966", "1 dicembre 1980", "14 de junho de 1976", "30 de outubro de 1960", "5 januari 1976",
        "7 augustus 1992", "6 maja 1966", "14 października 1964", "29 września 1992",
        // a form's spacing around the separators
        "11 / 02 / 1991", "1984 - 03 - 12",
        // limits
        "1900-01-01", "2026-06-15", "15.06.2026",
    })
    void realPastDatesPass(String value) {
        assertThat(dob.validate(value)).isEqualTo(Validation.VALID);
    }

    @ParameterizedTest(name = "\"{0}\" fails: {1}")
    @CsvSource(delimiter = '|', value = {
        "31.02.1990          | not a calendar date",
        "29.02.1989          | not a calendar date",   // not a leap year
        "29.02.1900          | not a calendar date",   // centuries are not leap years
        "31.04.1984          | not a calendar date",
        "00.01.1984          | not a calendar date",
        "13/13/1984          | not a calendar date",   // neither reading works
        "12.25.1984          | not a calendar date",   // dotted dates are day first only
        "1984-13-01          | not a calendar date",
        "32 March 1984       | not a calendar date",
        "30 de febrero de 1984 | not a calendar date",
        "2099-01-01          | year out of range for a birth date",
        "1899-12-31          | year out of range for a birth date",
        "31.12.1899          | year out of range for a birth date",
        "2026-06-16          | date in the future",
        "16.06.2026          | date in the future",
        "1 July 2026         | date in the future",
        "16.06.26            | date in the future",         // 26 is this year (2026), not 1926
        "12 Smarch 1984      | unknown month name",
        "Smarch 12, 1984     | unknown month name",
        "12.03-1984          | unrecognised date format",   // mixed separators
        "12.03.1984.         | unrecognised date format",
        "1984-03-12-01       | unrecognised date format",
        "123.03.1984         | unrecognised date format",
        "12.03.984           | unrecognised date format",
        "1984-003-12         | unrecognised date format",
        "19841312            | not a calendar date",      // yyyymmdd is read; month 13 is not one
        "12 March 84         | unrecognised date format",   // written months need a four-digit year
        "March 1984          | unrecognised date format",
        "12 March            | unrecognised date format",
        "2nd of March of 1984 | unrecognised date format",
        "12 @ March 1984     | unrecognised date format",
        "''                  | unrecognised date format",
    })
    void hardNegativesFailWithAFixedReason(String value, String reason) {
        assertThat(dob.validate(value)).isEqualTo(Validation.invalid(reason));
    }

    @Test
    void theRegisteredValidatorUsesTheSystemClock() {
        Validator registered = FinancialValidators.all().get("date-of-birth");
        LocalDate today = LocalDate.now();
        assertThat(registered.validate(today.toString())).isEqualTo(Validation.VALID);
        assertThat(registered.validate(today.plusDays(2).toString()).valid()).isFalse();
        assertThat(registered.validate("1984-03-12")).isEqualTo(Validation.VALID);
    }
}

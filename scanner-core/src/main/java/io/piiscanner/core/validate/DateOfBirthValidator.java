package io.piiscanner.core.validate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code date-of-birth}: a date that could be someone's birth date.
 *
 * <p>Forms read (separators must be the same in both places of a numeric date):
 * <ul>
 *   <li>year first: yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd (month and day one or two digits);</li>
 *   <li>a space may stand on either side of a numeric date's separators, as forms print them ("11 / 02 / 1991");</li>
 *   <li>day first: dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy; with a two-digit year (dd.mm.yy) the year is
 *       20yy if that is not after the current year, else 19yy;</li>
 *   <li>month first (US): mm/dd/yyyy and mm-dd-yyyy, accepted when either the day-first or the month-first
 *       reading is a valid date (03/25/1984 and 25/03/1984 both pass); dotted dates are day-first only;</li>
 *   <li>written months: "12 March 1984", "12th of March 1984", "March 12, 1984", "Mar. 12th 1984",
 *       "12-Mar-1984"; German "12. März 1984" (also Jänner, Maerz); French "1er mars 1979",
 *       "12 février 1984"; Spanish "12 de marzo de 1984" (also "del 1984"); Italian "14 luglio 1966", Portuguese
 *       "14 de junho de 1976", Dutch "5 januari 1976", Polish "6 maja 1966". Month names are matched whole
 *       and case-insensitively (English, French and some German abbreviations included); the year must
 *       have four digits.</li>
 * </ul>
 * The date must exist in the proleptic Gregorian calendar (31.02.1990 and 29.02.1989 do not), its year be
 * between 1900 and the current year, and it must not be in the future.
 *
 * <p>Sources: ISO 8601 (calendar dates); the Gregorian leap-year rule; national date conventions (DIN 5008,
 * US month-first, CLDR month names for en, de, fr, es, it, pt, nl, pl).
 */
final class DateOfBirthValidator implements Validator {

    private static final Validation FORMAT = Validation.invalid("unrecognised date format");
    private static final Validation MONTH_NAME = Validation.invalid("unknown month name");
    private static final Validation NOT_A_DATE = Validation.invalid("not a calendar date");
    private static final Validation YEAR_RANGE = Validation.invalid("year out of range for a birth date");
    private static final Validation FUTURE = Validation.invalid("date in the future");

    private static final Map<String, Integer> MONTHS = months();

    private static final int NUMBER = 1;
    private static final int WORD = 2;
    private static final int MAX_TOKENS = 8;

    private final Clock clock;

    DateOfBirthValidator() {
        this(Clock.systemDefaultZone());
    }

    /** With the clock that says what "today" is (for tests). */
    DateOfBirthValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Validation validate(CharSequence candidate) {
        int from = 0;
        int to = candidate.length();
        while (from < to && Character.isWhitespace(candidate.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(candidate.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return FORMAT;
        }
        boolean numeric = true;
        for (int i = from; i < to && numeric; i++) {
            char c = candidate.charAt(i);
            numeric = Digits.isDigit(c) || c == '-' || c == '/' || c == '.' || c == ' ';
        }
        LocalDate today = LocalDate.now(clock);
        if (to - from == 8 && allDigits(candidate, from, to)) {
            // yyyymmdd, as databases and APIs write dates (Birthdate='19900105')
            return check(Integer.parseInt(candidate.subSequence(from, from + 4).toString()),
                    Integer.parseInt(candidate.subSequence(from + 4, from + 6).toString()),
                    Integer.parseInt(candidate.subSequence(from + 6, to).toString()), today);
        }
        return numeric ? numeric(candidate, from, to, today) : written(candidate, from, to, today);
    }

    private static boolean allDigits(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Digits.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ---- numeric forms ----

    private static Validation numeric(CharSequence s, int from, int to, LocalDate today) {
        int[] value = new int[3];
        int[] length = new int[3];
        char sep = 0;
        int part = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                continue; // a form's spacing, "11 / 02 / 1991"; spaces alone separate nothing ("11 02 1991" fails)
            }
            if (Digits.isDigit(c)) {
                if (++length[part] > 4) {
                    return FORMAT;
                }
                value[part] = value[part] * 10 + (c - '0');
            } else {
                if (length[part] == 0 || part == 2 || sep != 0 && c != sep) {
                    return FORMAT;
                }
                sep = c;
                part++;
            }
        }
        if (part != 2 || length[2] == 0) {
            return FORMAT;
        }
        if (length[0] == 4) {
            if (length[1] > 2 || length[2] > 2) {
                return FORMAT;
            }
            return check(value[0], value[1], value[2], today);
        }
        if (length[0] > 2 || length[1] > 2 || length[2] != 2 && length[2] != 4) {
            return FORMAT;
        }
        int year = length[2] == 4 ? value[2] : fullYear(value[2], today);
        Validation dayFirst = check(year, value[1], value[0], today);
        if (dayFirst.valid() || sep == '.') {
            return dayFirst;
        }
        Validation monthFirst = check(year, value[0], value[1], today);
        return monthFirst.valid() ? monthFirst : dayFirst;
    }

    /** A two-digit year: this century if that is not after the current year, else the last one. */
    private static int fullYear(int yy, LocalDate today) {
        int century = today.getYear() / 100 * 100;
        return century + yy <= today.getYear() ? century + yy : century - 100 + yy;
    }

    // ---- written months ----

    private static Validation written(CharSequence s, int from, int to, LocalDate today) {
        int[] type = new int[MAX_TOKENS];
        int[] start = new int[MAX_TOKENS];
        int[] end = new int[MAX_TOKENS];
        int n = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (c == ' ' || c == ',' || c == '.' || c == '-' || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (n == MAX_TOKENS) {
                return FORMAT;
            }
            int t;
            int j = i;
            if (Digits.isDigit(c)) {
                t = NUMBER;
                while (j < to && Digits.isDigit(s.charAt(j))) {
                    j++;
                }
            } else if (Character.isLetter(c)) {
                t = WORD;
                while (j < to && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                // An ordinal suffix glued to a day number ("12th", "1st", "1er") belongs to the number.
                if (n > 0 && type[n - 1] == NUMBER && end[n - 1] == i && ordinalSuffix(s, i, j, start[n - 1])) {
                    i = j;
                    continue;
                }
            } else {
                return FORMAT;
            }
            type[n] = t;
            start[n] = i;
            end[n] = j;
            n++;
            i = j;
        }
        // NUM [of|de] MONTH [de|del] YEAR, or MONTH NUM YEAR.
        int k = 0;
        int day;
        int month;
        if (n > 0 && type[0] == NUMBER) {
            day = number(s, start[0], end[0], 2);
            k = 1;
            if (k < n && type[k] == WORD && (word(s, start[k], end[k], "of") || word(s, start[k], end[k], "de"))) {
                k++;
            }
            if (k >= n || type[k] != WORD) {
                return FORMAT;
            }
            month = month(s, start[k], end[k]);
            k++;
            if (k < n && type[k] == WORD && (word(s, start[k], end[k], "de") || word(s, start[k], end[k], "del"))) {
                k++;
            }
        } else if (n > 0) {
            month = month(s, start[0], end[0]);
            if (n < 2 || type[1] != NUMBER) {
                return FORMAT;
            }
            day = number(s, start[1], end[1], 2);
            k = 2;
        } else {
            return FORMAT;
        }
        if (k != n - 1 || type[k] != NUMBER || end[k] - start[k] != 4 || day < 0) {
            return FORMAT;
        }
        if (month < 0) {
            return MONTH_NAME;
        }
        return check(number(s, start[k], end[k], 4), month, day, today);
    }

    private static boolean ordinalSuffix(CharSequence s, int from, int to, int numberStart) {
        if (word(s, from, to, "er")) {
            return from - numberStart == 1 && s.charAt(numberStart) == '1';
        }
        return word(s, from, to, "st") || word(s, from, to, "nd") || word(s, from, to, "rd")
                || word(s, from, to, "th");
    }

    /** The value of the digits {@code s[from..to)}, or -1 if there are more than {@code maxDigits}. */
    private static int number(CharSequence s, int from, int to, int maxDigits) {
        return to - from > maxDigits ? -1 : Digits.parse(s, from, to);
    }

    /** Whether {@code s[from..to)} is {@code w} ignoring case (ASCII words). */
    private static boolean word(CharSequence s, int from, int to, String w) {
        if (to - from != w.length()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if ((s.charAt(from + i) | 0x20) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The month (1-12) named by {@code s[from..to)}, or -1. */
    private static int month(CharSequence s, int from, int to) {
        if (to - from > 12) {
            return -1; // "października"
        }
        char[] lower = new char[to - from];
        for (int i = from; i < to; i++) {
            lower[i - from] = Character.toLowerCase(s.charAt(i));
        }
        Integer m = MONTHS.get(new String(lower));
        return m == null ? -1 : m;
    }

    // ---- calendar ----

    private static Validation check(int year, int month, int day, LocalDate today) {
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return NOT_A_DATE;
        }
        if (year < 1900 || year > today.getYear()) {
            return YEAR_RANGE;
        }
        if (year == today.getYear() && (month > today.getMonthValue()
                || month == today.getMonthValue() && day > today.getDayOfMonth())) {
            return FUTURE;
        }
        return Validation.VALID;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            // en, de, fr, es; then it, pt, nl, and pl in the nominative and the genitive dates are written in
            {"january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero",
                "gennaio", "janeiro", "januari", "styczeń", "stycznia"},
            {"february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero",
                "febbraio", "fevereiro", "februari", "luty", "lutego"},
            {"march", "mar", "märz", "maerz", "mär", "mars", "marzo",
                "março", "maart", "mrt", "marzec", "marca"},
            {"april", "apr", "avril", "avr", "abril",
                "aprile", "kwiecień", "kwietnia"},
            {"may", "mai", "mayo",
                "maggio", "maio", "mei", "maj", "maja"},
            {"june", "jun", "juni", "juin", "junio",
                "giugno", "junho", "czerwiec", "czerwca"},
            {"july", "jul", "juli", "juillet", "juil", "julio",
                "luglio", "julho", "lipiec", "lipca"},
            {"august", "aug", "août", "aout", "agosto",
                "augustus", "sierpień", "sierpnia"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre",
                "settembre", "setembro", "wrzesień", "września", "wrzesnia"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre",
                "ottobre", "outubro", "październik", "października", "pazdziernika"},
            {"november", "nov", "novembre", "noviembre",
                "novembro", "listopad", "listopada"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre",
                "dicembre", "dezembro", "grudzień", "grudnia"},
        };
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                if (m.put(name, i + 1) != null) {
                    throw new IllegalStateException("month name listed twice: " + name);
                }
            }
        }
        return Map.copyOf(m);
    }
}

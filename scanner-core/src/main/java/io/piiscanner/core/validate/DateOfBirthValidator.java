package io.piiscanner.core.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that could be someone's birth date: a real calendar date (leap years included) between 1900 and
 * today. Reads ISO (1984-03-12, 1984/03/12), European (12.03.1984, 12/03/1984, 12-03-84) and US
 * (03/12/1984: accepted if either reading is a real date) numbers, and written months in English,
 * German, French ("1er mars") and Spanish ("12 de marzo de 1984").
 */
final class DateOfBirthValidator implements Validator {

    private static final Pattern NUMERIC_YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern NUMERIC_DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2}|\\d{4})");
    private static final Pattern WORDS = Pattern.compile("\\p{L}+\\.?");
    private static final Pattern NUMBERS = Pattern.compile("\\d+");
    private static final Map<String, Integer> MONTHS = months();

    @Override
    public Validation validate(CharSequence candidate) {
        String s = candidate.toString().trim();
        Matcher m = NUMERIC_YMD.matcher(s);
        if (m.matches()) {
            return check(num(m, 1), num(m, 2), num(m, 3));
        }
        m = NUMERIC_DMY.matcher(s);
        if (m.matches()) {
            int year = fullYear(num(m, 3), m.group(3).length());
            Validation dayFirst = check(year, num(m, 2), num(m, 1));
            return dayFirst.valid() ? dayFirst : check(year, num(m, 1), num(m, 2));
        }
        return written(s);
    }

    private static Validation written(String s) {
        Integer month = null;
        Matcher w = WORDS.matcher(s.toLowerCase(Locale.ROOT));
        while (w.find() && month == null) {
            String word = w.group().replace(".", "");
            month = MONTHS.get(word);
            if (month == null && word.length() >= 3) {
                month = MONTHS.get(word.substring(0, 3));
            }
        }
        if (month == null) {
            return Validation.invalid("no month");
        }
        Integer day = null;
        Integer year = null;
        Matcher n = NUMBERS.matcher(s);
        while (n.find()) {
            String g = n.group();
            if (g.length() == 4) {
                year = Integer.parseInt(g);
            } else if (g.length() <= 2 && day == null) {
                day = Integer.parseInt(g);
            }
        }
        if (day == null && s.toLowerCase(Locale.ROOT).startsWith("1er")) {
            day = 1;
        }
        if (day == null || year == null) {
            return Validation.invalid("incomplete date");
        }
        return check(year, month, day);
    }

    private static Validation check(int year, int month, int day) {
        LocalDate today = LocalDate.now();
        if (year < 1900 || year > today.getYear()) {
            return Validation.invalid("year out of range for a birth date");
        }
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return d.isAfter(today) ? Validation.invalid("date in the future") : Validation.VALID;
        } catch (DateTimeException e) {
            return Validation.invalid("not a calendar date");
        }
    }

    private static int fullYear(int y, int digits) {
        if (digits == 4) {
            return y;
        }
        int century = y <= LocalDate.now().getYear() % 100 ? 2000 : 1900;
        return century + y;
    }

    private static int num(Matcher m, int g) {
        return Integer.parseInt(m.group(g));
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new java.util.HashMap<>();
        String[][] names = {
                {"january", "jan", "januar", "jänner", "janvier", "enero"},
                {"february", "feb", "februar", "février", "fevrier", "febrero"},
                {"march", "mar", "märz", "maerz", "mars", "marzo"},
                {"april", "apr", "avril", "abril"},
                {"may", "mai", "mayo"},
                {"june", "jun", "juni", "juin", "junio"},
                {"july", "jul", "juli", "juillet", "julio"},
                {"august", "aug", "août", "aout", "agosto"},
                {"september", "sep", "sept", "septembre", "septiembre", "setiembre"},
                {"october", "oct", "oktober", "octobre", "octubre"},
                {"november", "nov", "novembre", "noviembre"},
                {"december", "dec", "dezember", "décembre", "decembre", "diciembre"}};
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }
}

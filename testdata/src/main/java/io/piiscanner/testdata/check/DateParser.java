package io.piiscanner.testdata.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the birth-date formats the generator writes (EN/DE/FR/ES); null when not a plausible birth date. */
public final class DateParser {
    private static final List<String> MONTHS = List.of(
        "january|jan|januar|janvier|enero",
        "february|feb|februar|février|fevrier|febrero",
        "march|mar|märz|mars|marzo",
        "april|apr|avril|abril",
        "may|mai|mayo",
        "june|jun|juni|juin|junio",
        "july|jul|juli|juillet|julio",
        "august|aug|août|aout|agosto",
        "september|sep|sept|septembre|septiembre",
        "october|oct|oktober|octobre|octubre",
        "november|nov|novembre|noviembre",
        "december|dec|dezember|décembre|decembre|diciembre");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})[-./](\\d{1,2})[-./](\\d{2,4})");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\p{L}+) (\\d{1,2}), (\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile(
        "(\\d{1,2})(?:st|nd|rd|th|er|\\.)? (?:de )?(\\p{L}+) (?:de )?(\\d{4})");
    private static final Pattern DAY_MON_ABBR = Pattern.compile("(\\d{2})-(\\p{L}{3})-(\\d{4})");

    private DateParser() {
    }

    public static LocalDate parseBirthDate(String s) {
        LocalDate d = parse(s.trim());
        return d != null && d.getYear() >= 1900 && d.getYear() <= 2012 ? d : null;
    }

    private static LocalDate parse(String s) {
        Matcher m = NUMERIC.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int c = Integer.parseInt(m.group(3));
            if (m.group(1).length() == 4) {
                return date(a, b, c);
            }
            int year = m.group(3).length() == 2 ? (c <= 12 ? 2000 + c : 1900 + c) : c;
            LocalDate dmy = date(year, b, a);
            return dmy != null ? dmy : date(year, a, b);
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = MONTH_FIRST.matcher(s);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_FIRST.matcher(s);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = DAY_MON_ABBR.matcher(s);
        if (m.matches()) {
            return date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return null;
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            for (String alt : MONTHS.get(i).split("\\|")) {
                if (alt.equals(n)) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return m < 1 ? null : LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}

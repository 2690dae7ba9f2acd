package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** DATE_OF_BIRTH in the formats phrases ask for; the default text is ISO 8601. */
public final class BirthDates {
    private static final String[] EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] EN_SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};
    private static final String[] DE = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember"};
    private static final String[] FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    private static final String[] ES = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
        "septiembre", "octubre", "noviembre", "diciembre"};

    private BirthDates() {
    }

    public static Pii of(LocalDate d) {
        int y = d.getYear();
        int m = d.getMonthValue();
        int day = d.getDayOfMonth();
        String dd = two(day);
        String mm = two(m);
        Map<String, String> v = new HashMap<>();
        v.put("iso", y + "-" + mm + "-" + dd);
        v.put("us", mm + "/" + dd + "/" + y);
        v.put("us_short", m + "/" + day + "/" + two(y % 100));
        v.put("us_long", EN[m - 1] + " " + day + ", " + y);
        v.put("us_abbr", EN_SHORT[m - 1] + " " + day + ", " + y);
        v.put("en_long", day + " " + EN[m - 1] + " " + y);
        v.put("en_ord", ordinal(day) + " " + EN[m - 1] + " " + y);
        v.put("en_abbr", dd + "-" + EN_SHORT[m - 1] + "-" + y);
        v.put("dmy", dd + "/" + mm + "/" + y);
        v.put("de", dd + "." + mm + "." + y);
        v.put("de_short", day + "." + m + "." + y);
        v.put("de_long", day + ". " + DE[m - 1] + " " + y);
        v.put("fr", dd + "/" + mm + "/" + y);
        v.put("fr_long", (day == 1 ? "1er" : Integer.toString(day)) + " " + FR[m - 1] + " " + y);
        v.put("es", dd + "/" + mm + "/" + y);
        v.put("es_dash", dd + "-" + mm + "-" + y);
        v.put("es_long", day + " de " + ES[m - 1] + " de " + y);
        v.put("compact", "" + y + mm + dd);
        return new Pii(Entity.DATE_OF_BIRTH, v.get("iso"), v);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return day + "th";
        }
        return switch (day % 10) {
            case 1 -> day + "st";
            case 2 -> day + "nd";
            case 3 -> day + "rd";
            default -> day + "th";
        };
    }
}

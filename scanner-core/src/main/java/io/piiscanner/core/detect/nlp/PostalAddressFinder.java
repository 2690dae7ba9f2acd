package io.piiscanner.core.detect.nlp;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.piiscanner.core.detect.SpanFinder;
import io.piiscanner.core.rules.EntityRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * POSTAL_ADDRESS: street addresses written the way each country writes them, with the postal code checked for the
 * country (RE2J, linear time). Covered: US (number + street + suffix, optional unit, city, state code, ZIP), UK
 * (number + street, city, postcode with a real postcode area), DE/AT/CH (street + number, 4/5-digit PLZ + city),
 * FR (number + voie type + name, code postal with a real département + city), plus ES, IT and NL forms. Salesforce
 * compound address values (street, city, state and code on separate lines) read like the free-text forms.
 *
 * <p>Base scores: a street with a valid postal code and city 0.8; a street alone (number, name and street type)
 * 0.5, so "ship to", "address" or an address field makes it a finding; anything else is not proposed.
 */
public final class PostalAddressFinder implements SpanFinder {

    public static final String NAME = "postal-address";

    private static final String CAP = "[\\p{Lu}][\\p{L}'’.-]*";
    private static final String WORD = "(?:" + CAP + "|\\d{1,3}(?:st|nd|rd|th))";
    private static final String US_SUFFIX = "(?:St|Street|Ave|Av|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place"
            + "|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Ter|Terrace|Trl|Trail|Sq|Square|Loop|Row|Close|Crescent|Cres|Gardens|Gdns"
            + "|Grove|Hill|Mews|Walk|Green|Park|Path|Pike|Run|Plaza|Alley|Broadway|Rise|Vale|View|Parade|Wharf|Yard|Gate"
            + "|Embankment|Quay|Causeway|Expressway|Fwy|Freeway|Turnpike|Point|Landing|Crossing|Commons)";
    private static final String UNIT = "(?:,?\\s+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Bldg|Building|Room|Rm|#)\\.?\\s*#?[A-Za-z0-9-]{1,6})";
    private static final String US_STATES = "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV"
            + "|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI)";
    private static final String CITY = "[\\p{Lu}][\\p{L}'’.-]*(?:[ -](?:[\\p{Lu}][\\p{L}'’.-]*|upon|on|am|an|der|sur|en|de|la|le|del))" + "{0,3}";
    private static final String SEP = "(?:,\\s*|\\s*\\n\\s*|\\s+)";

    /** Number first (US, UK, FR-like English forms): "1600 Pennsylvania Ave NW, Suite 4". */
    private static final Pattern STREET_EN = Pattern.compile(
            "\\b(?:(?:Flat|Apt|Unit|Suite)\\s+[0-9A-Z]{1,4},?\\s+)?\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?,?\\s+(?:(?:[NSEW]|North|South|East|West|N\\.|S\\.|E\\.|W\\.)\\s+)?"
            + "(?:(?:" + WORD + "\\s+){1,4}" + US_SUFFIX + "|Broadway)\\b\\.?(?:\\s+(?:NW|NE|SW|SE|N|S|E|W)\\b)?" + UNIT + "?");
    private static final Pattern US_TAIL = Pattern.compile(
            "^" + SEP + "(" + CITY + ")" + SEP + "(" + US_STATES + ")\\.?\\s+(\\d{5})(?:-\\d{4})?\\b");
    private static final Pattern UK_TAIL = Pattern.compile(
            "^" + SEP + "(?:" + CITY + SEP + "){1,2}?([A-Z]{1,2})(\\d[A-Z\\d]?)\\s?\\d[ABD-HJLNP-UW-Z]{2}\\b");
    private static final Pattern UK_POSTCODE_ONLY = Pattern.compile(
            "^" + SEP + "([A-Z]{1,2})(\\d[A-Z\\d]?)\\s?\\d[ABD-HJLNP-UW-Z]{2}\\b");

    /** Street then number (DE, AT, CH, NL, ES, IT): "Hauptstraße 15", "Am Markt 3a", "Calle Mayor 5", "Via Roma 12". */
    private static final Pattern STREET_DE = Pattern.compile(
            "(?:\\b(?:Am|An der|Auf dem|Auf der|Im|In der|Unter den|Zum|Zur|Alte|Neue|Große|Kleine)\\s+)?"
            + "\\b(?:[\\p{Lu}][\\p{L}-]*(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|graben|stieg|kamp|twiete|gang|kai|straat|laan|weg|plein|gracht|singel|kade|dijk)"
            + "|(?:[\\p{Lu}][\\p{L}-]*\\s+){1,3}(?:Straße|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Markt)"
            + "|(?:Calle|C/|Avenida|Avda\\.|Av\\.|Paseo|Plaza|Camino|Carrer|Via|Viale|Piazza|Corso|Largo|Vicolo)\\s+(?:(?:de|del|de la|della|delle|dei|di|degli)\\s+)?(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){1,4})"
            + "\\s*,?\\s*(?:n\\.?\\s*|nº\\s*|Nr\\.\\s*)?\\d{1,4}\\s?[a-zA-Z]?(?:\\s?[-/]\\s?\\d{1,4}[a-zA-Z]?)?\\b");
    private static final Pattern DE_TAIL = Pattern.compile(
            "^" + SEP + "(?:(?:D|A|CH|DE|AT|NL|E|ES|I|IT)-)?(\\d{4,5}|\\d{4}\\s?[A-Z]{2})\\s+(" + CITY + ")");

    /** FR: "15 rue des Lilas", "3 bis, avenue Victor Hugo", "12 boulevard de la République". */
    private static final Pattern STREET_FR = Pattern.compile(
            "\\b\\d{1,4}(?:\\s?(?:bis|ter|quater|[A-D]))?,?\\s+(?i:rue|avenue|av\\.|bd|boulevard|place|pl\\.|allée|allee|impasse"
            + "|chemin|quai|route|rte|cours|square|passage|rond-point|voie|sentier|faubourg|fg|cité|cite|résidence|hameau|lieu-dit|montée|promenade|esplanade|parvis|villa)"
            + "(?:\\s+(?:de la|de l'|de l’|du|des|de|d'|d’|la|le|les|l'|l’|aux|au|à la|saint|sainte))?"
            + "(?:\\s*(?:[\\p{L}'’-]+|\\d{1,2}(?:er)?))(?:\\s+(?:[\\p{Lu}][\\p{L}'’-]*|\\d{1,2}|de|du|des|la|le|les|d'[\\p{L}]+|l'[\\p{L}]+|et|sur|en)){0,5}");
    private static final Pattern FR_TAIL = Pattern.compile(
            "^" + SEP + "(?:F-)?(\\d{5})\\s+(" + CITY + "(?:\\s+(?:Cedex|CEDEX)(?:\\s+\\d{1,2})?)?)");

    private static final Set<String> UK_AREAS = Set.of(("AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY"
            + " E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N"
            + " NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS"
            + " TW UB W WA WC WD WF WN WR WS WV YO ZE").split(" "));

    private static final int TAIL = 90;

    private record Hit(int start, int end, double score, String kind) {
    }

    @Override
    public void find(EntityRule rule, String text, int from, int to, String region, SpanSink out) {
        if (!hasDigit(text, from, to)) {
            return;
        }
        String window = text.substring(from, to);
        List<Hit> hits = new ArrayList<>();
        Matcher m = STREET_EN.matcher(window);
        while (m.find()) {
            int s = m.start();
            if (s > 0 && (window.charAt(s - 1) == '.' || window.charAt(s - 1) == ',' || window.charAt(s - 1) == '-')) {
                continue; // "Version 4.12 Street Edition"
            }
            int e = trimEnd(window, m.end());
            String tail = window.substring(e, Math.min(window.length(), e + TAIL));
            Matcher us = US_TAIL.matcher(tail);
            Matcher uk = UK_TAIL.matcher(tail);
            Matcher fr = FR_TAIL.matcher(tail);
            if (us.find() && validZip(us.group(3))) {
                hits.add(new Hit(s, e + trimEnd(window.substring(e, e + us.end()), us.end()), 0.8, "us"));
            } else if (uk.find() && UK_AREAS.contains(uk.group(1))) {
                hits.add(new Hit(s, e + trimEnd(window.substring(e, e + uk.end()), uk.end()), 0.8, "uk"));
            } else if (fr.find() && validFrench(fr.group(1))) {
                hits.add(new Hit(s, e + trimEnd(window.substring(e, e + fr.end()), fr.end()), 0.75, "street-code"));
            } else {
                hits.add(new Hit(s, e, 0.5, "street"));
            }
        }
        m = STREET_DE.matcher(window);
        while (m.find()) {
            int s = m.start();
            int e = trimEnd(window, m.end());
            Matcher de = DE_TAIL.matcher(window.substring(e, Math.min(window.length(), e + TAIL)));
            if (de.find() && validPostcode(de.group(1))) {
                hits.add(new Hit(s, e + trimEnd(window.substring(e, e + de.end()), de.end()), 0.8, "de"));
            } else if (!window.substring(s, e).startsWith("Via") || e - s > 8) {
                hits.add(new Hit(s, e, 0.5, "street"));
            }
        }
        m = STREET_FR.matcher(window);
        while (m.find()) {
            int s = m.start();
            int e = trimEnd(window, m.end());
            Matcher fr = FR_TAIL.matcher(window.substring(e, Math.min(window.length(), e + TAIL)));
            if (fr.find() && validFrench(fr.group(1))) {
                hits.add(new Hit(s, e + trimEnd(window.substring(e, e + fr.end()), fr.end()), 0.8, "fr"));
            } else {
                hits.add(new Hit(s, e, 0.5, "street"));
            }
        }
        if (hits.isEmpty()) {
            return;
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed()));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            if (kept.stream().noneMatch(k -> k.start() < h.end() && h.start() < k.end())) {
                kept.add(h);
            }
        }
        for (Hit h : kept) {
            out.accept(h.kind(), from + h.start(), from + h.end(), h.score(), null);
        }
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static int trimEnd(String s, int end) {
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == ',')) {
            end--;
        }
        // a sentence's full stop after a city ("75009 Paris."), not the one of an abbreviation ("Main St.")
        if (end > 4 && s.charAt(end - 1) == '.' && Character.isLowerCase(s.charAt(end - 2)) && Character.isLetter(s.charAt(end - 4))
                && Character.isLetter(s.charAt(end - 3))) {
            int w = end - 1;
            while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
                w--;
            }
            if (end - 1 - w > 3) {
                end--;
            }
        }
        return end;
    }

    /** US ZIP: five digits, not 00000 (the 000 prefix is unassigned). */
    static boolean validZip(String zip) {
        return !zip.startsWith("000");
    }

    /** 5-digit codes (DE, ES, IT), AT/CH 4 digits 1000-9999, NL 1000 AA-9999 ZZ. */
    static boolean validPostcode(String code) {
        String c = code.replace(" ", "");
        if (c.length() == 5 && c.chars().allMatch(Character::isDigit)) {
            return !c.equals("00000"); // DE PLZ never start with 00, but Italian CAP do (00184 Roma)
        }
        if (c.length() == 4) {
            return c.charAt(0) != '0';
        }
        if (c.length() == 6) {
            return c.charAt(0) != '0' && !c.endsWith("SA") && !c.endsWith("SD") && !c.endsWith("SS");
        }
        return false;
    }

    /** FR code postal: département 01-95 (20 for Corsica) or overseas 971-976, 984-988. */
    static boolean validFrench(String code) {
        int dept = Integer.parseInt(code.substring(0, 2));
        if (dept >= 1 && dept <= 95) {
            return true;
        }
        int d3 = Integer.parseInt(code.substring(0, 3));
        return d3 >= 971 && d3 <= 976 || d3 >= 984 && d3 <= 988;
    }
}

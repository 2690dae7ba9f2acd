package io.piiscanner.core.detect.nlp;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.piiscanner.core.detect.SpanFinder;
import io.piiscanner.core.internal.TextWindow;
import io.piiscanner.core.rules.EntityRule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * POSTAL_ADDRESS: street addresses written the way each country writes them, with the postal code checked for the
 * country (RE2J, linear time). Covered: US (number + street + suffix, optional unit, city, state code, ZIP), UK
 * (number + street, city, postcode with a real postcode area), DE/AT/CH (street + number, 4/5-digit PLZ + city),
 * FR (number + voie type + name, code postal with a real département + city), ES (Calle/Avenida/Paseo/Plaza/Gran
 * Vía/Rambla/C/ + name, number, floor, código postal + city), IT and NL forms. Salesforce compound address values
 * (street, city, state and code on separate lines) read like the free-text forms.
 *
 * <p>No pattern runs over the whole text: one pass over the words finds the street words (a USPS suffix such as
 * "Street" or "Ave" with a digit before it; a French voie type such as "rue" with a digit just before it; a
 * German/Dutch street word such as "...straße", "...weg", "Allee", or a Spanish/Italian "Calle", "Via" with a digit
 * after it) and the patterns run only on a short window around each of them. Text without a digit is not read.
 *
 * <p>Base scores: a street with a valid postal code and city 0.8; a street alone (number, name and street type)
 * 0.5, so "ship to", "address" or an address field makes it a finding; anything else is not proposed.
 */
public final class PostalAddressFinder implements SpanFinder {

    public static final String NAME = "postal-address";

    /** A capitalised word; apostrophes and hyphens only inside (Queen's, Saint-Honoré), a full stop only at the end (St.). */
    private static final String CAP = "[\\p{Lu}][\\p{L}]*(?:['’-][\\p{L}]+)*\\.?";
    private static final String WORD = "(?:" + CAP + "|\\d{1,3}(?:st|nd|rd|th))";
    private static final String US_SUFFIX_WORDS = "St|Street|Ave|Av|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place"
            + "|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Ter|Terrace|Trl|Trail|Sq|Square|Loop|Row|Close|Crescent|Cres|Gardens|Gdns"
            + "|Grove|Hill|Mews|Walk|Green|Park|Path|Pike|Run|Plaza|Alley|Broadway|Rise|Vale|View|Parade|Wharf|Yard|Gate"
            + "|Embankment|Quay|Causeway|Expressway|Fwy|Freeway|Turnpike|Point|Landing|Crossing|Commons";
    private static final String US_SUFFIX = "(?:" + US_SUFFIX_WORDS + ")";
    private static final String UNIT = "(?:,?[ \\t]+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Bldg|Building|Room|Rm|#)\\.?[ \\t]*#?[A-Za-z0-9-]{1,6})";
    private static final String US_STATES = "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV"
            + "|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI)";
    /** A city: capitalised words (a full stop only in a short abbreviation such as St. or Mt., not after "Dortmund."). */
    private static final String CITY_WORD = "(?:(?:St|Ste|Mt|Ft|Pt)\\.|[\\p{Lu}][\\p{L}]*(?:['’-][\\p{L}]+)*)";
    /** US and UK cities, bounded by the state code or postcode after them: "Salt Lake City", "Newcastle upon Tyne". */
    private static final String CITY = CITY_WORD + "(?:[ -](?:" + CITY_WORD + "|(?:upon|on|am|an|der|sur|en|de|la|le|del)\\b))" + "{0,3}";
    /**
     * A city after a continental postal code, where nothing bounds it on the right: one word (hyphens inside:
     * Boulogne-Billancourt), a prefix word (San, Bad, Las), and linked words (Frankfurt am Main, Freiburg im Breisgau).
     */
    private static final String CITY_CODE_FIRST = "(?:(?:San|Santa|Sankt|Saint|Sainte|Bad|Las|Los|El|La|Le|Les|A|O|Den|Porto|Villa|Castel)\\s+)?"
            + CITY_WORD + "(?:\\s+(?:am|an der|an|im|in der|ob der|bei|de la|de|del|sur|en|sous|lès|la)\\s+" + CITY_WORD + "){0,2}"
            + "(?:\\s+\\((?:[\\p{Lu}][\\p{L}]+)\\))?";
    private static final String SEP = "(?:,\\s*|\\s*\\n\\s*|\\s+)";

    /** Number first (US, UK, FR-like English forms): "1600 Pennsylvania Ave NW, Suite 4". */
    private static final Pattern STREET_EN = Pattern.compile(
            "\\b(?:(?:Flat|Apt|Unit|Suite)[ \\t]+[0-9A-Z]{1,4},?[ \\t]+)?\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?,?[ \\t]+(?:(?:[NSEW]|North|South|East|West|N\\.|S\\.|E\\.|W\\.)[ \\t]+)?"
            + "(?:(?:" + WORD + "[ \\t]+){1,4}" + US_SUFFIX + "|Broadway)\\b\\.?(?:[ \\t]+(?:NW|NE|SW|SE|N|S|E|W)\\b)?" + UNIT + "?");
    private static final Pattern US_TAIL = Pattern.compile(
            "^" + SEP + "(" + CITY + ")" + SEP + "(" + US_STATES + ")\\.?\\s+(\\d{5})(?:-\\d{4})?\\b");
    private static final Pattern UK_TAIL = Pattern.compile(
            "^" + SEP + "(?:" + CITY + SEP + "){1,2}?([A-Z]{1,2})(\\d[A-Z\\d]?)\\s?\\d[ABD-HJLNP-UW-Z]{2}\\b");

    private static final String DE_SUFFIXES = "straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|graben"
            + "|stieg|kamp|twiete|kai|straat|laan|plein|gracht|singel|kade|dijk";
    private static final String ES_IT_PREFIX = "(?:Calle|C/|Avenida|Avda\\.|Av\\.|Paseo|Plaza|Camino|Carrer|Ronda|Rambla|Travesía|Carretera"
            + "|Via|Viale|Piazza|Corso|Largo|Vicolo)";
    private static final String ES_IT_LINK = "(?:de la|de las|de los|del|de|della|delle|dei|di|degli|dels|d'|d’)";
    /** Street then number (DE, AT, CH, NL, ES, IT): "Hauptstraße 15", "Am Markt 3a", "Calle Mayor, 5, 2º B", "Via Roma 12". */
    private static final Pattern STREET_DE = Pattern.compile(
            "(?:\\b(?:Am|An der|Auf dem|Auf der|Im|In der|Unter den|Zum|Zur|Alte|Neue|Große|Kleine)[ \\t]+)?"
            + "\\b(?:[\\p{Lu}][\\p{L}-]*(?i:" + DE_SUFFIXES + ")"
            + "|(?:[\\p{Lu}][\\p{L}-]*[ \\t]+){1,3}(?:Straße|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Markt)"
            + "|Gran Vía|Gran Via"
            + "|" + ES_IT_PREFIX + "[ \\t]*(?:" + ES_IT_LINK + "[ \\t]*)?(?:[\\p{Lu}][\\p{L}'’.-]*(?:[ \\t]+" + ES_IT_LINK + ")?[ \\t]*){1,4})"
            + "(?:[ \\t]*,[ \\t]*|[ \\t]*)(?:n\\.?[ \\t]*|nº[ \\t]*|núm\\.[ \\t]*|Nr\\.[ \\t]*)?\\d{1,4}[ \\t]?[a-zA-Z]?(?:[ \\t]?[-/][ \\t]?\\d{1,4}[a-zA-Z]?)?\\b"
            + "(?:,?[ \\t]+\\d{1,2}[º°ª][ \\t]*(?:izda\\.?|dcha\\.?|izq\\.?|[A-Za-z]\\b))?");
    private static final Pattern DE_TAIL = Pattern.compile(
            "^" + SEP + "(?:(?:D|A|CH|DE|AT|NL|E|ES|I|IT)-)?(\\d{4,5}|\\d{4}\\s?[A-Z]{2})\\s+(" + CITY_CODE_FIRST + ")");

    /** FR: "15 rue des Lilas", "3 bis, avenue Victor Hugo", "12 boulevard de la République". */
    private static final Pattern STREET_FR = Pattern.compile(
            "\\b\\d{1,4}(?:[ \\t]?(?:bis|ter|quater|[A-D]))?,?[ \\t]+(?i:rue|avenue|av\\.|bd|boulevard|place|pl\\.|allée|allee|impasse"
            + "|chemin|quai|route|rte|cours|square|passage|rond-point|voie|sentier|faubourg|fg|cité|cite|résidence|hameau|lieu-dit|montée|promenade|esplanade|parvis|villa)"
            + "(?:[ \\t]+(?:de la|de l'|de l’|du|des|de|d'|d’|la|le|les|l'|l’|aux|au|à la|saint|sainte))?"
            + "(?:[ \\t]*(?:[\\p{L}'’-]+|\\d{1,2}(?:er)?\\b))(?:[ \\t]+(?:[\\p{Lu}][\\p{L}'’-]*|\\d{1,2}\\b|de|du|des|la|le|les|d'[\\p{L}]+|l'[\\p{L}]+|et|sur|en)){0,5}");
    private static final Pattern FR_TAIL = Pattern.compile(
            "^" + SEP + "(?:F-)?(\\d{5})\\s+(" + CITY_CODE_FIRST + "(?:\\s+(?:Cedex|CEDEX)(?:\\s+\\d{1,2})?)?)");

    private static final Set<String> UK_AREAS = Set.of(("AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY"
            + " E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N"
            + " NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS"
            + " TW UB W WA WC WD WF WN WR WS WV YO ZE").split(" "));

    /** Street words of the number-first forms (case as written). */
    private static final Set<String> EN_ANCHORS = Set.of(US_SUFFIX_WORDS.split("\\|"));
    /** French voie types (lower case). */
    private static final Set<String> FR_ANCHORS = Set.of("rue", "avenue", "av", "bd", "boulevard", "place", "pl", "allée", "allee",
            "impasse", "chemin", "quai", "route", "rte", "cours", "square", "passage", "rond-point", "voie", "sentier", "faubourg",
            "fg", "cité", "cite", "résidence", "hameau", "lieu-dit", "montée", "promenade", "esplanade", "parvis", "villa");
    /** Street-first forms: street words standing alone or as the first word (case as written). */
    private static final Set<String> DE_ANCHORS = Set.of("Straße", "Strasse", "Str", "Weg", "Allee", "Platz", "Gasse", "Ring", "Damm",
            "Ufer", "Chaussee", "Markt", "Calle", "C", "Avenida", "Avda", "Av", "Paseo", "Plaza", "Camino", "Carrer", "Ronda", "Rambla",
            "Travesía", "Carretera", "Via", "Viale", "Piazza", "Corso", "Largo", "Vicolo", "Vía");
    /** Endings of German and Dutch street names written as one word (Hauptstraße, Lindenweg, Kerkstraat). */
    private static final String[] DE_ENDINGS = {"straße", "strasse", "str", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer",
            "chaussee", "steig", "pfad", "markt", "graben", "stieg", "kamp", "twiete", "kai", "straat", "laan", "plein", "gracht",
            "singel", "kade", "dijk"};

    private static final int TAIL = 90;
    /** How far a street word may be from the house number it needs. */
    private static final int EN_NUMBER_BEFORE = 70;
    private static final int FR_NUMBER_BEFORE = 14;
    private static final int DE_NUMBER_AFTER = 70;

    private record Hit(int start, int end, double score, String kind) {
    }

    @Override
    public void find(EntityRule rule, String text, int from, int to, String region, SpanSink out) {
        for (Hit h : hits(text, from, to)) {
            out.accept(h.kind(), h.start(), h.end(), h.score(), null);
        }
    }

    /** The addresses in {@code text[from, to)} (absolute offsets), best first, without overlaps. */
    List<int[]> spans(String text, int from, int to, double minScore) {
        List<int[]> out = new ArrayList<>(2);
        for (Hit h : hits(text, from, to)) {
            if (h.score() >= minScore) {
                out.add(new int[] {h.start(), h.end()});
            }
        }
        return out;
    }

    /** The last text read on this thread: the address rule and the name finder (cities) read the same text. */
    private static final class LastCall {
        String text;
        int from;
        int to;
        List<Hit> hits;
    }

    private static final ThreadLocal<LastCall> LAST = ThreadLocal.withInitial(LastCall::new);

    private List<Hit> hits(String text, int from, int to) {
        LastCall last = LAST.get();
        if (last.text == text && last.from == from && last.to == to) {
            return last.hits;
        }
        List<Hit> hits = compute(text, from, to);
        last.text = text;
        last.from = from;
        last.to = to;
        last.hits = hits;
        return hits;
    }

    private List<Hit> compute(String text, int from, int to) {
        int firstDigit = nextDigit(text, from, to);
        if (firstDigit < 0) {
            return List.of();
        }
        // One pass over the words: a street word near a digit is an anchor; its pattern is tried, anchored, only at the
        // few places where an address holding that word can start (a house number before it, a word or two before it).
        List<Hit> hits = new ArrayList<>();
        int enDone = from;
        int frDone = from;
        int deDone = from;
        int lastDigit = -1;
        int nextDigit = firstDigit;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                lastDigit = i;
                i++;
                continue;
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int s = i;
            while (i < to && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' && i + 1 < to && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            int e = i;
            if (e - s > 24) {
                continue;
            }
            if (nextDigit >= 0 && nextDigit < e) {
                nextDigit = nextDigit(text, e, to);
            }
            boolean upper = Character.isUpperCase(c);
            boolean digitBefore = lastDigit >= 0 && s - lastDigit <= EN_NUMBER_BEFORE;
            boolean digitAfter = nextDigit >= 0 && nextDigit - e <= DE_NUMBER_AFTER;
            if (!digitBefore && !digitAfter) {
                continue;
            }
            if (upper && digitBefore && s >= enDone && EN_ANCHORS.contains(text.substring(s, e))) {
                enDone = Math.max(enDone, streetEn(text, s, e, from, to, hits));
            }
            if (digitBefore && s >= frDone && s - lastDigit <= FR_NUMBER_BEFORE && e - s <= 11 && FR_ANCHORS.contains(lower(text, s, e))) {
                frDone = Math.max(frDone, streetFr(text, s, e, from, to, hits));
            }
            if (upper && digitAfter && s >= deDone && (DE_ANCHORS.contains(text.substring(s, e)) || e - s >= 5 && hasDeEnding(text, s, e))) {
                deDone = Math.max(deDone, streetDe(text, s, e, from, to, hits));
            }
        }
        if (hits.isEmpty()) {
            return hits;
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed())
                .thenComparingInt(Hit::start));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            if (kept.stream().noneMatch(k -> k.start() < h.end() && h.start() < k.end())) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        for (int k = 0; k < kept.size(); k++) {
            Hit h = kept.get(k);
            int s = unitBefore(text, h.start(), from);
            if (s < h.start() && (k == 0 || kept.get(k - 1).end() <= s)) {
                kept.set(k, new Hit(s, h.end(), h.score(), h.kind()));
            }
        }
        return kept;
    }

    /** The earliest of {@code starts} where {@code p} matches, anchored, covering the anchor word: {start, end}, or null. */
    private static int[] matchCovering(Pattern p, String text, int[] starts, int n, int anchorEnd, int windowEnd) {
        for (int k = 0; k < n; k++) {
            Matcher m = p.matcher(new TextWindow(text, starts[k], windowEnd));
            if (m.lookingAt() && starts[k] + m.end() >= anchorEnd) {
                return new int[] {starts[k], starts[k] + m.end()};
            }
        }
        return null;
    }

    /** Starts of the digit runs in {@code [from, to)}, and of "Flat"/"Apt"/"Unit"/"Suite", in text order. */
    private static int numberStarts(String text, int from, int to, int[] out, boolean units) {
        int n = 0;
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            if (p > 0 && Character.isLetterOrDigit(text.charAt(p - 1))) {
                continue;
            }
            if (Character.isDigit(c) || units && (text.startsWith("Flat", p) || text.startsWith("Apt", p) || text.startsWith("Unit", p)
                    || text.startsWith("Suite", p))) {
                if (n == out.length) { // keep the ones nearest the street word
                    System.arraycopy(out, 1, out, 0, n - 1);
                    n--;
                }
                out[n++] = p;
            }
        }
        return n;
    }

    /** Number-first street (US, UK) holding the suffix word {@code [as, ae)}; returns where the next search may start. */
    private static int streetEn(String text, int as, int ae, int from, int to, List<Hit> hits) {
        int[] starts = new int[16];
        int n = numberStarts(text, Math.max(from, as - EN_NUMBER_BEFORE - 12), as, starts, true);
        int[] m = matchCovering(STREET_EN, text, starts, n, ae, Math.min(to, ae + 40));
        if (m == null) {
            return ae;
        }
        int s = m[0];
        if (s > 0 && (text.charAt(s - 1) == '.' || text.charAt(s - 1) == ',' || text.charAt(s - 1) == '-')) {
            return ae; // "Version 4.12 Street Edition"
        }
        int e = trimEnd(text, m[1]);
        String tail = text.substring(e, Math.min(to, e + TAIL));
        Matcher us = US_TAIL.matcher(tail);
        Matcher uk = UK_TAIL.matcher(tail);
        Matcher fr = FR_TAIL.matcher(tail);
        if (us.find() && validZip(us.group(3))) {
            hits.add(new Hit(s, trimEnd(text, e + us.end()), 0.8, "us"));
        } else if (uk.find() && UK_AREAS.contains(uk.group(1))) {
            hits.add(new Hit(s, trimEnd(text, e + uk.end()), 0.8, "uk"));
        } else if (fr.find() && validFrench(fr.group(1))) {
            hits.add(new Hit(s, trimEnd(text, e + fr.end()), 0.75, "street-code"));
        } else {
            hits.add(new Hit(s, e, 0.5, "street"));
        }
        return m[1];
    }

    /** Street-first address (DE, NL, ES, IT) holding the street word {@code [as, ae)}. */
    private static int streetDe(String text, int as, int ae, int from, int to, List<Hit> hits) {
        // the street starts at the anchor word or up to four words before it ("Am Sandtorkai", "Calle de la Paz")
        int[] starts = new int[5];
        int n = 0;
        int p = as;
        int limit = Math.max(from, as - 45);
        starts[n++] = as;
        while (n < starts.length && p > limit) {
            int q = p;
            while (q > limit && (text.charAt(q - 1) == ' ' || text.charAt(q - 1) == '\t')) {
                q--;
            }
            if (q == p || q <= limit) {
                break;
            }
            char b = text.charAt(q - 1);
            if (!Character.isLetter(b) && b != '/' && b != '.') {
                break;
            }
            while (q > limit && (Character.isLetter(text.charAt(q - 1)) || text.charAt(q - 1) == '/' || text.charAt(q - 1) == '-'
                    || text.charAt(q - 1) == '.')) {
                q--;
            }
            starts[n++] = q;
            p = q;
        }
        for (int a = 0, b = n - 1; a < b; a++, b--) { // earliest first
            int t = starts[a];
            starts[a] = starts[b];
            starts[b] = t;
        }
        int[] m = matchCovering(STREET_DE, text, starts, n, ae, Math.min(to, ae + DE_NUMBER_AFTER + 30));
        if (m == null) {
            return ae;
        }
        int s = m[0];
        int raw = m[1];
        int e = trimEnd(text, raw);
        int number = houseNumberStart(text, s, e);
        if (number > s && Character.isLetter(text.charAt(number - 1)) && text.charAt(number - 1) != 'º') {
            return ae; // "Spring2021": a number glued to a word is no house number
        }
        if (number > 0 && isDate(text, number, to)) {
            return ae; // "Formulareingang 2025-03-18T06:33": a date, not a house number
        }
        int tailFrom = raw > e && text.charAt(e) == '.' ? raw : e; // "1º izda., 28014 Madrid"
        Matcher de = DE_TAIL.matcher(text.substring(tailFrom, Math.min(to, tailFrom + TAIL)));
        if (de.find() && validPostcode(de.group(1))) {
            hits.add(new Hit(s, trimEnd(text, tailFrom + de.end()), 0.8, "de"));
        } else if (!text.startsWith("Via", s) || e - s > 8) {
            hits.add(new Hit(s, e, 0.5, "street"));
        }
        return raw;
    }

    /** French number-first street holding the voie type {@code [as, ae)}. */
    private static int streetFr(String text, int as, int ae, int from, int to, List<Hit> hits) {
        int[] starts = new int[8];
        int n = numberStarts(text, Math.max(from, as - FR_NUMBER_BEFORE - 6), as, starts, false);
        int[] m = matchCovering(STREET_FR, text, starts, n, ae, Math.min(to, ae + 100));
        if (m == null) {
            return ae;
        }
        int s = m[0];
        int e = trimEnd(text, m[1]);
        Matcher fr = FR_TAIL.matcher(text.substring(e, Math.min(to, e + TAIL)));
        if (fr.find() && validFrench(fr.group(1))) {
            hits.add(new Hit(s, trimEnd(text, e + fr.end()), 0.8, "fr"));
        } else {
            hits.add(new Hit(s, e, 0.5, "street"));
        }
        return m[1];
    }

    private static final Pattern UNIT_BEFORE = Pattern.compile(
            "(?i:flat|apt|apartment|unit|suite|ste|appartement|appt|bâtiment|batiment|bât|bat|wohnung|whg|piso|escalera|esc|building|bldg)"
            + "\\.?[ \\t]+[0-9A-Z]{1,4}(?:,[ \\t]*|[ \\t]*\\n[ \\t]*)$");

    private static final Pattern BUILDING_BEFORE = Pattern.compile(
            "(?:Résidence|Residence|Immeuble|Bâtiment|Batiment|Tour|Domaine|Villa|Edificio|Urbanización|Urb\\.)"
            + "[ \\t]+(?:[\\p{Lu}][\\p{L}'’-]*[ \\t]?){1,3}(?:,[ \\t]*|[ \\t]*\\n[ \\t]*)$");

    /**
     * "Apartment 7, 36 Queen's Crescent", "Bâtiment B, 55 allée...", "Flat 2\\n39 Park Road", "Résidence Les Pins, 100
     * avenue...": the unit or building before the street is part of the address.
     */
    private static int unitBefore(String text, int s, int from) {
        int q = s;
        while (q > from && (text.charAt(q - 1) == ' ' || text.charAt(q - 1) == '\t')) {
            q--;
        }
        if (q == from || text.charAt(q - 1) != ',' && text.charAt(q - 1) != '\n') {
            return s; // a unit or building is followed by a comma or a line break
        }
        int w = Math.max(from, s - 40);
        String before = text.substring(w, s);
        Matcher m = UNIT_BEFORE.matcher(before);
        if (!m.find()) {
            m = BUILDING_BEFORE.matcher(before);
            if (!m.find()) {
                return s;
            }
        }
        int u = w + m.start();
        return u == from || !Character.isLetterOrDigit(text.charAt(u - 1)) ? u : s;
    }

    /** A date or time starts at {@code p}: 2025-03-18, 18.03.2025, 2025/03/18, 12:30. */
    private static boolean isDate(String text, int p, int to) {
        int d = p;
        while (d < to && Character.isDigit(text.charAt(d))) {
            d++;
        }
        if (d >= to - 2) {
            return false;
        }
        char sep = text.charAt(d);
        if (sep == ':' && Character.isDigit(text.charAt(d + 1))) {
            return true;
        }
        if ((sep == '-' || sep == '.' || sep == '/') && Character.isDigit(text.charAt(d + 1)) && Character.isDigit(text.charAt(d + 2))) {
            int e = d + 3;
            return e < to && text.charAt(e) == sep || d - p == 4;
        }
        return false;
    }

    /** Start of the first digit run after the street name of a street-first match. */
    private static int houseNumberStart(String text, int s, int e) {
        for (int i = s; i < e; i++) {
            if (Character.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasDeEnding(String text, int s, int e) {
        for (String ending : DE_ENDINGS) {
            int n = ending.length();
            if (e - s > n && text.regionMatches(true, e - n, ending, 0, n)) {
                return true;
            }
        }
        return false;
    }

    private static int nextDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    private static String lower(String text, int s, int e) {
        return text.substring(s, e).toLowerCase(Locale.ROOT);
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

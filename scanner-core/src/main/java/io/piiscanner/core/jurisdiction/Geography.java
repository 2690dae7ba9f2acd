package io.piiscanner.core.jurisdiction;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Data-file lookups the resolver needs: state/province names, US ZIP prefixes, Canadian postal first
 * letters and NANP area codes. All maps are immutable; lookups are allocation-light.
 */
public final class Geography {

    private final Map<String, String> usNames;      // normalised name or abbreviation -> "US-CA"
    private final Map<String, String> caNames;      // -> "CA-QC"
    private final Map<String, String> displayNames; // "US-CA" -> "California"
    private final TreeMap<Integer, int[]> zipRanges; // from -> {to, index into zipStates}
    private final List<String> zipStates;
    private final TreeMap<Integer, int[]> zip5Ranges;
    private final List<String> zip5States;
    private final Map<Character, String> caPostal;  // letter -> "CA-QC"
    private final Map<Integer, String> areaCodes;   // NPA -> "US-NY" / "CA-ON" / "CA" (shared)
    private final String[] areaCodeByNpa;           // the same by NPA 0-999: read for every +1 phone number

    Geography(Map<String, String> usNames, Map<String, String> caNames, Map<String, String> displayNames, TreeMap<Integer, int[]> zipRanges,
              List<String> zipStates, TreeMap<Integer, int[]> zip5Ranges, List<String> zip5States,
              Map<Character, String> caPostal, Map<Integer, String> areaCodes) {
        this.usNames = Map.copyOf(usNames);
        this.caNames = Map.copyOf(caNames);
        this.displayNames = Map.copyOf(displayNames);
        this.zipRanges = zipRanges;
        this.zipStates = List.copyOf(zipStates);
        this.zip5Ranges = zip5Ranges;
        this.zip5States = List.copyOf(zip5States);
        this.caPostal = Map.copyOf(caPostal);
        this.areaCodes = Map.copyOf(areaCodes);
        this.areaCodeByNpa = new String[1000];
        areaCodes.forEach((npa, sub) -> {
            if (npa >= 0 && npa < 1000) {
                areaCodeByNpa[npa] = sub;
            }
        });
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES_AND_HYPHENS = Pattern.compile("[\\s-]+");

    /**
     * A state name or abbreviation as the name maps hold it: accents dropped (NFD, marks removed), lower case, no
     * dots or apostrophes, each run of whitespace and hyphens one space, trimmed. ASCII text, nearly every value, is
     * done in one pass: decomposition leaves it as it is and it has no marks.
     */
    static String key(String s) {
        String ascii = asciiKey(s);
        if (ascii != null) {
            return ascii;
        }
        String stripped = MARKS.matcher(Normalizer.normalize(s.trim(), Normalizer.Form.NFD)).replaceAll("");
        return SPACES_AND_HYPHENS.matcher(stripped.toLowerCase(Locale.ROOT).replace(".", "").replace("'", "")).replaceAll(" ").trim();
    }

    /** {@link #key} of ASCII text, or null for text with other characters. */
    private static String asciiKey(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false; // a run of whitespace and hyphens seen, written as one space before the next character
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return null;
            }
            if (c == '.' || c == '\'') {
                continue; // removed before runs are joined: "a.-b" is one run
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '-') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        if (pendingSpace) {
            out.append(' ');
        }
        return out.toString().trim();
    }

    /** A US state/territory or Canadian province named by a state field value; both when ambiguous (never). */
    public Optional<String> subdivision(String value, String countryHint) {
        if (value == null || value.isBlank() || value.length() > 60) {
            return Optional.empty();
        }
        String k = key(value);
        String us = usNames.get(k);
        String ca = caNames.get(k);
        if (us != null && ca != null) {
            if ("CA".equals(countryHint)) return Optional.of(ca);
            if ("US".equals(countryHint)) return Optional.of(us);
            return Optional.empty();
        }
        if ("CA".equals(countryHint) && ca == null) {
            return Optional.empty();
        }
        if ("US".equals(countryHint) && us == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(us != null ? us : ca);
    }

    /** The English name of a US state/territory or Canadian province ({@code US-CA} -> California), if listed. */
    public Optional<String> subdivisionName(String code) {
        return Optional.ofNullable(displayNames.get(code));
    }

    /** The state of a US ZIP code (5 digits, optional +4), e.g. {@code US-NY}; empty for military/unknown. */
    public Optional<String> usZipState(String zip5) {
        int z = Integer.parseInt(zip5);
        Map.Entry<Integer, int[]> e5 = zip5Ranges.floorEntry(z);
        if (e5 != null && z <= e5.getValue()[0]) {
            return Optional.of(zip5States.get(e5.getValue()[1]));
        }
        int prefix = z / 100;
        Map.Entry<Integer, int[]> e = zipRanges.floorEntry(prefix);
        if (e != null && prefix <= e.getValue()[0]) {
            return Optional.of(zipStates.get(e.getValue()[1]));
        }
        return Optional.empty();
    }

    /** The province of a Canadian postal code's first letter, e.g. {@code CA-QC}; empty for X (NT/NU). */
    public Optional<String> caPostalProvince(char first) {
        return Optional.ofNullable(caPostal.get(Character.toUpperCase(first)));
    }

    /** {@code US-NY}, {@code CA-ON}, or {@code CA}/{@code US} for an area code shared by several subdivisions. */
    public Optional<String> areaCode(int npa) {
        return Optional.ofNullable(areaCodes.get(npa));
    }

    /** {@link #areaCode} without the Optional: the subdivision of an area code, or null. */
    String areaCodeSubdivision(int npa) {
        return npa >= 0 && npa < areaCodeByNpa.length ? areaCodeByNpa[npa] : null;
    }
}

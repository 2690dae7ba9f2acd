package io.piiscanner.core.jurisdiction;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
    }

    static String key(String s) {
        String stripped = Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replace(".", "").replace("'", "").replaceAll("[\\s-]+", " ").trim();
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
}

package io.piiscanner.batch.store;

import io.piiscanner.core.jurisdiction.JurisdictionResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one record means for breach notification, as stored for the aggregate step: its own jurisdiction
 * (code, resolver status, confidence, candidates when unknown), the statutory elements it exposes (a trailing
 * {@code *} marks an element present only encrypted or masked) and the keyed fingerprints of its strong
 * identifiers. No values: element names, ISO codes and HMAC fingerprints only.
 */
public record RecordExposure(String jurisdiction, JurisdictionResult.Status status, double confidence,
                             List<String> candidates, Map<String, Boolean> elements, List<String> subjectKeys) {

    /** Longer lists of identifiers are lists of people; beyond this many the rest do not link records. */
    public static final int MAX_SUBJECT_KEYS = 64;
    /** Stored fingerprints keep 32 hex digits (128 bits): enough to link without collisions, less to keep. */
    static final int FINGERPRINT_HEX = 32;
    private static final Map<String, Map<String, Boolean>> PARSED = new ConcurrentHashMap<>();

    public RecordExposure {
        candidates = List.copyOf(candidates);
        elements = Map.copyOf(elements);
        subjectKeys = List.copyOf(subjectKeys);
    }

    public static RecordExposure of(JurisdictionResult j, Map<String, Boolean> elements, Set<String> subjectKeys) {
        List<String> keys = new ArrayList<>();
        for (String k : subjectKeys) {
            if (keys.size() == MAX_SUBJECT_KEYS) {
                break;
            }
            int colon = k.indexOf(':');
            keys.add(colon >= 0 && k.length() > colon + 1 + FINGERPRINT_HEX ? k.substring(0, colon + 1 + FINGERPRINT_HEX) : k);
        }
        return new RecordExposure(j.code(), j.status(), j.confidence(), j.candidates(), elements, keys);
    }

    /** {@code CARD_NUMBER*,EMAIL}: sorted element names, {@code *} for protected-only. */
    public String elementsText() {
        // sorted in an array, not a TreeMap: written for every record with personal data
        String[] names = elements.keySet().toArray(new String[0]);
        java.util.Arrays.sort(names);
        StringBuilder sb = new StringBuilder(names.length * 16);
        for (String e : names) {
            sb.append(sb.length() == 0 ? "" : ",").append(e).append(elements.get(e) ? "*" : "");
        }
        return sb.toString();
    }

    /** Parses {@link #elementsText()}; equal texts share one (immutable) map. */
    public static Map<String, Boolean> parseElements(String text) {
        if (text == null || text.isEmpty()) {
            return Map.of();
        }
        Map<String, Boolean> cached = PARSED.get(text);
        if (cached != null) {
            return cached;
        }
        Map<String, Boolean> m = new TreeMap<>();
        for (String part : text.split(",")) {
            boolean prot = part.endsWith("*");
            m.put(prot ? part.substring(0, part.length() - 1) : part, prot);
        }
        Map<String, Boolean> out = Map.copyOf(m);
        if (PARSED.size() < 10_000) {
            PARSED.put(text, out);
        }
        return out;
    }
}

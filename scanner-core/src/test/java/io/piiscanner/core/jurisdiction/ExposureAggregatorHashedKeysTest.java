package io.piiscanner.core.jurisdiction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Records given by profile and key hashes (what the report step computes from the stored bytes, without a string
 * per key) count exactly as records given with their keys; and people of one record, counted without the sort,
 * count as people of several records do.
 */
class ExposureAggregatorHashedKeysTest {

    private static final Instant AWARE = Instant.parse("2026-11-26T09:00:00Z");
    private static final String[] CODES = {"DE", "FR", "US-CA", "US-NY", "US", "GB", "IN", JurisdictionResult.UNKNOWN};
    private static final String[] ELEMENTS = {"EMAIL", "PHONE", "NAME", "SSN", "CARD_NUMBER", "PASSPORT", "POSTAL_ADDRESS"};
    // the empty type and a key without a colon are one type, as the part before the colon
    private static final String[] KEY_PREFIXES = {"EMAIL:", "PHONE:", "US_SSN:", "CREDIT_CARD:", ":", ""};

    @TempDir
    Path work;

    @Test
    void aKeyHashFedOneCharacterAtATimeIsTheHashOfTheWholeKey() {
        String key = "EMAIL:0123456789abcdef0123456789abcdef";
        long h = ExposureAggregator.KEY_HASH_START;
        for (char c : key.toCharArray()) {
            h = ExposureAggregator.keyHash(h, c);
        }
        assertThat(h).isEqualTo(ExposureAggregator.keyHash(key));
        assertThat(ExposureAggregator.keyHash("")).isEqualTo(ExposureAggregator.KEY_HASH_START);
        assertThat(ExposureAggregator.keyHash("EMAIL:a")).isNotEqualTo(ExposureAggregator.keyHash("PHONE:a"));
    }

    @Test
    void recordsAddedAsProfilesAndKeyHashesMakeTheSameReportAsRecordsAddedWithTheirKeys() {
        for (long seed = 1; seed <= 4; seed++) {
            Random rnd = new Random(seed);
            // few identifiers for many records in some seeds (people of many records), many in others (people of one)
            int identifiers = seed % 2 == 0 ? 800 : 40_000;
            try (ExposureAggregator byKeys = new ExposureAggregator(J.PACK, work, 700, 1);
                 ExposureAggregator byHashes = new ExposureAggregator(J.PACK, work, 700, 1)) {
                for (int i = 0; i < 8_000; i++) {
                    String code = CODES[rnd.nextInt(CODES.length)];
                    JurisdictionResult.Status status = code.equals(JurisdictionResult.UNKNOWN) ? JurisdictionResult.Status.NO_SIGNALS
                            : code.equals("US") ? JurisdictionResult.Status.COUNTRY_ONLY : JurisdictionResult.Status.values()[rnd.nextInt(3)];
                    List<String> candidates = status == JurisdictionResult.Status.CONFLICT ? List.of("DE", "FR") : List.of();
                    Map<String, Boolean> elements = new TreeMap<>();
                    for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                        elements.put(ELEMENTS[rnd.nextInt(ELEMENTS.length)], rnd.nextInt(5) == 0);
                    }
                    List<String> keys = new ArrayList<>();
                    for (int k = rnd.nextInt(10) < 2 ? 0 : 1 + rnd.nextInt(rnd.nextInt(8) == 0 ? 6 : 3); k > 0; k--) {
                        keys.add(KEY_PREFIXES[rnd.nextInt(rnd.nextInt(10) == 0 ? KEY_PREFIXES.length : 3)] + rnd.nextInt(identifiers));
                    }
                    double confidence = rnd.nextDouble();
                    byKeys.add(code, status, candidates, confidence, elements, keys);

                    long[] hashes = new long[keys.size()];
                    int[] types = new int[keys.size()];
                    Map<String, Integer> typeIds = new HashMap<>();
                    for (int k = 0; k < keys.size(); k++) {
                        String key = keys.get(k);
                        hashes[k] = ExposureAggregator.keyHash(key);
                        String type = key.indexOf(':') < 0 ? "" : key.substring(0, key.indexOf(':'));
                        types[k] = typeIds.computeIfAbsent(type, t -> typeIds.size() + 17);
                    }
                    byHashes.add(byHashes.profile(code, status, candidates, confidence, elements), hashes, types, keys.size());
                }
                ExposureReport expected = byKeys.report(AWARE);
                assertThat(expected.severalPeopleRecords()).isPositive();
                assertThat(expected.inheritedRecords()).isPositive();
                assertThat(byHashes.report(AWARE)).as("seed %d", seed).isEqualTo(expected);
            }
        }
    }

    @Test
    void peopleOfOneRecordAndPeopleOfSeveralRecordsCountOncePerJurisdiction() {
        Map<String, Boolean> email = Map.of("EMAIL", false);
        try (ExposureAggregator agg = new ExposureAggregator(J.PACK, work, 1024, 1)) {
            agg.add("DE", JurisdictionResult.Status.RESOLVED, List.of(), 0.95, email, Set.of("EMAIL:a", "PHONE:a")); // A
            agg.add("DE", JurisdictionResult.Status.RESOLVED, List.of(), 0.95, email, Set.of("EMAIL:b"));            // B
            agg.add("DE", JurisdictionResult.Status.RESOLVED, List.of(), 0.95, email, List.of("EMAIL:b", "PHONE:b")); // B
            agg.add("FR", JurisdictionResult.Status.RESOLVED, List.of(), 0.95, email,
                    List.of("EMAIL:c", "EMAIL:d", "EMAIL:e"));                                                      // C, D, E
            agg.add("FR", JurisdictionResult.Status.RESOLVED, List.of(), 0.95, email, Set.of("EMAIL:c"));            // C
            agg.add("DE", JurisdictionResult.Status.RESOLVED, List.of(), 0.95, email, Set.of());                     // a person
            ExposureReport rep = agg.report(AWARE);
            assertThat(rep.records()).isEqualTo(6);
            assertThat(rep.distinctSubjects()).isEqualTo(6);
            assertThat(rep.severalPeopleRecords()).isEqualTo(1);
            assertThat(rep.jurisdiction("DE").orElseThrow().records()).isEqualTo(4);
            assertThat(rep.jurisdiction("DE").orElseThrow().distinctSubjects()).isEqualTo(3);
            assertThat(rep.jurisdiction("FR").orElseThrow().records()).isEqualTo(2);
            assertThat(rep.jurisdiction("FR").orElseThrow().distinctSubjects()).isEqualTo(3);
        }
    }

    @Test
    void aProfileIsOneIdAndAnUnknownProfileIsRefused() {
        try (ExposureAggregator agg = new ExposureAggregator(J.PACK, work, 1024, 1)) {
            int a = agg.profile("DE", JurisdictionResult.Status.RESOLVED, List.of(), 0.9, Map.of("EMAIL", false));
            // the confidence counts only as low or not
            assertThat(agg.profile("DE", JurisdictionResult.Status.RESOLVED, List.of(), 0.95, Map.of("EMAIL", false))).isEqualTo(a);
            assertThat(agg.profile("DE", JurisdictionResult.Status.RESOLVED, List.of(), 0.5, Map.of("EMAIL", false))).isNotEqualTo(a);
            assertThatThrownBy(() -> agg.add(a + 2, new long[0], new int[0], 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

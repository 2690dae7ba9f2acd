package io.piiscanner.core.jurisdiction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The aggregate's memory bound: whatever spills to its work folder (sort runs, mapped arrays), the report equals the
 * one made in memory, and the folder is gone afterwards. The meaning of the counts is specified in
 * {@link DistinctSubjectsTest} and {@link DeadlineAndAggregationTest}.
 */
class ExposureAggregatorSpillTest {

    private static final Instant AWARE = Instant.parse("2026-11-26T09:00:00Z");
    private static final String[] CODES = {"DE", "FR", "US-CA", "US-NY", "US-TX", "US", "GB", "CA-ON", "IN", "BR",
            JurisdictionResult.UNKNOWN};
    private static final String[] ELEMENTS = {"EMAIL", "PHONE", "NAME", "SSN", "CARD_NUMBER", "ACCESS_CODE",
            "ACCOUNT_NUMBER", "PASSPORT", "DRIVER_LICENSE", "POSTAL_ADDRESS", "NATIONAL_ID"};
    private static final String[] KEY_TYPES = {"EMAIL", "PHONE", "US_SSN", "CREDIT_CARD"};

    @TempDir
    Path work;

    /** Random records: every status, inherited residences, several-people records, shared identifiers. */
    private static void addRandomRecords(long seed, int records, int identifiers, List<ExposureAggregator> into) {
        Random rnd = new Random(seed);
        for (int i = 0; i < records; i++) {
            String code = CODES[rnd.nextInt(CODES.length)];
            JurisdictionResult.Status status = code.equals(JurisdictionResult.UNKNOWN)
                    ? (rnd.nextBoolean() ? JurisdictionResult.Status.NO_SIGNALS : JurisdictionResult.Status.WEAK_ONLY)
                    : code.equals("US") ? JurisdictionResult.Status.COUNTRY_ONLY
                    : JurisdictionResult.Status.values()[rnd.nextInt(3)];
            List<String> candidates = new ArrayList<>();
            if (status == JurisdictionResult.Status.CONFLICT || status == JurisdictionResult.Status.COUNTRY_ONLY) {
                for (int k = rnd.nextInt(3); k > 0; k--) {
                    candidates.add(CODES[rnd.nextInt(CODES.length)]);
                }
            }
            Map<String, Boolean> elements = new TreeMap<>();
            for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                elements.put(ELEMENTS[rnd.nextInt(ELEMENTS.length)], rnd.nextInt(5) == 0);
            }
            Set<String> keys = new LinkedHashSet<>();
            int keyCount = rnd.nextInt(10) < 2 ? 0 : 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 6 : 3);
            for (int k = 0; k < keyCount; k++) {
                keys.add(KEY_TYPES[rnd.nextInt(KEY_TYPES.length)] + ":" + rnd.nextInt(identifiers));
            }
            double confidence = rnd.nextDouble();
            for (ExposureAggregator agg : into) {
                agg.add(code, status, candidates, confidence, elements, keys);
            }
        }
    }

    @Test
    void aReportMadeThroughSortRunsAndMappedArraysEqualsTheOneMadeInMemory() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            try (ExposureAggregator inMemory = new ExposureAggregator(J.PACK, work, 1 << 20, 8);
                 ExposureAggregator spilled = new ExposureAggregator(J.PACK, work, 500, 0)) {
                addRandomRecords(seed, 10_000, 3_000, List.of(inMemory, spilled));
                try (var files = Files.walk(work)) {
                    assertThat(files.filter(Files::isRegularFile).count()).as("the small buffer spilled").isPositive();
                }
                ExposureReport expected = inMemory.report(AWARE);
                ExposureReport actual = spilled.report(AWARE);
                assertThat(expected.inheritedRecords()).isPositive();
                assertThat(expected.severalPeopleRecords()).isPositive();
                assertThat(expected.distinctSubjects()).isLessThan(expected.records());
                assertThat(actual).as("seed %d", seed).isEqualTo(expected);
            }
            try (var left = Files.list(work)) {
                assertThat(left.count()).as("work folders removed on close").isZero();
            }
        }
    }

    @Test
    void aReportIsMadeOnceAndNoRecordIsAddedAfterIt() {
        try (ExposureAggregator agg = new ExposureAggregator(J.PACK, work, 1024, 1)) {
            agg.add("DE", JurisdictionResult.Status.RESOLVED, List.of(), 0.95, Map.of("EMAIL", false), Set.of("EMAIL:a"));
            assertThat(agg.report(AWARE).distinctSubjects()).isEqualTo(1);
            assertThatThrownBy(() -> agg.report(AWARE)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> agg.add("DE", JurisdictionResult.Status.RESOLVED, List.of(), 0.95, Map.of("EMAIL", false),
                    Set.of("EMAIL:b"))).isInstanceOf(IllegalStateException.class);
        }
    }
}

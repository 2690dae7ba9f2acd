package io.piiscanner.batch.store;

import io.piiscanner.core.jurisdiction.JurisdictionResult;
import io.piiscanner.core.model.Finding;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings of a chunk stored as one encoded row: every finding reads back as written, and the per-field and
 * per-jurisdiction counts (records, findings, distinct values, highest confidence) are the same whether distinct
 * values are counted in one pass or in several slices of the fingerprint space. A chunk's record exposures are
 * stored as one encoded row too, and read back as written, replaced when the chunk is written again.
 */
class FindingsStoreTest {

    FindingsStore store;

    @BeforeEach
    void store() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:store" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        WorkStore.initialize(ds);
        store = new FindingsStore(Jdbi.create(ds), false);
    }

    static Finding finding(String field, String entity, int start, double confidence, String fingerprint) {
        return new Finding(entity, field, start, start + 5, confidence, entity.toLowerCase() + ".rule", "a***" + start,
                fingerprint, false, "why", null);
    }

    static String fp(long v) {
        byte[] b = new byte[32];
        new Random(v).nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static ScannedRecord record(long ordinal, String jurisdiction, Finding... findings) {
        Set<String> fields = new LinkedHashSet<>(List.of("email", "notes"));
        return new ScannedRecord(ordinal, Long.toString(ordinal), jurisdiction, fields, fields, List.of(findings));
    }

    @Test
    void findingsReadBackAsWritten() {
        Finding a = finding("email", "EMAIL", 0, 0.95, fp(1));
        Finding b = finding("notes", "PHONE", 12, 0.71, null);
        Finding dupLow = new Finding("EMAIL", "email", 0, 5, 0.6, "email.other", "x", fp(1), false, "", null);
        store.writeChunk("r1", "c00001-r000", 1, List.of(record(1, "DE", a, dupLow, b), record(2, "US-CA")));
        List<String> read = new ArrayList<>();
        store.forEachChunk("r1", (container, d) -> {
            while (d.nextRecord()) {
                while (d.nextFinding()) {
                    read.add(container + " " + d.recordId() + " " + d.jurisdiction() + " " + d.field() + " " + d.entity() + " "
                            + d.start() + "-" + d.end() + " " + d.confidence() + " " + d.detector() + " " + d.maskedPreview()
                            + " " + d.fingerprint());
                }
            }
        });
        assertThat(read).containsExactly(
                "1 1 DE email EMAIL 0-5 0.95 email.rule a***0 " + fp(1),
                "1 1 DE notes PHONE 12-17 0.71 phone.rule a***12 null");
        assertThat(store.findingCount("r1")).isEqualTo(2);
    }

    @Test
    void countsAreTheSameInOnePassAndInSlices() {
        Random rnd = new Random(5);
        for (int chunk = 0; chunk < 20; chunk++) {
            List<ScannedRecord> records = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                long ordinal = chunk * 50L + i;
                List<Finding> fs = new ArrayList<>();
                fs.add(finding("email", "EMAIL", 0, 0.5 + rnd.nextInt(50) / 100.0, fp(rnd.nextInt(400))));
                if (i % 3 == 0) {
                    fs.add(finding("notes", "EMAIL", 3, 0.9, fp(rnd.nextInt(400))));
                    fs.add(finding("notes", "EMAIL", 30, 0.8, fp(rnd.nextInt(400))));
                }
                records.add(record(ordinal, i % 2 == 0 ? "DE" : "FR", fs.toArray(Finding[]::new)));
            }
            store.writeChunk("r2", String.format("c00001-r%03d", chunk % 3), 1, records);
        }
        FindingsSummary one = FindingsSummary.compute(store, "r2");
        FindingsSummary sliced = FindingsSummary.compute(store, "r2", 50); // the first pass overflows; then dozens of passes
        FindingsSummary justFits = FindingsSummary.compute(store, "r2", 2 * store.findingCount("r2"));
        assertThat(sliced).isEqualTo(one);
        assertThat(justFits).isEqualTo(one);
        FindingsSummary.Stats email = one.field(1, "email").get("EMAIL");
        assertThat(email.rows()).isEqualTo(1000);
        assertThat(email.findings()).isEqualTo(1000);
        assertThat(email.distinct()).isBetween(300L, 400L);
        FindingsSummary.Stats notes = one.field(1, "notes").get("EMAIL");
        assertThat(notes.rows()).isEqualTo(20 * 16);
        assertThat(notes.findings()).isEqualTo(2 * 20 * 16);
        assertThat(notes.maxConfidence()).isEqualTo(0.9);
        long de = one.byJurisdiction().get("DE").get("EMAIL").rows();
        long fr = one.byJurisdiction().get("FR").get("EMAIL").rows();
        assertThat(de + fr).as("records with EMAIL in any field").isEqualTo(1000);
    }

    @Test
    void oneFindingPerFieldEntityAndSpanTheMostConfident() {
        for (int n : new int[] {3, 100}) {
            List<Finding> in = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                in.add(finding("notes", "EMAIL", i * 10, 0.6, fp(i)));
            }
            in.add(finding("notes", "EMAIL", 10, 0.9, fp(1))); // the same span again, more confident
            in.add(finding("notes", "PHONE", 10, 0.7, fp(1))); // same span, another entity: kept
            List<Finding> out = FindingsStore.unique(in);
            assertThat(out).hasSize(n + 1);
            assertThat(out.stream().filter(f -> f.start() == 10 && f.entity().equals("EMAIL")))
                    .singleElement().extracting(Finding::confidence).isEqualTo(0.9);
        }
    }

    @Test
    void longSetCountsDistinctValues() {
        LongSet s = new LongSet();
        Random rnd = new Random(3);
        Set<Long> ref = new java.util.HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            long v = rnd.nextInt(50_000) - 25_000L; // zero and negatives included
            s.add(v);
            ref.add(v);
        }
        assertThat(s.distinct()).isEqualTo(ref.size());
        s.add(ref.iterator().next());
        s.add(Long.MAX_VALUE);
        assertThat(s.distinct()).isEqualTo(ref.size() + 1);
    }

    @Test
    void longSetCountsValuesRepeatedAcrossItsBlocksOnce() {
        LongSet s = new LongSet();
        int n = 3 * LongSet.BLOCK; // exactly three full blocks, then the same values again in reverse
        for (int i = 0; i < n; i++) {
            s.add(i * 0x9E3779B97F4A7C15L);
        }
        for (int i = n - 1; i >= 0; i--) {
            s.add(i * 0x9E3779B97F4A7C15L);
        }
        assertThat(s.distinct()).isEqualTo(n);
        for (int i = 0; i < LongSet.BLOCK + 1; i++) {
            s.add(-1 - i);
        }
        assertThat(s.distinct()).isEqualTo(n + LongSet.BLOCK + 1);
    }

    static ScannedRecord exposed(long ordinal, RecordExposure x) {
        Set<String> fields = new LinkedHashSet<>(List.of("email"));
        return new ScannedRecord(ordinal, Long.toString(ordinal), x.jurisdiction(), fields, fields,
                List.of(finding("email", "EMAIL", 0, 0.9, fp(ordinal))), x);
    }

    static RecordExposure exposure(String code, JurisdictionResult.Status status, double confidence, List<String> candidates,
                                   Map<String, Boolean> elements, List<String> keys) {
        return new RecordExposure(code, status, confidence, candidates, elements, keys);
    }

    @Test
    void recordExposuresReadBackAsWrittenChunkAfterChunk() {
        // every shape the encoding distinguishes: keys as packed hex, as text (upper case, odd length, not hex, no
        // colon), no keys; candidates or none; protected-only elements; a confidence that is not a round number
        RecordExposure a = exposure("US-CA", JurisdictionResult.Status.RESOLVED, 0.8125, List.of(),
                Map.of("EMAIL", false, "CARD_NUMBER", true), List.of("US_SSN:" + fp(1).substring(0, 32), "EMAIL:" + fp(2).substring(0, 32)));
        RecordExposure b = exposure("UNKNOWN", JurisdictionResult.Status.CONFLICT, 0.1 + 0.2, List.of("DE", "FR"),
                Map.of("NAME", false), List.of("IBAN:ABCDEF12", "X:abc", "PESEL:not-hex", "no-colon"));
        RecordExposure c = exposure("DE", JurisdictionResult.Status.RESOLVED, 1.0, List.of(), Map.of("EMAIL", true), List.of());
        store.writeChunk("r1", "c00001-r000", 1, List.of(exposed(1, a), record(2, "DE"), exposed(3, b)));
        store.writeChunk("r1", "c00001-r000", 4, List.of(exposed(4, c), exposed(5, a)));
        store.writeChunk("r1", "c00001-r001", 1, List.of(exposed(1, b)));
        List<RecordExposure> read = new ArrayList<>();
        store.forEachExposure("r1", read::add);
        assertThat(read).containsExactly(a, b, c, a, b);
    }

    @Test
    void chunksAreReadInOrderAFewAtATimeSoThatNoQueryHoldsARunsData() {
        // partitions of 1, 16, 17 and 40 chunks (numbered with gaps): each is read in ranges of at most 16 chunks,
        // since a database may hold a query's whole result in memory (embedded H2 keeps thousands of rows)
        int[] sizes = {1, 16, 17, 40};
        List<String> written = new ArrayList<>();
        for (int p = 0; p < sizes.length; p++) {
            for (int c = 0; c < sizes[p]; c++) {
                long ordinal = 1000L * p + c;
                RecordExposure x = exposure("DE", JurisdictionResult.Status.RESOLVED, 0.9, List.of(), Map.of("EMAIL", false),
                        List.of("EMAIL:" + fp(ordinal).substring(0, 32)));
                store.writeChunk("r1", "p" + p, 3 * c + 1, List.of(exposed(ordinal, x)));
                written.add(x.subjectKeys().get(0) + " " + ordinal);
            }
        }
        List<String> dataQueries = new ArrayList<>();
        store.jdbi().getConfig(org.jdbi.v3.core.statement.SqlStatements.class).setSqlLogger(new org.jdbi.v3.core.statement.SqlLogger() {
            @Override
            public void logAfterExecution(org.jdbi.v3.core.statement.StatementContext ctx) {
                if (ctx.getRenderedSql().contains("SELECT container_id, data")) {
                    dataQueries.add(ctx.getRenderedSql());
                }
            }
        });
        List<String> exposures = new ArrayList<>();
        store.forEachExposure("r1", x -> exposures.add(x.subjectKeys().get(0)));
        List<String> findings = new ArrayList<>();
        store.forEachChunk("r1", (container, d) -> {
            while (d.nextRecord()) {
                while (d.nextFinding()) {
                    findings.add(d.fingerprint().substring(0, 32) + " " + d.recordId());
                }
            }
        });

        assertThat(exposures).containsExactlyElementsOf(written.stream().map(w -> w.substring(0, w.indexOf(' '))).toList());
        assertThat(findings).containsExactlyElementsOf(written.stream().map(w -> w.substring("EMAIL:".length())).toList());
        int queriesPerRead = 1 + 1 + 2 + 3; // ceil(n / 16) a partition
        assertThat(dataQueries).hasSize(2 * queriesPerRead);
    }

    @Test
    void aReplayedChunkReplacesItsExposuresAndARestartedPartitionDropsThem() {
        RecordExposure a = exposure("FR", JurisdictionResult.Status.RESOLVED, 0.9, List.of(), Map.of("EMAIL", false),
                List.of("EMAIL:" + fp(7).substring(0, 32)));
        RecordExposure b = exposure("ES", JurisdictionResult.Status.RESOLVED, 0.9, List.of(), Map.of("EMAIL", false), List.of());
        store.writeChunk("r1", "p0", 1, List.of(exposed(1, a), exposed(2, a)));
        store.writeChunk("r1", "p1", 1, List.of(exposed(1, b)));
        store.writeChunk("r1", "p0", 1, List.of(exposed(1, a), exposed(2, a))); // the same chunk again
        List<RecordExposure> read = new ArrayList<>();
        store.forEachExposure("r1", read::add);
        assertThat(read).containsExactly(a, a, b);

        store.clearPartition("r1", "p0");
        read.clear();
        store.forEachExposure("r1", read::add);
        assertThat(read).containsExactly(b);
    }
}

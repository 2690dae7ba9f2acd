package io.piiscanner.batch.store;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A run's findings aggregated per field and entity and per jurisdiction and entity: records with the entity,
 * findings, distinct values by fingerprint, highest confidence.
 *
 * <p>Distinct values are counted exactly on the fingerprint's first 64 bits (a collision among a billion
 * distinct values has a probability of about 3%; among ten million, 3 in a million), as arrays of longs sorted once. When
 * a run has more findings than {@link #SET_BUDGET}, the fingerprints are counted in several passes over the
 * findings, each keeping only one slice of the fingerprint space, so memory stays bounded whatever the size.
 *
 * @param byField        container id -> field -> entity -> stats
 * @param byJurisdiction jurisdiction code -> entity -> stats
 */
public record FindingsSummary(Map<Integer, Map<String, Map<String, Stats>>> byField,
                              Map<String, Map<String, Stats>> byJurisdiction) {

    /** Fingerprints held at once (two per finding: by field, by jurisdiction): 4M are 32 MB of heap (48 while an array grows). */
    static final long SET_BUDGET = 4_000_000;

    /** Records with the entity, findings of it, distinct values (by fingerprint), highest confidence. */
    public record Stats(long rows, long findings, long distinct, double maxConfidence) {
    }

    static FindingsSummary compute(FindingsStore store, String runId, long totalFindings) {
        return compute(store, runId, totalFindings, SET_BUDGET);
    }

    static FindingsSummary compute(FindingsStore store, String runId, long totalFindings, long setBudget) {
        int passes = (int) Math.max(1, Math.min(1024, (2 * totalFindings + setBudget - 1) / setBudget));
        Map<Integer, Map<String, Map<String, Acc>>> fields = new HashMap<>();
        Map<String, Map<String, Acc>> juris = new HashMap<>();
        for (int pass = 0; pass < passes; pass++) {
            int p = pass;
            boolean first = pass == 0;
            // a record counts once per field and entity (and per entity of its jurisdiction): each accumulator keeps the
            // number of the last record it counted, instead of a set of "field entity" strings built per finding
            long[] recordNo = {0};
            store.forEachChunk(runId, (containerId, d) -> {
                Map<String, Map<String, Acc>> cf = fields.computeIfAbsent(containerId, k -> new HashMap<>());
                while (d.nextRecord()) {
                    long rec = ++recordNo[0];
                    Map<String, Acc> jc = juris.computeIfAbsent(d.jurisdiction(), k -> new HashMap<>());
                    while (d.nextFinding()) {
                        Acc fa = cf.computeIfAbsent(d.field(), k -> new HashMap<>()).computeIfAbsent(d.entity(), k -> new Acc());
                        Acc ja = jc.computeIfAbsent(d.entity(), k -> new Acc());
                        if (first) {
                            fa.count(d.confidence(), rec);
                            ja.count(d.confidence(), rec);
                        }
                        if (d.hasFingerprint()) {
                            long fp = d.fingerprint64();
                            if (passes == 1 || Long.remainderUnsigned(fp * 0x9E3779B97F4A7C15L, passes) == p) {
                                fa.values.add(fp);
                                ja.values.add(fp);
                            }
                        }
                    }
                }
            });
            // a pass's sets are counted and dropped before the next slice is read
            fields.values().forEach(m -> m.values().forEach(e -> e.values().forEach(Acc::closePass)));
            juris.values().forEach(e -> e.values().forEach(Acc::closePass));
        }
        Map<Integer, Map<String, Map<String, Stats>>> outFields = new TreeMap<>();
        fields.forEach((c, m) -> {
            Map<String, Map<String, Stats>> f = new TreeMap<>();
            m.forEach((field, ents) -> f.put(field, stats(ents)));
            outFields.put(c, f);
        });
        Map<String, Map<String, Stats>> outJuris = new TreeMap<>();
        juris.forEach((code, ents) -> outJuris.put(code, stats(ents)));
        return new FindingsSummary(outFields, outJuris);
    }

    private static Map<String, Stats> stats(Map<String, Acc> ents) {
        Map<String, Stats> out = new TreeMap<>();
        ents.forEach((e, a) -> out.put(e, new Stats(a.rows, a.findings, a.distinct, a.max)));
        return out;
    }

    /** Stats for one container's field, empty when nothing was found there. */
    public Map<String, Stats> field(int containerId, String field) {
        return byField.getOrDefault(containerId, Map.of()).getOrDefault(field, Map.of());
    }

    private static final class Acc {
        long rows;
        long findings;
        long distinct;
        double max;
        LongSet values = new LongSet();

        /** The last record counted in {@link #rows} (records are numbered from 1 in the order they are read). */
        long lastRecord;

        void count(double confidence, long record) {
            findings++;
            if (record != lastRecord) {
                rows++;
                lastRecord = record;
            }
            max = Math.max(max, confidence);
        }

        void closePass() {
            distinct += values.distinct();
            values = new LongSet();
        }
    }
}

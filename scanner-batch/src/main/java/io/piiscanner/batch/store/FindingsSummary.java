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
 * a run has more findings than {@link #setBudget} allows, the fingerprints are counted in several passes over the
 * findings, each keeping only one slice of the fingerprint space, so memory stays bounded whatever the size.
 *
 * @param byField        container id -> field -> entity -> stats
 * @param byJurisdiction jurisdiction code -> entity -> stats
 */
public record FindingsSummary(Map<Integer, Map<String, Map<String, Stats>>> byField,
                              Map<String, Map<String, Stats>> byJurisdiction) {

    /**
     * Fingerprints held at once (two per finding: by field, by jurisdiction), at least: 4M are 32 MB of heap (48 while
     * an array grows). With a larger heap, as many as an eighth of it holds ({@link #setBudget}).
     */
    static final long SET_BUDGET = 4_000_000;
    /** Chunks with at most this many strings have their accumulators looked up by table index (an array of its square). */
    private static final int MAX_INDEXED_TABLE = 256;

    /**
     * The fingerprints one pass holds: {@link #SET_BUDGET}, or an eighth of the heap in 8-byte values if that is more
     * (a 512 MB heap counts the 3 million findings of the million-row staging table in one pass instead of two).
     */
    static long setBudget(long maxHeapBytes) {
        return Math.max(SET_BUDGET, maxHeapBytes / 8 / Long.BYTES);
    }

    /** Records with the entity, findings of it, distinct values (by fingerprint), highest confidence. */
    public record Stats(long rows, long findings, long distinct, double maxConfidence) {
    }

    static FindingsSummary compute(FindingsStore store, String runId) {
        return compute(store, runId, setBudget(Runtime.getRuntime().maxMemory()));
    }

    /**
     * The first pass reads everything: the counts, and every fingerprint while the sets hold at most {@code setBudget}
     * of them. Only when they would hold more are they dropped, and the fingerprints read again in as many passes as
     * the number of findings (known by then) needs, each keeping one slice of the fingerprint space.
     */
    static FindingsSummary compute(FindingsStore store, String runId, long setBudget) {
        Map<Integer, Map<String, Map<String, Acc>>> fields = new HashMap<>();
        Map<String, Map<String, Acc>> juris = new HashMap<>();
        Pass first = new Pass(fields, juris, true, 1, 0, setBudget);
        store.forEachChunk(runId, first);
        if (!first.overflow) {
            first.close();
        } else {
            int passes = (int) Math.max(1, Math.min(1024, (2 * first.findings + setBudget - 1) / setBudget));
            for (int p = 0; p < passes; p++) {
                Pass slice = new Pass(fields, juris, false, passes, p, Long.MAX_VALUE);
                store.forEachChunk(runId, slice);
                slice.close();
            }
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

    /** One reading of every chunk: counts (on the first), and the fingerprints of one slice into the accumulators' sets. */
    private static final class Pass implements FindingsStore.ChunkVisitor {
        private final Map<Integer, Map<String, Map<String, Acc>>> fields;
        private final Map<String, Map<String, Acc>> juris;
        private final boolean first;
        private final int passes;
        private final int slice;
        private final long setBudget;
        // a record counts once per field and entity (and per entity of its jurisdiction): each accumulator keeps the
        // number of the last record it counted, instead of a set of "field entity" strings built per finding
        private long recordNo;
        long findings;
        private long held;
        /** More fingerprints than the budget: the sets were dropped and this pass keeps none. */
        boolean overflow;

        Pass(Map<Integer, Map<String, Map<String, Acc>>> fields, Map<String, Map<String, Acc>> juris, boolean first,
             int passes, int slice, long setBudget) {
            this.fields = fields;
            this.juris = juris;
            this.first = first;
            this.passes = passes;
            this.slice = slice;
            this.setBudget = setBudget;
        }

        @Override
        public void visit(int containerId, ChunkFindings.Decoder d) {
            Map<String, Map<String, Acc>> cf = fields.computeIfAbsent(containerId, k -> new HashMap<>());
            // a chunk's accumulators by table indexes (field or jurisdiction, entity): a few dozen distinct pairs
            // for thousands of findings, looked up in the maps once each
            int t = d.tableSize();
            Acc[] byField = t <= MAX_INDEXED_TABLE ? new Acc[t * t] : null;
            Acc[] byJurisdiction = t <= MAX_INDEXED_TABLE ? new Acc[t * t] : null;
            Map<String, Acc>[] jurisdictionMaps = cast(new Map[t]);
            while (d.nextRecord()) {
                long rec = ++recordNo;
                Map<String, Acc> jc = jurisdictionMaps[d.jurisdictionIndex()];
                if (jc == null) {
                    jc = jurisdictionMaps[d.jurisdictionIndex()] = juris.computeIfAbsent(d.jurisdiction(), k -> new HashMap<>());
                }
                while (d.nextFinding()) {
                    Acc fa;
                    Acc ja;
                    if (byField != null) {
                        int fk = d.fieldIndex() * t + d.entityIndex();
                        fa = byField[fk];
                        if (fa == null) {
                            fa = byField[fk] = cf.computeIfAbsent(d.field(), k -> new HashMap<>()).computeIfAbsent(d.entity(), k -> new Acc());
                        }
                        int jk = d.jurisdictionIndex() * t + d.entityIndex();
                        ja = byJurisdiction[jk];
                        if (ja == null) {
                            ja = byJurisdiction[jk] = jc.computeIfAbsent(d.entity(), k -> new Acc());
                        }
                    } else {
                        fa = cf.computeIfAbsent(d.field(), k -> new HashMap<>()).computeIfAbsent(d.entity(), k -> new Acc());
                        ja = jc.computeIfAbsent(d.entity(), k -> new Acc());
                    }
                    if (first) {
                        findings++;
                        fa.count(d.confidence(), rec);
                        ja.count(d.confidence(), rec);
                    }
                    if (d.hasFingerprint() && !overflow) {
                        long fp = d.fingerprint64();
                        if (passes == 1 || Long.remainderUnsigned(fp * 0x9E3779B97F4A7C15L, passes) == slice) {
                            fa.values.add(fp);
                            ja.values.add(fp);
                            held += 2;
                            if (held > setBudget) {
                                overflow = true;
                                forEachAcc(Acc::dropValues);
                            }
                        }
                    }
                }
            }
        }

        /** Counts this pass's sets into the accumulators and drops them, before the next slice is read. */
        void close() {
            forEachAcc(Acc::closePass);
        }

        private void forEachAcc(java.util.function.Consumer<Acc> action) {
            fields.values().forEach(m -> m.values().forEach(e -> e.values().forEach(action)));
            juris.values().forEach(e -> e.values().forEach(action));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
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

        void dropValues() {
            values = new LongSet();
        }
    }
}

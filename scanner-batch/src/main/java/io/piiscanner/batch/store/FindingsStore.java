package io.piiscanner.batch.store;

import io.piiscanner.batch.source.ContainerKind;
import io.piiscanner.batch.source.ContainerStatus;
import io.piiscanner.batch.source.DiscoveredContainer;
import io.piiscanner.core.model.Finding;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes and reads the findings store through Jdbi (tables in {@code schema.sql}). The Jdbi instance sits on a transaction-aware data
 * source, so chunk writes join the Spring Batch chunk transaction: the counts of a chunk and the reader's
 * checkpoint commit together. Writes are upserts on natural keys besides, so a replayed chunk can never
 * count twice.
 */
public final class FindingsStore {

    private final Jdbi jdbi;
    private final boolean postgres;

    public FindingsStore(Jdbi jdbi, boolean postgres) {
        this.jdbi = jdbi;
        this.postgres = postgres;
    }

    // ---- runs

    public void createRun(String runId, String profile, String operator, String settingsJson, Instant started) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO scan_run (run_id, profile, operator, settings, started_at, status)"
                        + " VALUES (?, ?, ?, ?, ?, 'STARTED')")
                .bind(0, runId).bind(1, profile).bind(2, operator).bind(3, settingsJson).bind(4, Timestamp.from(started))
                .execute());
    }

    /** A resumed run is running again (remote workers keep its context while it is STARTED). */
    public void restartRun(String runId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE scan_run SET finished_at = NULL, status = 'STARTED' WHERE run_id = ?")
                .bind(0, runId).execute());
    }

    public void finishRun(String runId, Instant finished, String status, String folder) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE scan_run SET finished_at = ?, status = ?, run_folder = ? WHERE run_id = ?")
                .bind(0, Timestamp.from(finished)).bind(1, status).bind(2, folder).bind(3, runId).execute());
    }

    /** Stores a run's settings (JSON, no credentials), which remote workers read. */
    public void saveRunSettings(String runId, String settingsJson) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE scan_run SET settings = ? WHERE run_id = ?").bind(0, settingsJson)
                .bind(1, runId).execute());
    }

    /** Records committed so far by a run's partitions (the chunk counts). */
    public long rowsScanned(String runId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(records), 0) FROM scan_chunk WHERE run_id = ?")
                .bind(0, runId).mapTo(Long.class).one());
    }

    public Optional<RunRow> run(String runId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT run_id, profile, operator, settings, started_at, finished_at,"
                        + " status, run_folder FROM scan_run WHERE run_id = ?").bind(0, runId)
                .map((rs, ctx) -> new RunRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getString(7), rs.getString(8))).findOne());
    }

    /** The latest completed run of a profile, other than {@code exceptRunId}. */
    public Optional<RunRow> previousCompleted(String profile, String exceptRunId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT run_id FROM scan_run WHERE profile = ? AND status = 'COMPLETED'"
                        + " AND run_id <> ? ORDER BY started_at DESC LIMIT 1").bind(0, profile).bind(1, exceptRunId)
                .mapTo(String.class).findOne()).flatMap(this::run);
    }

    /** The latest run of a profile that did not complete (killed or failed), for {@code --resume}. */
    public Optional<RunRow> latestUnfinished(String profile) {
        return jdbi.withHandle(h -> h.createQuery("SELECT run_id FROM scan_run WHERE profile = ? AND status <> 'COMPLETED'"
                        + " ORDER BY started_at DESC LIMIT 1").bind(0, profile).mapTo(String.class).findOne())
                .flatMap(this::run);
    }

    public record RunRow(String runId, String profile, String operator, String settingsJson, Instant started,
                         Instant finished, String status, String folder) {
    }

    // ---- containers

    /** Stores discovery's result (replacing an earlier attempt's) and returns the rows with their ids. */
    public List<StoredContainer> saveContainers(String runId, List<DiscoveredContainer> found) {
        jdbi.useTransaction(h -> {
            h.execute("DELETE FROM scan_container WHERE run_id = ?", runId);
            PreparedBatch b = h.prepareBatch("INSERT INTO scan_container (run_id, container_id, source, container, kind,"
                    + " status, reason, rows_present, partitions, ranges, watermark) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            int id = 0;
            for (DiscoveredContainer d : found) {
                b.bind(0, runId).bind(1, ++id).bind(2, d.source()).bind(3, d.name()).bind(4, d.kind().name())
                        .bind(5, d.status().name()).bind(6, d.reason()).bind(7, d.rowsPresent())
                        .bind(8, d.ranges().size()).bind(9, encodeRanges(d.ranges())).bind(10, d.watermark()).add();
            }
            if (id > 0) {
                b.execute();
            }
        });
        return containers(runId);
    }

    private static String encodeRanges(List<io.piiscanner.batch.source.KeyRange> ranges) {
        StringBuilder sb = new StringBuilder();
        for (var r : ranges) {
            // text keys (Salesforce Ids, letters and digits) are stored with an 's' tag; numbers as they are
            String lo = r.loKey() != null ? "s" + r.loKey() : r.lo() == null ? "" : String.valueOf(r.lo());
            String hi = r.hiKey() != null ? "s" + r.hiKey() : r.hi() == null ? "" : String.valueOf(r.hi());
            sb.append(sb.length() == 0 ? "" : ",").append(lo).append(':').append(hi);
        }
        return sb.toString();
    }

    private static List<io.piiscanner.batch.source.KeyRange> decodeRanges(String s) {
        List<io.piiscanner.batch.source.KeyRange> out = new java.util.ArrayList<>();
        if (s == null || s.isEmpty()) {
            return out;
        }
        for (String part : s.split(",")) {
            String[] lh = part.split(":", -1);
            if (lh[0].startsWith("s") || lh[1].startsWith("s")) {
                out.add(io.piiscanner.batch.source.KeyRange.ofKeys(lh[0].isEmpty() ? null : lh[0].substring(1),
                        lh[1].isEmpty() ? null : lh[1].substring(1)));
                continue;
            }
            out.add(new io.piiscanner.batch.source.KeyRange(lh[0].isEmpty() ? null : Long.valueOf(lh[0]),
                    lh[1].isEmpty() ? null : Long.valueOf(lh[1])));
        }
        return out;
    }

    public List<StoredContainer> containers(String runId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT container_id, source, container, kind, status, reason, rows_present,"
                        + " partitions, ranges, watermark FROM scan_container WHERE run_id = ? ORDER BY container_id").bind(0, runId)
                .map((rs, ctx) -> new StoredContainer(rs.getInt(1), rs.getString(2), rs.getString(3),
                        ContainerKind.valueOf(rs.getString(4)), ContainerStatus.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getLong(7), rs.getInt(8), decodeRanges(rs.getString(9)), rs.getString(10))).list());
    }

    public void updateContainer(String runId, int containerId, ContainerStatus status, String reason) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE scan_container SET status = ?, reason = ? WHERE run_id = ? AND container_id = ?")
                .bind(0, status.name()).bind(1, reason).bind(2, runId).bind(3, containerId).execute());
    }

    // ---- partitions

    /** Tables whose rows belong to one partition's chunks (keyed by run, partition, chunk). */
    private static final List<String> CHUNK_TABLES = List.of("scan_chunk", "scan_chunk_field", "scan_chunk_jurisdiction",
            "scan_chunk_findings", "scan_chunk_exposure");

    /**
     * A partition starts from scratch: drop whatever an earlier attempt of it left. Every table is keyed by run and
     * partition first, so each delete reads only the partition's own rows.
     */
    public void clearPartition(String runId, String partitionId) {
        jdbi.useHandle(h -> {
            for (String t : CHUNK_TABLES) {
                h.execute("DELETE FROM " + t + " WHERE run_id = ? AND partition_id = ?", runId, partitionId);
            }
            h.execute("DELETE FROM scan_partition WHERE run_id = ? AND partition_id = ?", runId, partitionId);
        });
    }

    public void partitionOutcome(String runId, String partitionId, int containerId, ContainerStatus status, String reason) {
        jdbi.useHandle(h -> upsert(h, "scan_partition", List.of("run_id", "partition_id"),
                List.of("container_id", "status", "reason"), runId, partitionId, containerId, status.name(), reason));
    }

    public Map<Integer, List<String[]>> partitionOutcomes(String runId) {
        Map<Integer, List<String[]>> out = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT container_id, status, reason FROM scan_partition WHERE run_id = ? ORDER BY partition_id")
                .bind(0, runId).map((rs, ctx) -> {
                    out.computeIfAbsent(rs.getInt(1), k -> new java.util.ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)});
                    return null;
                }).list());
        return out;
    }

    // ---- chunk writes

    /**
     * Writes one chunk's counts and findings; runs in the caller's (chunk) transaction when there is one, so
     * they commit together with the reader's checkpoint. A handful of statements a chunk whatever its size:
     * one row of counts, one per field and per jurisdiction (batched), and one row holding all the chunk's
     * findings ({@link ChunkFindings}). Upserts keyed by chunk, so a replayed chunk overwrites, never adds.
     */
    public void writeChunk(String runId, String partitionId, int containerId, List<ScannedRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        long chunkNo = records.get(0).ordinal();
        // counted in hash maps, written in key order (TreeMap below): a chunk has a few fields and jurisdictions
        Map<String, long[]> fieldCounts = new HashMap<>();
        Map<String, long[]> jurisCounts = new HashMap<>();
        ChunkFindings.Encoder findings = new ChunkFindings.Encoder();
        long withFindings = 0;
        for (ScannedRecord r : records) {
            List<Finding> unique = unique(r.findings());
            for (String f : r.presentFields()) {
                long[] c = fieldCounts.get(f);
                if (c == null) {
                    c = new long[3];
                    fieldCounts.put(f, c);
                }
                c[0]++;
                if (r.scannedFields().contains(f)) {
                    c[1]++;
                }
                if (hasField(unique, f)) {
                    c[2]++;
                }
            }
            long[] j = jurisCounts.computeIfAbsent(r.jurisdiction(), k -> new long[2]);
            j[0]++;
            if (!unique.isEmpty()) {
                j[1]++;
                withFindings++;
                findings.add(r.recordId(), r.jurisdiction(), unique);
            }
        }
        long total = records.size();
        long hits = withFindings;
        Map<String, long[]> fields = new TreeMap<>(fieldCounts);
        Map<String, long[]> juris = new TreeMap<>(jurisCounts);
        jdbi.useHandle(h -> {
            upsert(h, "scan_chunk", List.of("run_id", "partition_id", "chunk_no"), List.of("container_id", "records",
                    "records_with_findings"), runId, partitionId, chunkNo, containerId, total, hits);
            PreparedBatch fb = h.prepareBatch(upsertSql("scan_chunk_field", List.of("run_id", "partition_id", "chunk_no", "field"),
                    List.of("container_id", "rows_present", "rows_scanned", "rows_with_findings")));
            for (Map.Entry<String, long[]> e : fields.entrySet()) {
                long[] c = e.getValue();
                fb.bind(0, runId).bind(1, partitionId).bind(2, chunkNo).bind(3, e.getKey()).bind(4, containerId)
                        .bind(5, c[0]).bind(6, c[1]).bind(7, c[2]).add();
            }
            if (!fields.isEmpty()) {
                fb.execute();
            }
            PreparedBatch jb = h.prepareBatch(upsertSql("scan_chunk_jurisdiction", List.of("run_id", "partition_id", "chunk_no", "code"),
                    List.of("records", "records_with_findings")));
            for (Map.Entry<String, long[]> e : juris.entrySet()) {
                jb.bind(0, runId).bind(1, partitionId).bind(2, chunkNo).bind(3, e.getKey()).bind(4, e.getValue()[0])
                        .bind(5, e.getValue()[1]).add();
            }
            if (!juris.isEmpty()) {
                jb.execute();
            }
            if (findings.records() > 0) {
                upsert(h, "scan_chunk_findings", List.of("run_id", "partition_id", "chunk_no"),
                        List.of("container_id", "records", "findings", "data"), runId, partitionId, chunkNo, containerId,
                        findings.records(), findings.findings(), findings.toBytes());
            }
            writeExposures(h, runId, partitionId, containerId, chunkNo, records);
        });
    }

    /** Whether one of a record's findings (a handful) is in {@code field}. */
    private static boolean hasField(List<Finding> findings, String field) {
        for (int i = 0; i < findings.size(); i++) {
            if (findings.get(i).field().equals(field)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The chunk's record exposures as one row ({@link ChunkExposures}), keyed by chunk like the findings: a replayed
     * chunk overwrites its row, and a restarted partition's delete finds it by the key's prefix.
     */
    private void writeExposures(Handle h, String runId, String partitionId, int containerId, long chunkNo,
                                List<ScannedRecord> records) {
        ChunkExposures.Encoder enc = new ChunkExposures.Encoder();
        for (ScannedRecord r : records) {
            RecordExposure x = r.exposure();
            if (x != null && !x.elements().isEmpty()) {
                enc.add(x);
            }
        }
        if (enc.records() > 0) {
            upsert(h, "scan_chunk_exposure", List.of("run_id", "partition_id", "chunk_no"),
                    List.of("container_id", "records", "data"), runId, partitionId, chunkNo, containerId, enc.records(),
                    enc.toBytes());
        }
    }

    /**
     * Streams every stored record exposure of a run to {@code sink}, chunk by chunk (by partition and chunk, so
     * always in the same order), at most {@link #CHUNKS_PER_QUERY} chunks in memory at a time: the
     * breach-notification aggregate reads millions of them this way.
     */
    public void forEachExposure(String runId, java.util.function.Consumer<RecordExposure> sink) {
        forEachExposureChunk(runId, data -> ChunkExposures.decode(data, sink));
    }

    /** Every encoded chunk of record exposures of a run ({@link ChunkExposures}), in partition and chunk order. */
    public void forEachExposureChunk(String runId, java.util.function.Consumer<byte[]> sink) {
        forEachChunkRow("scan_chunk_exposure", runId, (containerId, data) -> sink.accept(data));
    }

    /**
     * The same span may be reported by two rules for one entity: one finding per field, entity and span, the
     * most confident. A record mostly has a handful of findings, which are compared pair by pair.
     */
    static List<Finding> unique(List<Finding> findings) {
        int n = findings.size();
        if (n > 32) {
            // a long text with many findings: by key, not by pairs
            Map<String, Finding> byKey = new java.util.LinkedHashMap<>();
            for (Finding f : findings) {
                byKey.merge(f.field() + '\u0000' + f.entity() + '\u0000' + f.start() + ':' + f.end(), f,
                        (x, y) -> x.confidence() >= y.confidence() ? x : y);
            }
            return byKey.size() == n ? findings : new java.util.ArrayList<>(byKey.values());
        }
        boolean dup = false;
        for (int i = 0; i < n && !dup; i++) {
            for (int j = i + 1; j < n; j++) {
                if (sameSpan(findings.get(i), findings.get(j))) {
                    dup = true;
                    break;
                }
            }
        }
        if (!dup) {
            return findings;
        }
        List<Finding> out = new java.util.ArrayList<>(n);
        outer:
        for (Finding f : findings) {
            for (int k = 0; k < out.size(); k++) {
                if (sameSpan(out.get(k), f)) {
                    if (f.confidence() > out.get(k).confidence()) {
                        out.set(k, f);
                    }
                    continue outer;
                }
            }
            out.add(f);
        }
        return out;
    }

    private static boolean sameSpan(Finding a, Finding b) {
        return a.start() == b.start() && a.end() == b.end() && a.entity().equals(b.entity()) && a.field().equals(b.field());
    }

    // ---- reading findings back

    /** Receives one chunk's findings. */
    @FunctionalInterface
    public interface ChunkVisitor {
        void visit(int containerId, ChunkFindings.Decoder findings);
    }

    /**
     * Chunks read by one query: a bounded result (a chunk's data is at most a few hundred KB) on any store. One query
     * for all of a run's chunks would not be: embedded H2 keeps up to 40,000 rows a GB of heap of a result in memory
     * before it spills to disk (10,000 chunks, gigabytes of data, under a 256 MB heap), and PostgreSQL's driver
     * ignores the fetch size outside a transaction and reads the whole result at once.
     */
    static final int CHUNKS_PER_QUERY = 16;

    /**
     * Every finding of a run, chunk by chunk (at most {@link #CHUNKS_PER_QUERY} chunks in memory at a time): for each
     * chunk, the decoder walks its records ({@code nextRecord}: record id, jurisdiction) and their findings
     * ({@code nextFinding}).
     */
    public void forEachChunk(String runId, ChunkVisitor visitor) {
        forEachChunkRow("scan_chunk_findings", runId, (containerId, data) -> visitor.visit(containerId, new ChunkFindings.Decoder(data)));
    }

    @FunctionalInterface
    private interface ChunkRow {
        void accept(int containerId, byte[] data);
    }

    /**
     * The {@code container_id} and {@code data} of every row of a chunk table ({@code scan_chunk_findings} or
     * {@code scan_chunk_exposure}) of a run, in partition and chunk order. The chunk keys come from the primary key's
     * index alone; the data is then read a range of one partition's chunk numbers at a time, so that the database
     * reads each stored page once instead of once per chunk on it (embedded H2 keeps no page of this size in its
     * cache), and no query returns more than {@link #CHUNKS_PER_QUERY} rows.
     */
    private void forEachChunkRow(String table, String runId, ChunkRow visitor) {
        List<Object[]> keys = jdbi.withHandle(h -> h.createQuery("SELECT partition_id, chunk_no FROM " + table
                        + " WHERE run_id = ? ORDER BY partition_id, chunk_no").bind(0, runId)
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getLong(2)}).list());
        jdbi.useHandle(h -> {
            for (int from = 0; from < keys.size(); ) {
                String partition = (String) keys.get(from)[0];
                int to = from + 1;
                while (to < keys.size() && to - from < CHUNKS_PER_QUERY && keys.get(to)[0].equals(partition)) {
                    to++;
                }
                h.createQuery("SELECT container_id, data FROM " + table + " WHERE run_id = ? AND partition_id = ?"
                                + " AND chunk_no BETWEEN ? AND ? ORDER BY chunk_no")
                        .bind(0, runId).bind(1, partition).bind(2, (long) keys.get(from)[1]).bind(3, (long) keys.get(to - 1)[1])
                        .map((rs, ctx) -> {
                            visitor.accept(rs.getInt(1), rs.getBytes(2));
                            return null;
                        }).list();
                from = to;
            }
        });
    }

    /** Findings of a run, from the chunk counts (without reading the findings themselves). */
    public long findingCount(String runId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(findings), 0) FROM scan_chunk_findings WHERE run_id = ?")
                .bind(0, runId).mapTo(Long.class).one());
    }

    /**
     * Per field and entity, and per jurisdiction and entity: records with the entity, findings, distinct values
     * (by fingerprint) and highest confidence, from one pass over the run's findings (more passes, each over a
     * slice of the fingerprints, when there are too many to count at once in bounded memory). The per-field
     * result is also saved in {@code scan_field_entity}, which the next run's diff reads.
     */
    public FindingsSummary summarize(String runId) {
        FindingsSummary s = FindingsSummary.compute(this, runId);
        saveFieldEntities(runId, s);
        return s;
    }

    private void saveFieldEntities(String runId, FindingsSummary s) {
        jdbi.useHandle(h -> {
            h.execute("DELETE FROM scan_field_entity WHERE run_id = ?", runId);
            PreparedBatch b = h.prepareBatch("INSERT INTO scan_field_entity (run_id, container_id, field, entity, records,"
                    + " findings, distinct_values, max_confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            int[] n = {0};
            s.byField().forEach((container, fields) -> fields.forEach((field, ents) -> ents.forEach((entity, st) -> {
                b.bind(0, runId).bind(1, container).bind(2, field).bind(3, entity).bind(4, st.rows())
                        .bind(5, st.findings()).bind(6, st.distinct()).bind(7, st.maxConfidence()).add();
                n[0]++;
            })));
            if (n[0] > 0) {
                b.execute();
            }
        });
    }

    /**
     * {@code source, container, field, entity} of every field where a run found the entity (from the summary
     * the run's report step saved).
     */
    public Set<List<String>> exposures(String runId) {
        Set<List<String>> out = new java.util.TreeSet<>(java.util.Comparator.comparing(Object::toString));
        jdbi.useHandle(h -> h.createQuery("SELECT c.source, c.container, f.field, f.entity FROM scan_field_entity f"
                        + " JOIN scan_container c ON c.run_id = f.run_id AND c.container_id = f.container_id WHERE f.run_id = ?")
                .bind(0, runId).map((rs, ctx) -> out.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))).list());
        return out;
    }

    private void upsert(Handle h, String table, List<String> key, List<String> rest, Object... values) {
        var u = h.createUpdate(upsertSql(table, key, rest));
        for (int i = 0; i < values.length; i++) {
            u.bind(i, values[i]);
        }
        u.execute();
    }

    /** H2 MERGE ... KEY or PostgreSQL INSERT ... ON CONFLICT DO UPDATE: same effect, an idempotent write. */
    private String upsertSql(String table, List<String> key, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(key);
        all.addAll(rest);
        String cols = String.join(", ", all);
        String ph = String.join(", ", java.util.Collections.nCopies(all.size(), "?"));
        if (postgres) {
            String set = String.join(", ", rest.stream().map(c -> c + " = EXCLUDED." + c).toList());
            return "INSERT INTO " + table + " (" + cols + ") VALUES (" + ph + ") ON CONFLICT (" + String.join(", ", key)
                    + ") DO UPDATE SET " + set;
        }
        return "MERGE INTO " + table + " (" + cols + ") KEY (" + String.join(", ", key) + ") VALUES (" + ph + ")";
    }

    // ---- what a source records beside the counts (Salesforce: object plans, field access, API calls)

    /** Stores (or replaces) one item of source-specific data, e.g. an object's field plan as JSON. No raw values. */
    public void putSourceData(String runId, String source, String kind, String item, String payload) {
        jdbi.useHandle(h -> upsert(h, "scan_source_data", List.of("run_id", "source", "kind", "item"), List.of("payload"),
                runId, source, kind, item, payload));
    }

    public Optional<String> sourceData(String runId, String source, String kind, String item) {
        return jdbi.withHandle(h -> h.createQuery("SELECT payload FROM scan_source_data WHERE run_id = ? AND source = ?"
                        + " AND kind = ? AND item = ?").bind(0, runId).bind(1, source).bind(2, kind).bind(3, item)
                .mapTo(String.class).findOne());
    }

    /** Every item of one kind of a run's source data, by item. */
    public Map<String, String> sourceData(String runId, String source, String kind) {
        Map<String, String> out = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT item, payload FROM scan_source_data WHERE run_id = ? AND source = ? AND kind = ?")
                .bind(0, runId).bind(1, source).bind(2, kind).map((rs, ctx) -> out.put(rs.getString(1), rs.getString(2))).list());
        return out;
    }

    /** Adds to a run's per-source counters (API calls by operation); a restarted run keeps adding. */
    public synchronized void addCounters(String runId, String source, Map<String, Long> deltas) {
        jdbi.useHandle(h -> {
            for (Map.Entry<String, Long> e : deltas.entrySet()) {
                if (e.getValue() == 0) {
                    continue;
                }
                int n = h.createUpdate("UPDATE scan_source_counter SET counter_value = counter_value + ? WHERE run_id = ?"
                                + " AND source = ? AND counter = ?").bind(0, e.getValue()).bind(1, runId).bind(2, source)
                        .bind(3, e.getKey()).execute();
                if (n == 0) {
                    h.createUpdate("INSERT INTO scan_source_counter (run_id, source, counter, counter_value) VALUES (?, ?, ?, ?)")
                            .bind(0, runId).bind(1, source).bind(2, e.getKey()).bind(3, e.getValue()).execute();
                }
            }
        });
    }

    public Map<String, Long> counters(String runId, String source) {
        Map<String, Long> out = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT counter, counter_value FROM scan_source_counter WHERE run_id = ? AND source = ?")
                .bind(0, runId).bind(1, source).map((rs, ctx) -> out.put(rs.getString(1), rs.getLong(2))).list());
        return out;
    }

    // ---- watermarks

    public Optional<String> watermark(String profile, String source, String container) {
        return jdbi.withHandle(h -> h.createQuery("SELECT watermark FROM scan_watermark WHERE profile = ? AND source = ? AND container = ?")
                .bind(0, profile).bind(1, source).bind(2, container).mapTo(String.class).findOne());
    }

    /**
     * Moves the incremental high-water marks of a completed run forward: for each container read to the end
     * (every partition SCANNED), the mark discovery took. A container that failed keeps its old mark, so the
     * next run reads its changes again.
     */
    public void saveWatermarks(String profile, String runId) {
        Map<Integer, List<String[]>> outcomes = partitionOutcomes(runId);
        jdbi.useHandle(h -> {
            for (StoredContainer c : containers(runId)) {
                List<String[]> parts = outcomes.getOrDefault(c.id(), List.of());
                boolean scanned = c.status() == ContainerStatus.SCANNED || c.status() == ContainerStatus.PENDING
                        && parts.size() == c.partitions()
                        && parts.stream().allMatch(p -> p[0].equals(ContainerStatus.SCANNED.name()));
                if (c.watermark() != null && scanned) {
                    upsert(h, "scan_watermark", List.of("profile", "source", "container"), List.of("watermark", "run_id"),
                            profile, c.source(), c.name(), c.watermark(), runId);
                }
            }
        });
    }

    public Jdbi jdbi() {
        return jdbi;
    }
}

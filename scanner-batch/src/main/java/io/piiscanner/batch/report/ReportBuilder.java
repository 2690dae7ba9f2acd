package io.piiscanner.batch.report;

import io.piiscanner.batch.source.ContainerStatus;
import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.batch.store.StoredContainer;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Aggregates a run's chunk counts and findings into a {@link ReportModel}, and diffs it with the previous run. */
public final class ReportBuilder {

    private final FindingsStore store;

    public ReportBuilder(FindingsStore store) {
        this.store = store;
    }

    public ReportModel build(ReportModel.Run run, String previousRunId) {
        List<StoredContainer> containers = store.containers(run.id());
        Map<Integer, StoredContainer> byId = new HashMap<>();
        containers.forEach(c -> byId.put(c.id(), c));
        return store.jdbi().withHandle(h -> {
            Map<Integer, Long> scannedRows = new HashMap<>();
            h.createQuery("SELECT container_id, SUM(records) FROM scan_chunk WHERE run_id = ? GROUP BY container_id")
                    .bind(0, run.id()).map((rs, ctx) -> scannedRows.put(rs.getInt(1), rs.getLong(2))).list();
            List<ReportModel.CoverageRow> coverage = coverage(containers, scannedRows, store.partitionOutcomes(run.id()));
            Map<String, Map<String, ReportModel.EntityStats>> entitiesByField = entitiesByField(h, run.id());
            List<ReportModel.FieldRow> fields = new ArrayList<>();
            h.createQuery("SELECT container_id, field, SUM(rows_present), SUM(rows_scanned), SUM(rows_with_findings)"
                            + " FROM scan_chunk_field WHERE run_id = ? GROUP BY container_id, field ORDER BY container_id, field")
                    .bind(0, run.id()).map((rs, ctx) -> {
                        StoredContainer c = byId.get(rs.getInt(1));
                        Map<String, ReportModel.EntityStats> ents = entitiesByField.getOrDefault(rs.getInt(1) + "\u0000" + rs.getString(2), Map.of());
                        long present = rs.getLong(3);
                        long scanned = rs.getLong(4);
                        Double rate = null;
                        if (c.rowsPresent() > present) {
                            rate = present == 0 ? 0.0 : (double) present / c.rowsPresent();
                            present = c.rowsPresent();
                        }
                        fields.add(new ReportModel.FieldRow(c.source(), c.name(), rs.getString(2), present, scanned,
                                rs.getLong(5), ents, verdict(scanned, ents), rate));
                        return null;
                    }).list();
            List<ReportModel.JurisdictionRow> jurisdictions = jurisdictions(h, run.id());
            List<String> diff = previousRunId == null ? List.of() : diff(h, previousRunId, run.id());
            return new ReportModel(run, fields, jurisdictions, coverage, diff);
        });
    }

    private static String verdict(long scanned, Map<String, ReportModel.EntityStats> ents) {
        if (ents.isEmpty()) {
            return "no PII found";
        }
        Map.Entry<String, ReportModel.EntityStats> top = ents.entrySet().stream()
                .max(Map.Entry.comparingByValue((a, b) -> Long.compare(a.rows(), b.rows()))).orElseThrow();
        double ratio = scanned == 0 ? 0 : (double) top.getValue().rows() / scanned;
        String kind = ratio >= 0.5 ? "holds " : "contains ";
        return kind + top.getKey() + String.format(java.util.Locale.ROOT, " (%.0f%% of scanned rows)", ratio * 100);
    }

    private Map<String, Map<String, ReportModel.EntityStats>> entitiesByField(Handle h, String runId) {
        Map<String, Map<String, ReportModel.EntityStats>> out = new HashMap<>();
        h.createQuery("SELECT container_id, field, entity, COUNT(DISTINCT record_id), COUNT(*), COUNT(DISTINCT fingerprint),"
                        + " MAX(confidence) FROM scan_finding WHERE run_id = ? GROUP BY container_id, field, entity")
                .bind(0, runId).map((rs, ctx) -> out.computeIfAbsent(rs.getInt(1) + "\u0000" + rs.getString(2), k -> new TreeMap<>())
                        .put(rs.getString(3), new ReportModel.EntityStats(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getDouble(7))))
                .list();
        return out;
    }

    private List<ReportModel.JurisdictionRow> jurisdictions(Handle h, String runId) {
        Map<String, long[]> counts = new TreeMap<>();
        h.createQuery("SELECT code, SUM(records), SUM(records_with_findings) FROM scan_chunk_jurisdiction WHERE run_id = ? GROUP BY code")
                .bind(0, runId).map((rs, ctx) -> counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)})).list();
        Map<String, Map<String, ReportModel.EntityStats>> ents = new HashMap<>();
        h.createQuery("SELECT jurisdiction, entity, COUNT(DISTINCT CONCAT(container_id, ':', record_id)), COUNT(*),"
                        + " COUNT(DISTINCT fingerprint), MAX(confidence) FROM scan_finding WHERE run_id = ? GROUP BY jurisdiction, entity")
                .bind(0, runId).map((rs, ctx) -> ents.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                        .put(rs.getString(2), new ReportModel.EntityStats(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getDouble(6))))
                .list();
        List<ReportModel.JurisdictionRow> out = new ArrayList<>();
        counts.forEach((code, c) -> out.add(new ReportModel.JurisdictionRow(code, c[0], c[1], ents.getOrDefault(code, Map.of()))));
        return out;
    }

    private static List<ReportModel.CoverageRow> coverage(List<StoredContainer> containers, Map<Integer, Long> scannedRows,
                                                          Map<Integer, List<String[]>> outcomes) {
        List<ReportModel.CoverageRow> out = new ArrayList<>();
        for (StoredContainer c : containers) {
            String status = c.status().name();
            Set<String> reasons = new TreeSet<>();
            if (c.reason() != null) {
                reasons.add(c.reason());
            }
            if (c.status() == ContainerStatus.PENDING) {
                List<String[]> parts = outcomes.getOrDefault(c.id(), List.of());
                boolean failed = parts.stream().anyMatch(p -> p[0].equals("FAILED"));
                boolean skipped = !parts.isEmpty() && parts.stream().allMatch(p -> p[0].equals("SKIPPED"));
                status = failed ? "FAILED" : skipped ? "SKIPPED" : parts.size() < c.partitions() ? "INCOMPLETE" : "SCANNED";
                parts.stream().map(p -> p[1]).filter(r -> r != null && !r.isBlank()).forEach(reasons::add);
            }
            long scanned = scannedRows.getOrDefault(c.id(), 0L);
            long present = c.rowsPresent() >= 0 ? c.rowsPresent() : scanned;
            Double rate = present > 0 && scanned < present && "SCANNED".equals(status) ? (double) scanned / present : null;
            out.add(new ReportModel.CoverageRow(c.source(), c.name(), c.kind().name(), status, present, scanned,
                    reasons.isEmpty() ? null : String.join("; ", reasons), rate));
        }
        return out;
    }

    /** "new entity EMAIL in public.stg_orders.notes" for each (container, field, entity) absent from the previous run. */
    private static List<String> diff(Handle h, String previousRunId, String runId) {
        String sql = "SELECT DISTINCT c.source, c.container, f.field, f.entity FROM scan_finding f JOIN scan_container c"
                + " ON c.run_id = f.run_id AND c.container_id = f.container_id WHERE f.run_id = ?";
        Set<String> before = new TreeSet<>(h.createQuery(sql).bind(0, previousRunId)
                .map((rs, ctx) -> rs.getString(1) + "\u0000" + rs.getString(2) + "\u0000" + rs.getString(3) + "\u0000" + rs.getString(4)).list());
        Map<String, String> now = new LinkedHashMap<>();
        h.createQuery(sql).bind(0, runId).map((rs, ctx) -> now.put(
                rs.getString(1) + "\u0000" + rs.getString(2) + "\u0000" + rs.getString(3) + "\u0000" + rs.getString(4),
                "new entity " + rs.getString(4) + " in " + rs.getString(2) + "." + rs.getString(3) + " (" + rs.getString(1) + ")")).list();
        List<String> out = new ArrayList<>();
        now.forEach((k, v) -> {
            if (!before.contains(k)) {
                out.add(v);
            }
        });
        out.sort(null);
        return out;
    }
}

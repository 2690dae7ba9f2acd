package io.piiscanner.batch.report;

import io.piiscanner.batch.source.ContainerStatus;
import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.batch.store.FindingsSummary;
import io.piiscanner.batch.store.StoredContainer;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.HashMap;
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
            // fewer rows read than present is a sample only in a sampled run (an incremental run reads the changed rows)
            boolean sampled = !"full".equals(run.sampling());
            List<ReportModel.CoverageRow> coverage = coverage(containers, scannedRows, store.partitionOutcomes(run.id()), sampled);
            FindingsSummary summary = store.summarize(run.id());
            List<ReportModel.FieldRow> fields = new ArrayList<>();
            h.createQuery("SELECT container_id, field, SUM(rows_present), SUM(rows_scanned), SUM(rows_with_findings)"
                            + " FROM scan_chunk_field WHERE run_id = ? GROUP BY container_id, field ORDER BY container_id, field")
                    .bind(0, run.id()).map((rs, ctx) -> {
                        StoredContainer c = byId.get(rs.getInt(1));
                        Map<String, ReportModel.EntityStats> ents = entityStats(summary.field(rs.getInt(1), rs.getString(2)));
                        long present = rs.getLong(3);
                        long scanned = rs.getLong(4);
                        Double rate = null;
                        if (sampled && c.rowsPresent() > present) {
                            rate = present == 0 ? 0.0 : (double) present / c.rowsPresent();
                            present = c.rowsPresent();
                        }
                        fields.add(new ReportModel.FieldRow(c.source(), c.name(), rs.getString(2), present, scanned,
                                rs.getLong(5), ents, verdict(scanned, ents), rate));
                        return null;
                    }).list();
            List<ReportModel.JurisdictionRow> jurisdictions = jurisdictions(h, run.id(), summary);
            List<String> diff = previousRunId == null ? List.of() : diff(store, previousRunId, run.id());
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

    private static Map<String, ReportModel.EntityStats> entityStats(Map<String, FindingsSummary.Stats> in) {
        Map<String, ReportModel.EntityStats> out = new TreeMap<>();
        in.forEach((e, st) -> out.put(e, new ReportModel.EntityStats(st.rows(), st.findings(), st.distinct(), st.maxConfidence())));
        return out;
    }

    private List<ReportModel.JurisdictionRow> jurisdictions(Handle h, String runId, FindingsSummary summary) {
        Map<String, long[]> counts = new TreeMap<>();
        h.createQuery("SELECT code, SUM(records), SUM(records_with_findings) FROM scan_chunk_jurisdiction WHERE run_id = ? GROUP BY code")
                .bind(0, runId).map((rs, ctx) -> counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)})).list();
        List<ReportModel.JurisdictionRow> out = new ArrayList<>();
        counts.forEach((code, c) -> out.add(new ReportModel.JurisdictionRow(code, c[0], c[1],
                entityStats(summary.byJurisdiction().getOrDefault(code, Map.of())))));
        return out;
    }

    private static List<ReportModel.CoverageRow> coverage(List<StoredContainer> containers, Map<Integer, Long> scannedRows,
                                                          Map<Integer, List<String[]>> outcomes, boolean sampled) {
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
            Double rate = sampled && present > 0 && scanned < present && "SCANNED".equals(status) ? (double) scanned / present : null;
            out.add(new ReportModel.CoverageRow(c.source(), c.name(), c.kind().name(), status, present, scanned,
                    reasons.isEmpty() ? null : String.join("; ", reasons), rate));
        }
        return out;
    }

    /** "new entity EMAIL in public.stg_orders.notes" for each (container, field, entity) absent from the previous run. */
    private static List<String> diff(FindingsStore store, String previousRunId, String runId) {
        Set<List<String>> before = store.exposures(previousRunId);
        List<String> out = new ArrayList<>();
        for (List<String> k : store.exposures(runId)) {
            if (!before.contains(k)) {
                out.add("new entity " + k.get(3) + " in " + k.get(1) + "." + k.get(2) + " (" + k.get(0) + ")");
            }
        }
        out.sort(null);
        return out;
    }
}

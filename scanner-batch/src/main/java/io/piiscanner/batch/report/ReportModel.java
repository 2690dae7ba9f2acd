package io.piiscanner.batch.report;

import java.util.List;
import java.util.Map;

/**
 * Everything a report shows, computed once from the store; every format renders this. No raw values.
 *
 * @param legal    breach notification (jurisdictions, obligations, deadlines, summary); null when not assessed
 * @param sections tables a source adds beside the volumes (Salesforce: who may read each PII field, API calls),
 *                 rendered generically by every format
 */
public record ReportModel(Run run, List<FieldRow> fields, List<JurisdictionRow> jurisdictions, List<CoverageRow> coverage,
                          List<String> newExposure, LegalSection legal, List<Section> sections) {

    public ReportModel(Run run, List<FieldRow> fields, List<JurisdictionRow> jurisdictions, List<CoverageRow> coverage,
                       List<String> newExposure) {
        this(run, fields, jurisdictions, coverage, newExposure, null, List.of());
    }

    public ReportModel withLegal(LegalSection l) {
        return new ReportModel(run, fields, jurisdictions, coverage, newExposure, l, sections);
    }

    public ReportModel withSections(List<Section> more) {
        List<Section> all = new java.util.ArrayList<>(sections);
        all.addAll(more);
        return new ReportModel(run, fields, jurisdictions, coverage, newExposure, legal, List.copyOf(all));
    }

    /**
     * A table contributed by a source. Cells are strings, numbers, booleans or lists of strings.
     *
     * @param id      stable key in report.json ({@code salesforce.field_access})
     * @param source  the source id it describes
     * @param title   heading / sheet name for people
     */
    public record Section(String id, String source, String title, List<String> columns, List<List<Object>> rows) {
        public Section {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    public record Run(String id, String profile, String operator, String started, String finished, List<String> sources,
                      String sampling, boolean incremental, String rulePackVersion, String rulePackSha256,
                      String previousRunId) {
    }

    /** Per entity: records with it, findings, distinct values (by fingerprint), highest confidence. */
    public record EntityStats(long rows, long findings, long distinct, double maxConfidence) {
    }

    public record FieldRow(String source, String container, String field, long rowsPresent, long rowsScanned,
                           long rowsWithFindings, Map<String, EntityStats> entities, String verdict,
                           Double samplingRate) {
    }

    public record JurisdictionRow(String code, long records, long recordsWithFindings, Map<String, EntityStats> entities) {
    }

    public record CoverageRow(String source, String container, String kind, String status, long rowsPresent,
                              long rowsScanned, String reason, Double samplingRate) {
    }

    public long totalFindings() {
        return fields.stream().flatMap(f -> f.entities().values().stream()).mapToLong(EntityStats::findings).sum();
    }

    public long totalRowsScanned() {
        return coverage.stream().mapToLong(CoverageRow::rowsScanned).sum();
    }

    /** Records with each entity, summed over fields (a record with EMAIL in two fields counts in both). */
    public Map<String, Long> rowsByEntity() {
        Map<String, Long> m = new java.util.TreeMap<>();
        fields.forEach(f -> f.entities().forEach((e, s) -> m.merge(e, s.rows(), Long::sum)));
        return m;
    }

    public Map<String, Long> coverageByStatus() {
        Map<String, Long> m = new java.util.TreeMap<>();
        coverage.forEach(c -> m.merge(c.status(), 1L, Long::sum));
        return m;
    }
}

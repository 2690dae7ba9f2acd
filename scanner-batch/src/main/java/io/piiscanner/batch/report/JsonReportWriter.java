package io.piiscanner.batch.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * report.json, the machine-readable report; its schema is documented in docs/report-schema.md (the
 * {@code breach_notification} object in docs/jurisdictions.md).
 */
public final class JsonReportWriter implements ReportWriter {

    public static final String FILE = "report.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(ReportModel m, Path folder) throws IOException {
        MAPPER.writeValue(folder.resolve(FILE).toFile(), toJson(m));
    }

    static ObjectNode toJson(ReportModel m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema_version", 1);
        ObjectNode run = root.putObject("run");
        ReportModel.Run r = m.run();
        run.put("id", r.id()).put("profile", r.profile()).put("operator", r.operator()).put("started", r.started())
                .put("finished", r.finished()).put("sampling", r.sampling()).put("incremental", r.incremental())
                .put("rule_pack_version", r.rulePackVersion()).put("rule_pack_sha256", r.rulePackSha256())
                .put("previous_run_id", r.previousRunId());
        r.sources().forEach(run.putArray("sources")::add);
        ObjectNode totals = root.putObject("totals");
        totals.put("rows_scanned", m.totalRowsScanned()).put("findings", m.totalFindings())
                .put("containers", m.coverage().size());
        m.coverageByStatus().forEach(totals.putObject("containers_by_status")::put);
        ArrayNode fields = root.putArray("fields");
        for (ReportModel.FieldRow f : m.fields()) {
            ObjectNode o = fields.addObject();
            o.put("source", f.source()).put("container", f.container()).put("field", f.field())
                    .put("rows_present", f.rowsPresent()).put("rows_scanned", f.rowsScanned())
                    .put("rows_with_findings", f.rowsWithFindings()).put("verdict", f.verdict());
            if (f.samplingRate() != null) {
                o.put("sampling_rate", f.samplingRate());
                o.put("estimated_rows_with_findings", Math.round(f.rowsWithFindings() / Math.max(f.samplingRate(), 1e-9)));
            }
            entities(o.putObject("entities"), f.entities());
        }
        ArrayNode juris = root.putArray("jurisdictions");
        for (ReportModel.JurisdictionRow j : m.jurisdictions()) {
            ObjectNode o = juris.addObject();
            o.put("code", j.code()).put("records", j.records()).put("records_with_findings", j.recordsWithFindings());
            entities(o.putObject("entities"), j.entities());
        }
        ArrayNode cov = root.putArray("coverage");
        for (ReportModel.CoverageRow c : m.coverage()) {
            ObjectNode o = cov.addObject();
            o.put("source", c.source()).put("container", c.container()).put("kind", c.kind()).put("status", c.status())
                    .put("rows_present", c.rowsPresent()).put("rows_scanned", c.rowsScanned()).put("reason", c.reason());
            if (c.samplingRate() != null) {
                o.put("sampling_rate", c.samplingRate());
            }
        }
        m.newExposure().forEach(root.putArray("new_exposure")::add);
        if (m.legal() != null) {
            LegalJson.write(root.putObject("breach_notification"), m.legal());
        }
        ArrayNode sections = root.putArray("sections");
        for (ReportModel.Section s : m.sections()) {
            ObjectNode o = sections.addObject();
            o.put("id", s.id()).put("source", s.source()).put("title", s.title());
            s.columns().forEach(o.putArray("columns")::add);
            ArrayNode rows = o.putArray("rows");
            for (java.util.List<Object> row : s.rows()) {
                ObjectNode cells = rows.addObject();
                for (int i = 0; i < s.columns().size() && i < row.size(); i++) {
                    Object v = row.get(i);
                    String k = s.columns().get(i);
                    if (v instanceof Number n) {
                        cells.put(k, n.longValue() == n.doubleValue() ? n.longValue() : n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cells.put(k, b);
                    } else if (v instanceof java.util.Collection<?> c) {
                        ArrayNode a = cells.putArray(k);
                        c.forEach(x -> a.add(String.valueOf(x)));
                    } else {
                        cells.put(k, v == null ? null : String.valueOf(v));
                    }
                }
            }
        }
        return root;
    }

    private static void entities(ObjectNode into, Map<String, ReportModel.EntityStats> ents) {
        ents.forEach((e, s) -> into.putObject(e).put("rows", s.rows()).put("findings", s.findings())
                .put("distinct", s.distinct()).put("max_confidence", Math.round(s.maxConfidence() * 1000) / 1000.0));
    }
}

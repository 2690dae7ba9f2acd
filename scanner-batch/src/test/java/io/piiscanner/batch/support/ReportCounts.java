package io.piiscanner.batch.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.batch.support.ScanHarness.Report;

import java.util.TreeMap;

/** The counts of a report.json that two runs over the same data must share, whatever ran them and however often. */
public final class ReportCounts {

    private ReportCounts() {
    }

    /** Every count of the report, keyed by what it counts: fields, jurisdictions, coverage. */
    public static TreeMap<String, String> of(Report r) {
        TreeMap<String, String> out = new TreeMap<>();
        for (JsonNode f : r.json().path("fields")) {
            out.put("field " + f.path("container").asText() + "." + f.path("field").asText(),
                    f.path("rows_present").asLong() + "/" + f.path("rows_scanned").asLong() + "/"
                            + f.path("rows_with_findings").asLong() + " " + f.path("entities"));
        }
        for (JsonNode j : r.json().path("jurisdictions")) {
            out.put("jurisdiction " + j.path("code").asText(), j.path("records").asLong() + "/"
                    + j.path("records_with_findings").asLong() + " " + j.path("entities"));
        }
        for (JsonNode c : r.json().path("coverage")) {
            out.put("coverage " + c.path("container").asText(), c.path("status").asText() + " "
                    + c.path("rows_present").asLong() + "/" + c.path("rows_scanned").asLong());
        }
        out.put("totals", r.json().path("totals").toString());
        // breach notification: per-record facts are written with the chunk, so a resumed run counts them once too
        JsonNode bn = r.json().path("breach_notification");
        out.put("breach totals", bn.path("totals").toString());
        for (JsonNode j : bn.path("jurisdictions")) {
            out.put("breach " + j.path("code").asText(), j.path("records").asLong() + "/" + j.path("distinct_subjects").asLong()
                    + "/" + j.path("notifiable_subjects").asLong());
        }
        return out;
    }
}

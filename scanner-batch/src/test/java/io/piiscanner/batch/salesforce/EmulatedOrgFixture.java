package io.piiscanner.batch.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.batch.support.ScanHarness;
import io.piiscanner.batch.support.ScanHarness.Report;
import io.piiscanner.testdata.salesforce.EmulatedOrg;
import io.piiscanner.testdata.salesforce.GroundTruth;
import io.piiscanner.testdata.salesforce.OrgGenerator;
import io.piiscanner.testdata.salesforce.SalesforceEmulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The emulated org the Salesforce tests scan, the settings and credentials to scan it, and report look-ups. */
final class EmulatedOrgFixture {

    static final String SOURCE = "sf";

    private EmulatedOrgFixture() {
    }

    /** The seeded org every Salesforce test uses (generated once: the same seed always gives the same org). */
    static EmulatedOrg org() {
        return OrgGenerator.generate(11, OrgGenerator.Size.small());
    }

    /** Credentials in the environment form the scanner reads: SCANNER_SF_USER/_PASSWORD/_TOKEN. */
    static Map<String, String> env(SalesforceEmulator e) {
        return Map.of("SCANNER_SF_USER", e.login().username(), "SCANNER_SF_PASSWORD", e.login().password(),
                "SCANNER_SF_TOKEN", e.login().securityToken());
    }

    static SourceSpec source(SalesforceEmulator e, Map<String, String> options) {
        Map<String, String> o = new TreeMap<>(Map.of("backoff_ms", "20", "read_timeout_ms", "3000"));
        o.putAll(options);
        return new SourceSpec(SOURCE, "salesforce:" + e.baseUrl(), null, null, o);
    }

    static ScanSettings settings(Path dir, SalesforceEmulator e, Map<String, String> options) {
        return ScanHarness.settings(dir, List.of(source(e, options)));
    }

    /** Every (object, field, entity) cell where the report's record count differs from the ground truth. */
    static List<String> differences(Report report, GroundTruth truth, boolean includeDeleted) {
        List<String> out = new ArrayList<>();
        for (GroundTruth.Key k : truth.keys()) {
            long expected = truth.rows(k, includeDeleted);
            long distinct = truth.distinct(k, includeDeleted);
            JsonNode ent = field(report, k.object(), k.field()).path("entities").path(k.entity());
            long rows = ent.path("rows").asLong(0);
            long d = ent.path("distinct").asLong(0);
            if (rows != expected || d != distinct) {
                out.add(k + " rows " + rows + " (truth " + expected + "), distinct " + d + " (truth " + distinct + ")");
            }
        }
        return out;
    }

    static JsonNode field(Report report, String object, String field) {
        for (JsonNode f : report.json().path("fields")) {
            if (f.path("source").asText().equals(SOURCE) && f.path("container").asText().equals(object)
                    && f.path("field").asText().equals(field)) {
                return f;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Every Salesforce field/entity cell of the report with its record count: two runs compare equal on this. */
    static Map<String, Long> counts(Report report) {
        Map<String, Long> out = new TreeMap<>();
        for (JsonNode f : report.json().path("fields")) {
            if (!f.path("source").asText().equals(SOURCE)) {
                continue;
            }
            String key = f.path("container").asText() + "." + f.path("field").asText();
            out.put(key + " scanned", f.path("rows_scanned").asLong());
            f.path("entities").fields().forEachRemaining(e -> {
                out.put(key + ":" + e.getKey() + " rows", e.getValue().path("rows").asLong());
                out.put(key + ":" + e.getKey() + " distinct", e.getValue().path("distinct").asLong());
            });
        }
        return out;
    }

    static JsonNode section(Report report, String id) {
        for (JsonNode s : report.json().path("sections")) {
            if (s.path("id").asText().equals(id) && s.path("source").asText().equals(SOURCE)) {
                return s;
            }
        }
        throw new AssertionError("no section " + id + " in report.json");
    }

    static long apiCalls(Report report) {
        for (JsonNode r : section(report, "salesforce.api_calls").path("rows")) {
            if (r.path("operation").asText().startsWith("total")) {
                return r.path("calls").asLong();
            }
        }
        throw new AssertionError("no API call total");
    }
}

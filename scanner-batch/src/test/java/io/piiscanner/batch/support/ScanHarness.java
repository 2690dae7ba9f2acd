package io.piiscanner.batch.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.Limits;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.batch.launch.ScanRunner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Runs the exposure-scan job in-process and reads its report.json. */
public final class ScanHarness {

    private ScanHarness() {
    }

    public static ScanSettings settings(Path work, List<SourceSpec> sources) {
        return ScanSettings.adHoc(sources).withName("it").withWorkDir(work.resolve("work"))
                .withOutputDir(work.resolve("reports")).withThreads(2);
    }

    public static Report run(ScanSettings s, Map<String, String> env) throws Exception {
        ScanRunner.Result r = new ScanRunner(new Credentials(env, new Properties()), true).run(s, false);
        if (r.folder() == null) {
            throw new AssertionError("scan did not complete: exit " + r.exitCode() + ", run " + r.runId());
        }
        return Report.read(r.folder());
    }

    public static Limits limits(int page, int chunk, long partitionRows) {
        return Limits.DEFAULTS.withPageAndChunk(page, chunk).withPartitionRows(partitionRows);
    }

    /** report.json, with lookups that ignore identifier case (H2 upper-cases, PostgreSQL lower-cases). */
    public record Report(Path folder, JsonNode json) {

        public static Report read(Path folder) throws IOException {
            return new Report(folder, new ObjectMapper().readTree(folder.resolve("report.json").toFile()));
        }

        public JsonNode field(String container, String field) {
            for (JsonNode f : json.path("fields")) {
                if (f.path("container").asText().equalsIgnoreCase(container) && f.path("field").asText().equalsIgnoreCase(field)) {
                    return f;
                }
            }
            throw new AssertionError("no field " + container + "." + field + " in " + fieldNames());
        }

        public List<String> fieldNames() {
            List<String> out = new ArrayList<>();
            json.path("fields").forEach(f -> out.add(f.path("container").asText() + "." + f.path("field").asText()));
            return out;
        }

        public JsonNode coverage(String container) {
            for (JsonNode c : json.path("coverage")) {
                if (c.path("container").asText().equalsIgnoreCase(container)) {
                    return c;
                }
            }
            throw new AssertionError("no coverage row for " + container + " in " + json.path("coverage"));
        }

        public long entityRows(String container, String field, String entity) {
            return field(container, field).path("entities").path(entity).path("rows").asLong(0);
        }

        public static String lower(String s) {
            return s.toLowerCase(Locale.ROOT);
        }
    }
}

package io.piiscanner.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.batch.jdbc.StagingDb;
import io.piiscanner.batch.support.ScanHarness.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nightly use of one scan profile, three runs through the CLI entry point: a first full run (progress display on
 * stderr, exit 0), an incremental run after some rows changed and a file appeared (quiet: nothing on stderr, only
 * the folder on stdout; only changed rows and new files read; the diff names the new exposure; exit 3), and an
 * incremental run with nothing changed (exit 0, no new exposure). The second run's report.json, report.csv,
 * coverage.csv and manifest.json are also checked against docs/report-schema.md, key by key.
 */
class NightlyUseTest {

    static final Pattern PROGRESS = Pattern.compile(
            "^scan: (\\d+)/(\\d+) containers \\((\\d+)/(\\d+) partitions\\), ([\\d,]+) rows, ([\\d,]+) rows/s", Pattern.MULTILINE);

    @TempDir
    static Path tmp;
    static Run first;
    static Run second;
    static Run third;

    record Run(int code, String stdout, String stderr, Report report) {
    }

    @BeforeAll
    static void threeNightlyRuns() throws Exception {
        String url = "jdbc:h2:mem:nightly" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Path exports = Files.createDirectories(tmp.resolve("exports"));
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            StagingDb.exec(c, "CREATE TABLE stg_orders (id INT PRIMARY KEY, email VARCHAR(100), notes VARCHAR(200),"
                            + " updated_at TIMESTAMP)",
                    "INSERT INTO stg_orders SELECT X, 'buyer' || X || '@example.com', 'call back after 5pm',"
                            + " TIMESTAMP '2024-01-01 00:00:00' FROM SYSTEM_RANGE(1, 20)");
            Files.writeString(exports.resolve("customers.csv"), "name,email\nAna,ana.keller@example.com\nBen,ben.moreau@example.com\n");
            Files.setLastModifiedTime(exports.resolve("customers.csv"), FileTime.from(Instant.now().minusSeconds(3600)));
            Files.writeString(tmp.resolve("creds.properties"), "default.user=sa\n");
            Files.writeString(tmp.resolve("nightly.yaml"), """
                    name: nightly
                    sources:
                      - id: staging
                        uri: "%s"
                        schemas: [PUBLIC]
                      - "dir:exports"
                    incremental: true
                    threads: 2
                    output: reports
                    work_dir: work
                    """.formatted(url));

            first = scan(false);

            // overnight: two rows change (one now has an SSN in its notes), one row is added, a new export appears
            StagingDb.exec(c, "UPDATE stg_orders SET notes = 'customer SSN 536-22-1234 confirmed by phone',"
                            + " updated_at = CURRENT_TIMESTAMP WHERE id = 3",
                    "UPDATE stg_orders SET email = 'new.address@example.org', updated_at = CURRENT_TIMESTAMP WHERE id = 4",
                    "INSERT INTO stg_orders VALUES (21, 'late.buyer@example.com', 'gift', CURRENT_TIMESTAMP)");
            Files.writeString(exports.resolve("events.jsonl"), "{\"user\":{\"phone\":\"+49 30 901820\",\"email\":\"x.y@example.de\"}}\n");
            second = scan(true);
            third = scan(true);
        }
    }

    static Run scan(boolean quiet) throws Exception {
        List<String> args = new ArrayList<>(List.of("scan", "--profile", tmp.resolve("nightly.yaml").toString(),
                "--credentials-file", tmp.resolve("creds.properties").toString()));
        if (quiet) {
            args.add("--quiet");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ScannerBatchApplication.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(stderr).isIn(0, 3);
        String[] lines = stdout.trim().split("\n");
        return new Run(code, stdout, stderr, Report.read(Path.of(lines[lines.length - 1].trim())));
    }

    @Test
    void firstRunShowsProgressAndExitsZero() {
        assertThat(first.code()).isZero();
        Matcher m = PROGRESS.matcher(first.stderr());
        List<String[]> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
        }
        assertThat(lines).as(first.stderr()).isNotEmpty();
        String[] last = lines.get(lines.size() - 1);
        assertThat(last[0]).as("containers done").isEqualTo(last[1]).isEqualTo("2");
        assertThat(last[2]).as("partitions done").isEqualTo(last[3]);
        assertThat(last[4]).isEqualTo("22");
        assertThat(first.stderr()).containsPattern("scan: 22 rows in [\\d.]+ s, [\\d,]+ rows/s; CPU .* detection \\d+%")
                .contains("complete");
        assertThat(first.report().json().path("new_exposure")).isEmpty();
        assertThat(first.report().json().path("run").path("previous_run_id").isNull()).isTrue();
        assertThat(first.stdout().trim()).as("stdout is the run folder only").doesNotContain("\n");
    }

    @Test
    void incrementalRunReadsOnlyWhatChangedAndReportsNewExposureWithExitCode3() {
        assertThat(second.code()).isEqualTo(ScannerBatchApplication.EXIT_NEW_EXPOSURE);
        JsonNode run = second.report().json().path("run");
        assertThat(run.path("incremental").asBoolean()).isTrue();
        assertThat(run.path("previous_run_id").asText()).isEqualTo(first.report().json().path("run").path("id").asText());

        JsonNode table = second.report().coverage("PUBLIC.STG_ORDERS");
        assertThat(table.path("status").asText()).isEqualTo("SCANNED");
        assertThat(table.path("rows_scanned").asLong()).as("2 changed rows and 1 new one").isEqualTo(3);
        assertThat(table.path("reason").asText()).contains("incremental: rows with UPDATED_AT after");
        JsonNode old = second.report().coverage("customers.csv");
        assertThat(old.path("status").asText()).isEqualTo("SKIPPED");
        assertThat(old.path("reason").asText()).isEqualTo("unchanged since the last run");
        assertThat(second.report().coverage("events.jsonl").path("status").asText()).isEqualTo("SCANNED");

        assertThat(second.report().json().path("new_exposure")).extracting(JsonNode::asText).contains(
                "new entity US_SSN in PUBLIC.STG_ORDERS.NOTES (staging)",
                "new entity PHONE in events.jsonl.user.phone (dir:exports)",
                "new entity EMAIL in events.jsonl.user.email (dir:exports)");
        assertThat(second.report().json().path("new_exposure")).extracting(JsonNode::asText)
                .as("EMAIL in STG_ORDERS.EMAIL was there last night").noneMatch(s -> s.contains("STG_ORDERS.EMAIL"));
    }

    @Test
    void quietModePrintsOnlyTheRunFolder() {
        assertThat(second.stderr()).isEmpty();
        assertThat(second.stdout().trim().split("\n")).hasSize(1);
        assertThat(Path.of(second.stdout().trim())).isEqualTo(second.report().folder());
    }

    @Test
    void nothingChangedMeansNoNewExposureAndExitZero() {
        assertThat(third.code()).isZero();
        assertThat(third.report().json().path("new_exposure")).isEmpty();
        assertThat(third.report().coverage("PUBLIC.STG_ORDERS").path("rows_scanned").asLong()).isZero();
        assertThat(third.report().coverage("events.jsonl").path("status").asText()).isEqualTo("SKIPPED");
    }

    // ---- docs/report-schema.md

    static final Path SCHEMA_DOC = Path.of("..", "docs", "report-schema.md");

    @Test
    void reportJsonHasExactlyTheDocumentedKeys() throws Exception {
        Set<String> required = new TreeSet<>();
        Set<String> documented = documentedKeys("report.json", required);
        Set<String> written = new TreeSet<>();
        flatten(second.report().json(), "", written);
        assertThat(written).as("keys of report.json missing from docs/report-schema.md: document them")
                .isSubsetOf(documented);
        assertThat(required).as("documented keys report.json does not have").isSubsetOf(written);
    }

    @Test
    void manifestHasExactlyTheDocumentedKeys() throws Exception {
        Set<String> required = new TreeSet<>();
        Set<String> documented = documentedKeys("manifest.json", required);
        Set<String> written = new TreeSet<>();
        flatten(new ObjectMapper().readTree(second.report().folder().resolve("manifest.json").toFile()), "", written);
        assertThat(written).isSubsetOf(documented);
        assertThat(required).isSubsetOf(written);
        JsonNode files = new ObjectMapper().readTree(second.report().folder().resolve("manifest.json").toFile()).path("files");
        assertThat(files.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("coverage.csv", "legal-summary.html", "report.csv", "report.html", "report.json", "report.xlsx");
    }

    @Test
    void csvHeadersAreTheDocumentedColumns() throws Exception {
        String doc = Files.readString(SCHEMA_DOC);
        List<String> reportColumns = new ArrayList<>();
        for (String line : section(doc, "report.csv").split("\n")) {
            if (line.startsWith("| `")) {
                reportColumns.add(line.substring(3, line.indexOf('`', 3)));
            }
        }
        assertThat(firstLine(second.report().folder().resolve("report.csv"))).isEqualTo(String.join(",", reportColumns));
        Matcher m = Pattern.compile("`([a-z_]+)`").matcher(section(doc, "coverage.csv"));
        List<String> coverageColumns = new ArrayList<>();
        while (m.find()) {
            coverageColumns.add(m.group(1));
        }
        assertThat(firstLine(second.report().folder().resolve("coverage.csv"))).isEqualTo(String.join(",", coverageColumns));
    }

    static String firstLine(Path p) throws Exception {
        return Files.readAllLines(p).get(0).trim();
    }

    static String section(String doc, String title) {
        int start = doc.indexOf("\n## " + title);
        assertThat(start).as("section " + title + " in " + SCHEMA_DOC).isPositive();
        int end = doc.indexOf("\n## ", start + 4);
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    /** The key column of a section's table; keys whose row says optional are left out of {@code required}. */
    static Set<String> documentedKeys(String title, Set<String> required) throws Exception {
        Set<String> keys = new TreeSet<>();
        for (String line : section(Files.readString(SCHEMA_DOC), title).split("\n")) {
            if (line.startsWith("| `")) {
                String key = line.substring(3, line.indexOf('`', 3));
                keys.add(key);
                if (!line.contains("*optional*")) {
                    required.add(key);
                }
            }
        }
        return keys;
    }

    /** Key paths as the doc writes them: {@code a.b}, {@code list[].key}, {@code map.*.key} for name-keyed objects. */
    static void flatten(JsonNode n, String path, Set<String> out) {
        if (n.isObject()) {
            if (!path.isEmpty() && !path.endsWith("[]")) {
                out.add(path);
            }
            boolean byName = path.endsWith("entities") || path.endsWith("containers_by_status") || path.equals("files");
            n.fields().forEachRemaining(e -> flatten(e.getValue(),
                    (path.isEmpty() ? "" : path + ".") + (byName ? "*" : e.getKey()), out));
        } else if (n.isArray()) {
            out.add(path);
            n.forEach(x -> {
                if (x.isContainerNode()) {
                    flatten(x, path + "[]", out);
                }
            });
        } else {
            out.add(path);
        }
    }
}

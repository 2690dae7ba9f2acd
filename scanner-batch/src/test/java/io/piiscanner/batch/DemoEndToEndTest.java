package io.piiscanner.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo end to end: H2 staging tables and a folder of files scanned into a complete run folder. */
class DemoEndToEndTest {

    @Test
    void demoScansTablesAndFilesAndWritesEveryReport(@TempDir Path work) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = ScannerBatchApplication.run(new String[] {"demo", "--work", work.toString(), "--quiet"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
        Path folder = Path.of(lines[lines.length - 1].trim());
        assertThat(folder.resolve("report.json")).exists();
        assertThat(folder.resolve("report.html")).exists();
        assertThat(folder.resolve("report.xlsx")).exists();
        assertThat(folder.resolve("manifest.json")).exists();
        JsonNode report = new ObjectMapper().readTree(folder.resolve("report.json").toFile());
        assertThat(report.path("coverage")).allSatisfy(c -> assertThat(c.path("status").asText()).isEqualTo("SCANNED"));
        JsonNode ssn = field(report, "PUBLIC.STG_CUSTOMERS", "SSN");
        assertThat(ssn.path("rows_scanned").asLong()).isEqualTo(200);
        assertThat(ssn.path("entities").path("US_SSN").path("rows").asLong()).isEqualTo(200);
        assertThat(field(report, "events.jsonl", "user.email").path("entities").path("EMAIL").path("distinct").asLong())
                .isEqualTo(50);
        assertThat(report.path("jurisdictions").toString()).contains("US-CA", "DE");
        // the emulated Salesforce org is part of the demo: its counts are the generator's ground truth
        var org = io.piiscanner.testdata.salesforce.OrgGenerator.generate(42, io.piiscanner.testdata.salesforce.OrgGenerator.Size.tiny());
        assertThat(field(report, "Contact", "Email").path("entities").path("EMAIL").path("rows").asLong())
                .isEqualTo(org.table("Contact").size() - org.truth().deletedRecords());
        assertThat(field(report, "Legacy_Import__c", "Legacy_Ref__c").path("entities").path("US_SSN").path("rows").asLong())
                .isEqualTo(20);
        assertThat(report.path("sections").toString()).contains("salesforce.field_access", "salesforce.api_calls");
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertThat(manifest.path("files").path("report.json").path("sha256").asText()).hasSize(64);
        assertThat(Files.readString(folder.resolve("report.html"))).contains("<svg").doesNotContain("src=\"http", "href=\"http", "<script", "<link");
    }

    private static JsonNode field(JsonNode report, String container, String field) {
        for (JsonNode f : report.path("fields")) {
            if (f.path("container").asText().equals(container) && f.path("field").asText().equals(field)) {
                return f;
            }
        }
        throw new AssertionError("no field " + container + "." + field);
    }
}

package io.piiscanner.batch.legal;

import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.batch.jdbc.StagingDb;
import io.piiscanner.batch.support.ScanHarness;
import io.piiscanner.testdata.breach.BreachScenario;
import io.piiscanner.testdata.breach.BreachScenario.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exposure-scan job on a seeded synthetic incident (staging tables in H2 and a folder of temp files) reports,
 * per jurisdiction and per law, exactly the records, distinct people and notifiable people the generator's
 * ground truth says: people are linked across the tables and files by their e-mail, a file row without an
 * address takes the residence its person states elsewhere, masked and test card numbers count for nothing,
 * and deadlines run from the declared awareness time.
 *
 * <p>The emulated Salesforce org is a third channel of the same scenario ({@link BreachScenario#salesforce()},
 * Contact records): once the Salesforce source exists, load those records into the emulator, add the source
 * and compare with {@code scenario.truth(EnumSet.allOf(Channel.class))}; nothing else changes.
 */
class BreachGroundTruthTest {

    private static final Instant AWARE = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    void perJurisdictionCountsEqualTheGeneratorsGroundTruth(@TempDir Path tmp) throws Exception {
        BreachScenario scenario = BreachScenario.generate(20261126L, 160);
        String schema = StagingDb.H2.newSchema();
        Path temp = Files.createDirectories(tmp.resolve("temp"));
        try (Connection admin = StagingDb.H2.admin(schema)) {
            scenario.writeTables(admin, schema);
            scenario.writeFiles(temp);
            SourceSpec staging = StagingDb.H2.source(schema);
            var settings = ScanHarness.settings(tmp, List.of(staging, new SourceSpec("temp", "dir:" + temp, null, null)))
                    .withAwareAt(AWARE);
            ScanHarness.Report report = ScanHarness.run(settings, StagingDb.H2.env());
            JsonNode bn = report.json().path("breach_notification");
            BreachScenario.Truth truth = scenario.truth(EnumSet.of(Channel.STAGING, Channel.FILES));

            assertThat(report.json().path("coverage")).allSatisfy(c -> assertThat(c.path("status").asText()).isEqualTo("SCANNED"));
            assertThat(bn.path("aware_at").asText()).isEqualTo("2026-11-26T09:00:00Z");
            assertThat(bn.path("aware_at_declared").asBoolean()).isTrue();
            assertThat(bn.path("totals").path("records_with_personal_data").asLong()).isEqualTo(truth.records());
            assertThat(bn.path("totals").path("distinct_subjects").asLong()).isEqualTo(truth.distinctSubjects());

            assertThat(byCode(bn.path("jurisdictions"), "code", "records")).as("records per jurisdiction")
                    .containsExactlyEntriesOf(truth.recordsByJurisdiction());
            assertThat(byCode(bn.path("jurisdictions"), "code", "distinct_subjects")).as("distinct people per jurisdiction")
                    .containsExactlyEntriesOf(truth.subjectsByJurisdiction());
            Map<String, Long> notifiablePeople = byCode(bn.path("jurisdictions"), "code", "notifiable_subjects");
            notifiablePeople.values().removeIf(v -> v == 0);
            assertThat(notifiablePeople).as("notifiable people per jurisdiction")
                    .containsExactlyEntriesOf(truth.notifiableSubjectsByJurisdiction());

            Map<String, Long> ruleRecords = byCode(bn.path("obligations"), "rule", "notifiable_records");
            Map<String, Long> ruleSubjects = byCode(bn.path("obligations"), "rule", "notifiable_subjects");
            ruleRecords.values().removeIf(v -> v == 0);
            ruleSubjects.values().removeIf(v -> v == 0);
            assertThat(ruleRecords).as("notifiable records per law").containsExactlyEntriesOf(truth.notifiableRecordsByRule());
            assertThat(ruleSubjects).as("notifiable people per law").containsExactlyEntriesOf(truth.notifiableSubjectsByRule());

            // the scenario exercises what it should: several jurisdictions, inherited residence, US-without-state
            assertThat(truth.recordsByJurisdiction()).containsKeys("US-CA", "US-NY", "US-TX", "US-CO", "DE", "FR", "GB", "BR", "US", "UNKNOWN");
            assertThat(bn.path("totals").path("records_with_inherited_jurisdiction").asLong()).isPositive();
            assertThat(truth.distinctSubjects()).isLessThan(truth.records());

            // deadlines from the declared awareness time
            assertThat(dueAt(bn, "EU", "regulator")).isEqualTo("2026-11-29T09:00:00Z");
            assertThat(dueAt(bn, "US-CA", "individuals")).isEqualTo("2026-12-26T09:00:00Z");
            assertThat(dueAt(bn, "US-TX", "individuals")).isEqualTo("2027-01-25T09:00:00Z");
            // the same figures for people: the legal summary page and the workbook's sheets
            String page = Files.readString(report.folder().resolve("legal-summary.html"));
            assertThat(page).contains("Not legal advice", "Thursday 26 November 2026", "California, United States",
                    "GDPR", "Colorado breach notification law", "Saturday 26 December 2026").doesNotContain("<script", "src=\"http");
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(report.folder().resolve("report.xlsx")))) {
                assertThat(wb.getSheet("Legal summary")).isNotNull();
                var byJurisdiction = wb.getSheet("By jurisdiction");
                boolean caIndividuals = false;
                for (var row : byJurisdiction) {
                    if (row.getCell(0) != null && row.getCell(0).toString().equals("US-CA") && row.getCell(9) != null
                            && row.getCell(9).toString().equals("Notify the people affected")) {
                        caIndividuals = row.getCell(13).toString().equals("2026-12-26T09:00:00Z")
                                && row.getCell(2).getNumericCellValue() == truth.subjectsByJurisdiction().get("US-CA");
                    }
                }
                assertThat(caIndividuals).as("By jurisdiction: US-CA people and the individual deadline").isTrue();
            }
        } finally {
            StagingDb.H2.drop(schema);
        }
    }

    private static Map<String, Long> byCode(JsonNode array, String key, String value) {
        Map<String, Long> out = new TreeMap<>();
        array.forEach(n -> out.put(n.path(key).asText(), n.path(value).asLong()));
        return out;
    }

    private static String dueAt(JsonNode bn, String rule, String group) {
        for (JsonNode o : bn.path("obligations")) {
            if (o.path("rule").asText().equals(rule)) {
                for (JsonNode n : o.path("notices")) {
                    if (n.path("group").asText().equals(group)) {
                        return n.path("deadline").path("due_at").asText();
                    }
                }
            }
        }
        throw new AssertionError("no " + group + " notice for " + rule);
    }
}

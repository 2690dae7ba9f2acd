package io.piiscanner.batch.legal;

import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.batch.jdbc.StagingDb;
import io.piiscanner.batch.support.ScanHarness;
import io.piiscanner.testdata.breach.BreachScenario;
import io.piiscanner.testdata.breach.BreachScenario.Channel;
import io.piiscanner.testdata.salesforce.OrgGenerator;
import io.piiscanner.testdata.salesforce.SalesforceEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exposure-scan job on a seeded synthetic incident - staging tables in H2, a folder of temp files and an
 * emulated Salesforce org holding the scenario's Contact records, scanned in one run - reports, per jurisdiction
 * and per law, exactly the records, distinct people and notifiable people the generator's ground truth for all
 * three channels says: people are linked across the org, the tables and the files by their e-mail (a person in
 * Salesforce and in a table or file counts once), a row without an address takes the residence its person states
 * elsewhere (in Salesforce too), masked and test card numbers count for nothing, and deadlines run from the
 * declared awareness time.
 */
class BreachGroundTruthTest {

    private static final Instant AWARE = Instant.parse("2026-11-26T09:00:00Z");

    @Test
    void perJurisdictionCountsEqualTheGeneratorsGroundTruth(@TempDir Path tmp) throws Exception {
        BreachScenario scenario = BreachScenario.generate(20261126L, 160);
        String schema = StagingDb.H2.newSchema();
        Path temp = Files.createDirectories(tmp.resolve("temp"));
        List<Map<String, String>> contacts = scenario.salesforce().get("Contact");
        try (Connection admin = StagingDb.H2.admin(schema);
             SalesforceEmulator org = SalesforceEmulator.start(OrgGenerator.withRecords(20261126L, scenario.salesforce()))) {
            scenario.writeTables(admin, schema);
            scenario.writeFiles(temp);
            SourceSpec staging = StagingDb.H2.source(schema);
            // the org holds nothing but the scenario's Contacts: reading only that object keeps the run short
            SourceSpec salesforce = new SourceSpec("sf", "salesforce:" + org.baseUrl(), null, null,
                    Map.of("objects", "Contact", "backoff_ms", "20", "read_timeout_ms", "10000"));
            var settings = ScanHarness.settings(tmp, List.of(staging, new SourceSpec("temp", "dir:" + temp, null, null), salesforce))
                    .withAwareAt(AWARE);
            // credentials through the environment map, as the scanner reads them (never a command line)
            Map<String, String> env = new TreeMap<>(StagingDb.H2.env());
            env.putAll(Map.of("SCANNER_SF_USER", org.login().username(), "SCANNER_SF_PASSWORD", org.login().password(),
                    "SCANNER_SF_TOKEN", org.login().securityToken()));
            ScanHarness.Report report = ScanHarness.run(settings, env);
            JsonNode bn = report.json().path("breach_notification");
            BreachScenario.Truth truth = scenario.truth(EnumSet.allOf(Channel.class));

            assertThat(report.json().path("coverage")).allSatisfy(c -> assertThat(c.path("status").asText()).isEqualTo("SCANNED"));
            // one run read all three channels, the org's every Contact included
            assertThat(report.json().path("coverage")).extracting(c -> c.path("source").asText()).contains("h2", "temp", "sf");
            assertThat(report.coverage("Contact").path("rows_scanned").asLong()).isEqualTo(contacts.size());
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

            // every person in Salesforce is also in a staging table or temp file and counts once: the org adds
            // records and stated residences, not people
            Set<Integer> inOrg = new HashSet<>();
            Set<Integer> elsewhere = new HashSet<>();
            scenario.records().forEach(r -> (r.channel() == Channel.SALESFORCE ? inOrg : elsewhere).add(r.person().id()));
            assertThat(inOrg).hasSize(contacts.size()).hasSizeGreaterThan(30);
            assertThat(elsewhere).containsAll(inOrg);
            BreachScenario.Truth withoutOrg = scenario.truth(EnumSet.of(Channel.STAGING, Channel.FILES));
            assertThat(truth.records()).isEqualTo(withoutOrg.records() + contacts.size());
            assertThat(truth.distinctSubjects()).isEqualTo(withoutOrg.distinctSubjects());
            assertThat(truth.subjectsByJurisdiction().get("UNKNOWN")).isLessThan(withoutOrg.subjectsByJurisdiction().get("UNKNOWN"));

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

package io.piiscanner.batch.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.batch.support.ScanHarness;
import io.piiscanner.batch.support.ScanHarness.Report;
import io.piiscanner.testdata.salesforce.EmulatedOrg;
import io.piiscanner.testdata.salesforce.GroundTruth;
import io.piiscanner.testdata.salesforce.SalesforceEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job sweeps the emulated org through force-wsc. report.json's per-field counts equal what the generator
 * planted (records and distinct values for every object, field and entity); every object is covered in full;
 * fields that cannot hold PII are not read; the Salesforce sections say who can read each PII field, how many
 * active users hold the broad permissions, where metadata and content disagree, and how many API calls the
 * sweep cost (one per 2,000 records on the large object).
 */
class SalesforceEndToEndTest {

    @TempDir
    static Path tmp;
    static EmulatedOrg org;
    static SalesforceEmulator emulator;
    static Report report;

    @BeforeAll
    static void sweep() throws Exception {
        org = EmulatedOrgFixture.org();
        emulator = SalesforceEmulator.start(org);
        report = ScanHarness.run(EmulatedOrgFixture.settings(tmp, emulator, Map.of()), EmulatedOrgFixture.env(emulator));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void perFieldCountsEqualTheGroundTruth() {
        assertThat(EmulatedOrgFixture.differences(report, org.truth(), false)).isEmpty();
        assertThat(report.entityRows("Contact", "Email", "EMAIL"))
                .isEqualTo(org.table("Contact").size() - org.truth().deletedRecords());
        assertThat(report.entityRows("Legacy_Import__c", "Legacy_Ref__c", "US_SSN")).isEqualTo(250);
    }

    @Test
    void everyObjectIsReadInFullAndNothingElse() {
        List<String> objects = new ArrayList<>();
        for (JsonNode c : report.json().path("coverage")) {
            objects.add(c.path("container").asText());
            assertThat(c.path("status").asText()).as(c.toString()).isEqualTo("SCANNED");
            assertThat(c.path("kind").asText()).isEqualTo("SOBJECT");
            long live = org.table(c.path("container").asText()).rows().stream()
                    .filter(r -> !org.table(c.path("container").asText()).deleted(r)).count();
            assertThat(c.path("rows_scanned").asLong()).as(c.path("container").asText()).isEqualTo(live);
        }
        // the default PII objects the org has, plus its custom object; not the setup objects
        assertThat(objects).containsExactlyInAnyOrder("Contact", "Lead", "Account", "User", "Case", "CaseComment",
                "EmailMessage", "Task", "Order", "Legacy_Import__c");
        Set<String> fields = new HashSet<>(report.fieldNames());
        assertThat(fields).contains("Contact.Email", "Contact.MailingStreet", "Contact.Birthdate", "Contact.National_Id__c",
                "Legacy_Import__c.Notes2__c");
        // ids, lookups, booleans, numbers, time stamps, picklists, the compound itself and base64 blobs are not read
        assertThat(fields).doesNotContain("Contact.Id", "Contact.AccountId", "Contact.HasOptedOutOfEmail",
                "Contact.Loyalty_Score__c", "Contact.SystemModstamp", "Contact.Salutation", "Contact.MailingAddress",
                "Contact.Photo__c", "Lead.AnnualRevenue");
    }

    @Test
    void reportSaysWhoCanReadEachPiiField() {
        JsonNode access = EmulatedOrgFixture.section(report, "salesforce.field_access");
        int checked = 0;
        for (JsonNode row : access.path("rows")) {
            String field = row.path("object").asText() + "." + row.path("field").asText();
            Set<String> readers = new HashSet<>();
            row.path("profiles").forEach(p -> readers.add(p.asText()));
            row.path("permission_sets").forEach(p -> readers.add(p.asText()));
            assertThat(readers).as(field).isEqualTo(org.truth().readers(field));
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
        JsonNode nationalId = rowOf(access, "Contact", "National_Id__c");
        assertThat(nationalId.path("profiles")).extracting(JsonNode::asText).containsExactly("System Administrator");
        assertThat(nationalId.path("permission_sets")).extracting(JsonNode::asText).containsExactly("Integration_User");
        assertThat(nationalId.path("encrypted").asBoolean()).isTrue();
        assertThat(nationalId.path("security_classification").asText()).isEqualTo("Restricted");
        assertThat(nationalId.path("compliance_group").asText()).isEqualTo("PII;GDPR");

        Map<String, Long> privileged = new java.util.TreeMap<>();
        EmulatedOrgFixture.section(report, "salesforce.privileged_users").path("rows")
                .forEach(r -> privileged.put(r.path("permission").asText(), r.path("active_users").asLong()));
        assertThat(privileged).isEqualTo(new java.util.TreeMap<>(org.truth().privilegedUsers()));
    }

    @Test
    void fieldsWhoseMetadataAndContentDisagreeAreReported() {
        JsonNode mismatch = EmulatedOrgFixture.section(report, "salesforce.metadata_mismatch");
        assertThat(rowOf(mismatch, "Legacy_Import__c", "Legacy_Ref__c").path("finding").asText())
                .contains("holds US_SSN in 100%");
        assertThat(rowOf(mismatch, "Legacy_Import__c", "Customer_Email__c").path("finding").asText())
                .contains("typed email, but none of its 250 non-empty values is an e-mail address");
        assertThat(rowOf(mismatch, "Legacy_Import__c", "Notes2__c").path("finding").asText()).contains("CREDIT_CARD");
        List<String> flagged = new ArrayList<>();
        mismatch.path("rows").forEach(r -> flagged.add(r.path("object").asText() + "." + r.path("field").asText()));
        assertThat(flagged).doesNotContain("Contact.Email", "Contact.Phone", "Lead.Email");
    }

    @Test
    void apiCallsAreCountedAndTheLargeObjectCostsOneCallPer2000Records() {
        long total = EmulatedOrgFixture.apiCalls(report);
        assertThat(total).isEqualTo(emulator.totalCalls());
        // Contact: 2,500 live rows, batch 2,000: one query and one queryMore
        assertThat(emulator.calls().get("queryMore")).isLessThanOrEqualTo(2);
        assertThat(report.json().path("totals").path("rows_scanned").asLong()).isGreaterThan(4_000);
    }

    static JsonNode rowOf(JsonNode section, String object, String field) {
        for (JsonNode r : section.path("rows")) {
            if (r.path("object").asText().equals(object) && r.path("field").asText().equals(field)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + object + "." + field + " in " + section.path("id").asText());
    }
}

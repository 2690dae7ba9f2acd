package io.piiscanner.batch.source.salesforce;

import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.ProfileLoader;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.batch.report.ReportModel;
import io.piiscanner.batch.source.KeyRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a Salesforce source is configured, authenticated and split, without a server. */
class SalesforceSettingsTest {

    @Test
    void profileSalesforceBlockBecomesSourceOptions(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("scan.yaml");
        Files.writeString(profile, """
                name: crm-nightly
                sources:
                  - id: sf-prod
                    uri: "salesforce:https://login.salesforce.com"
                    salesforce:
                      objects: [Contact, Lead, Legacy_Import__c]
                      exclude_objects: [Task]
                      query_all: true
                      bulk_above: 500000
                """);
        ScanSettings s = ProfileLoader.load(profile);
        SourceSpec spec = s.sources().get(0);
        assertThat(spec.isSalesforce()).isTrue();
        SalesforceOptions o = SalesforceOptions.of(spec, Credentials.none());
        assertThat(o.loginUrl()).isEqualTo("https://login.salesforce.com/services/Soap/u/64.0");
        assertThat(o.objects()).containsExactly("Contact", "Lead", "Legacy_Import__c");
        assertThat(o.excludeObjects()).containsExactly("Task");
        assertThat(o.queryAll()).isTrue();
        assertThat(o.bulkAbove()).isEqualTo(500_000);
        assertThat(o.batchSize()).isEqualTo(2000);
    }

    @Test
    void defaultObjectsAreTheIssuesListAndEveryContactPointObject() {
        // the standard objects that commonly hold PII, by name (Account covers Person Accounts)
        for (String o : List.of("Contact", "Lead", "Account", "User", "Case", "CaseComment", "EmailMessage", "Task",
                "Event", "Order", "Individual", "Opportunity", "Note", "opportunity")) {
            assertThat(SalesforceOptions.isDefaultObject(o)).as(o).isTrue();
        }
        // ContactPoint* by prefix, including objects no list names
        for (String o : List.of("ContactPointEmail", "ContactPointPhone", "ContactPointAddress", "ContactPointConsent",
                "ContactPointTypeConsent", "ContactPointSocialHandle")) {
            assertThat(SalesforceOptions.isDefaultObject(o)).as(o).isTrue();
        }
        // not the objects that only shadow one (sharing, history, feed, change events), nor others
        for (String o : List.of("ContactPointEmailHistory", "ContactPointTypeConsentShare", "ContactPointAddressChangeEvent",
                "ContactPointPhoneFeed", "ContactPoint__c", "Contact_Point__c", "ContactHistory", "Campaign", "PermissionSet",
                "OpportunityLineItem", "NoteAndAttachment")) {
            assertThat(SalesforceOptions.isDefaultObject(o)).as(o).isFalse();
        }
    }

    @Test
    void plainSourceDefaultsAndRefusesCredentialsInTheUri() {
        SourceSpec spec = SourceSpec.parse("salesforce:");
        assertThat(spec.id()).isEqualTo("salesforce");
        assertThat(SalesforceOptions.of(spec, Credentials.none()).loginUrl())
                .isEqualTo("https://login.salesforce.com/services/Soap/u/64.0");
        assertThatThrownBy(() -> SourceSpec.parse("salesforce:https://user:secret@login.salesforce.com"))
                .hasMessageContaining("carries no user name, password or token").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> SalesforceOptions.of(SourceSpec.parse("salesforce:ftp://x"), Credentials.none()))
                .hasMessageContaining("must start with https://");
    }

    @Test
    void credentialsComeFromTheEnvironmentOrFileOnlyAndAreNeverPrinted() {
        Credentials env = new Credentials(Map.of("SCANNER_SF_PROD_USER", "u@example.org", "SCANNER_SF_PROD_PASSWORD", "pw-123456",
                "SCANNER_SF_PROD_TOKEN", "tok-abcdef", "SCANNER_DB_PASSWORD", "db-password"), new Properties());
        SalesforceAuth a = SalesforceAuth.of("sf-prod", env);
        assertThat(a.fixedSession()).isFalse();
        assertThat(a.password + a.token).isEqualTo("pw-123456tok-abcdef");
        assertThat(a.toString()).doesNotContain("pw-123456", "tok-abcdef");

        Properties file = new Properties();
        file.setProperty("sf-prod.session_id", "00D000000000001!AQsecretsecretsecret");
        file.setProperty("sf-prod.instance_url", "https://acme.my.salesforce.com");
        SalesforceAuth s = SalesforceAuth.of("sf-prod", new Credentials(Map.of(), file));
        assertThat(s.fixedSession()).isTrue();

        // a database password is never sent to Salesforce
        assertThatThrownBy(() -> SalesforceAuth.of("sf-prod", new Credentials(Map.of("SCANNER_DB_USER", "x",
                "SCANNER_DB_PASSWORD", "db-password"), new Properties())))
                .hasMessageContaining("SCANNER_SF_PROD_USER").hasMessageContaining("SCANNER_SF_PROD_SESSION_ID")
                .hasMessageNotContaining("db-password");
    }

    @Test
    void idRangesSplitTheIdSpaceInOrder() {
        String first = SalesforceIds.to18("0035g0000001000");
        String last = SalesforceIds.to18("0035g000000zzzz");
        List<String> b = SalesforceIds.boundaries(first, last, 4);
        assertThat(b).hasSize(3).isSorted();
        assertThat(b).allSatisfy(id -> assertThat(id).hasSize(18).startsWith("0035g"));
        BigInteger lo = SalesforceIds.value(first);
        BigInteger hi = SalesforceIds.value(last);
        assertThat(SalesforceIds.value(b.get(0))).isGreaterThan(lo).isLessThan(SalesforceIds.value(b.get(1)));
        assertThat(SalesforceIds.value(b.get(2))).isLessThan(hi);
        assertThat(SalesforceIds.to18("001M000000qfPyS")).isEqualTo("001M000000qfPySIAU");
        KeyRange r = KeyRange.ofKeys(b.get(0), b.get(1));
        assertThat(SObjectCursor.soql(new ObjectPlan("Contact", "Contact", false, 10, false, false,
                        List.of(field("Email", "email")), List.of(), "2025-01-01T00:00:00Z"), r, "0035g0000002000AAA", 500L))
                .isEqualTo("SELECT Id, Email FROM Contact WHERE Id >= '" + b.get(0) + "' AND Id < '" + b.get(1)
                        + "' AND Id > '0035g0000002000AAA' AND SystemModstamp > 2025-01-01T00:00:00Z ORDER BY Id LIMIT 500");
    }

    @Test
    void metadataAndContentDisagreementIsExplained() {
        ObjectPlan.FieldPlan legacy = field("Legacy_Ref__c", "string");
        ReportModel.FieldRow full = new ReportModel.FieldRow("sf", "Legacy_Import__c", "Legacy_Ref__c", 10, 10, 10,
                Map.of("US_SSN", new ReportModel.EntityStats(10, 10, 10, 0.65)), "holds US_SSN", null);
        assertThat(SalesforceReportContributor.mismatches(legacy, full)).singleElement().asString()
                .contains("named 'Legacy_Ref__c'").contains("holds US_SSN in 100%");
        ObjectPlan.FieldPlan email = field("Customer_Email__c", "email");
        ReportModel.FieldRow none = new ReportModel.FieldRow("sf", "X", "Customer_Email__c", 4, 4, 0, Map.of(), "no PII found", null);
        assertThat(SalesforceReportContributor.mismatches(email, none)).singleElement().asString()
                .contains("typed email, but none of its 4 non-empty values is an e-mail address");
        ReportModel.FieldRow agrees = new ReportModel.FieldRow("sf", "Contact", "Email", 4, 4, 4,
                Map.of("EMAIL", new ReportModel.EntityStats(4, 4, 4, 0.9)), "holds EMAIL", null);
        assertThat(SalesforceReportContributor.mismatches(field("Email", "email"), agrees)).isEmpty();
    }

    static ObjectPlan.FieldPlan field(String name, String type) {
        return new ObjectPlan.FieldPlan(name, name.replace("__c", "").replace('_', ' '), type, 80, name.endsWith("__c"),
                false, false, false, null, null, null, null);
    }
}

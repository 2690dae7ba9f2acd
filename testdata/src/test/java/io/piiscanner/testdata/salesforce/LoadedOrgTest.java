package io.piiscanner.testdata.salesforce;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.ConnectorConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link OrgGenerator#withRecords} builds an org holding exactly the records given (the breach scenario's Contacts,
 * for instance): force-wsc reads them back in the order given, with Ids, and nothing else of the org holds data.
 */
class LoadedOrgTest {

    private static final Map<String, List<Map<String, String>>> RECORDS = Map.of(
            "Contact", List.of(
                    Map.of("FirstName", "Ada", "LastName", "Byron", "Email", "ada.byron.101@example.com",
                            "MailingCountry", "United Kingdom", "MailingPostalCode", "SW1A 1AA"),
                    Map.of("FirstName", "Jonas", "LastName", "Weber", "Email", "jonas.weber.202@example.com",
                            "Phone", "030 1234567", "MailingCountry", "Deutschland"),
                    Map.of("LastName", "Gone", "Email", "gone@example.com", "IsDeleted", "true")),
            "Lead", List.of(Map.of("LastName", "Lopes", "Company", "Acme", "Email", "ana.lopes@example.com")));

    @Test
    void theOrgHoldsTheGivenRecordsAndNothingElse() throws Exception {
        EmulatedOrg org = OrgGenerator.withRecords(5, RECORDS);
        assertThat(org.table("Contact").size()).isEqualTo(3);
        assertThat(org.table("Lead").size()).isEqualTo(1);
        for (String empty : List.of("Account", "User", "Case", "CaseComment", "EmailMessage", "Task", "Order", "Legacy_Import__c")) {
            assertThat(org.table(empty).size()).as(empty).isZero();
        }
        assertThat(org.truth().keys()).isEmpty();
        assertThat(org.truth().deletedRecords()).isEqualTo(1);
        assertThat(org.table("FieldPermissions").size()).isPositive();
        assertThat(rows(OrgGenerator.withRecords(5, RECORDS), "Contact")).isEqualTo(rows(org, "Contact"));

        try (SalesforceEmulator e = SalesforceEmulator.start(org)) {
            ConnectorConfig c = new ConnectorConfig();
            c.setUsername(e.login().username());
            c.setPassword(e.login().password() + e.login().securityToken());
            c.setAuthEndpoint(e.loginUrl());
            c.setReadTimeout(10_000);
            PartnerConnection p = new PartnerConnection(c);
            QueryResult r = p.query("SELECT Id, FirstName, LastName, Email, Phone, MailingCountry FROM Contact ORDER BY Id");
            List<String> emails = new ArrayList<>();
            for (SObject s : r.getRecords()) {
                assertThat(s.getId()).startsWith("003").hasSize(18);
                emails.add((String) s.getField("Email"));
            }
            assertThat(emails).containsExactly("ada.byron.101@example.com", "jonas.weber.202@example.com");
            assertThat(r.getRecords()[1].getField("Phone")).isEqualTo("030 1234567");
            assertThat(r.getRecords()[1].getField("MailingCountry")).isEqualTo("Deutschland");
            assertThat(p.queryAll("SELECT Id FROM Contact").getSize()).isEqualTo(3);
            assertThat(p.query("SELECT COUNT() FROM User").getSize()).isZero();
        }
    }

    private static List<List<String>> rows(EmulatedOrg org, String object) {
        return org.table(object).rows().stream().map(Arrays::asList).toList();
    }

    @Test
    void unknownObjectsFieldsAndGivenIdsAreRefused() {
        assertThatThrownBy(() -> OrgGenerator.withRecords(5, Map.of("Campaign", List.of(Map.of("Name", "x")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Campaign");
        assertThatThrownBy(() -> OrgGenerator.withRecords(5, Map.of("Contact", List.of(Map.of("Shoe_Size__c", "44")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Shoe_Size__c");
        assertThatThrownBy(() -> OrgGenerator.withRecords(5, Map.of("Contact", List.of(Map.of("Id", "003000000000001AAA")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Id");
        assertThatThrownBy(() -> OrgGenerator.withRecords(5, Map.of("PermissionSet", List.of(Map.of("Name", "x")))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

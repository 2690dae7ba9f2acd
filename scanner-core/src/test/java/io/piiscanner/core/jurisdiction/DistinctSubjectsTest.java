package io.piiscanner.core.jurisdiction;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counting people across sources: strong identifiers link records (union-find on keyed fingerprints); a record
 * that shows no residence takes its person's; lists of several people are not merged into one person.
 */
class DistinctSubjectsTest {

    private static final Instant AWARE = Instant.parse("2026-11-26T09:00:00Z");
    private static final NotificationAssessor ASSESSOR = new NotificationAssessor(J.PACK);

    private static void add(ExposureAggregator agg, J.Rec r, String source) {
        agg.add(ASSESSOR.assess(r.record(source, "r" + System.identityHashCode(r)), r.findings));
    }

    @Test
    void aTempFileRowWithoutAddressTakesTheResidenceOfTheLinkedCrmContact() {
        ExposureAggregator agg = new ExposureAggregator(J.PACK);
        add(agg, J.rec().field("MailingState", "CA").field("FirstName", "Jane").field("LastName", "Roe")
                .pii("Email", "jane.roe@example.org", "EMAIL"), "salesforce");
        // the export has the e-mail and an SSN, no name, no address: on its own "US, state unknown"
        J.Rec export = J.rec().pii("email", "jane.roe@example.org", "EMAIL").pii("ssn", "536-22-1234", "US_SSN");
        assertThat(ASSESSOR.assess(export.record(), export.findings).jurisdiction().code()).isEqualTo("US");
        add(agg, export, "files");

        ExposureReport rep = agg.report(AWARE);
        assertThat(rep.distinctSubjects()).isEqualTo(1);
        assertThat(rep.inheritedRecords()).isEqualTo(1);
        assertThat(rep.jurisdiction("US")).isEmpty();
        JurisdictionExposure ca = rep.jurisdiction("US-CA").orElseThrow();
        assertThat(ca.records()).isEqualTo(2);
        assertThat(ca.distinctSubjects()).isEqualTo(1);
        assertThat(ca.inheritedRecords()).isEqualTo(1);
        assertThat(ca.name()).isEqualTo("California, United States");
        // the SSN without a name is not notifiable in California, and nothing else is: the person is not notifiable
        assertThat(ca.notifiableSubjects()).isZero();
        assertThat(rep.obligation("US-CA")).isEmpty();
    }

    @Test
    void inheritedResidenceMakesStandaloneCredentialsNotifiable() {
        ExposureAggregator agg = new ExposureAggregator(J.PACK);
        add(agg, J.rec().field("Country", "US").field("State", "Colorado").pii("Email", "sam@example.org", "EMAIL"), "crm");
        add(agg, J.rec().pii("login", "sam@example.org", "EMAIL").field("password", "hunter2!x"), "dump");
        ExposureReport rep = agg.report(AWARE);
        ObligationStatus co = rep.obligation("US-CO").orElseThrow();
        assertThat(co.notifiableRecords()).isEqualTo(1);
        assertThat(co.notifiableSubjects()).isEqualTo(1);
        assertThat(co.triggering()).containsOnlyKeys("EMAIL_WITH_PASSWORD");
        assertThat(rep.jurisdiction(JurisdictionResult.UNKNOWN)).isEmpty();
    }

    @Test
    void aPhoneNumberAloneYieldsToTheResidenceTheSamePersonStatesElsewhere() {
        ExposureAggregator agg = new ExposureAggregator(J.PACK);
        add(agg, J.rec().field("Country", "Germany").pii("Email", "max@example.org", "EMAIL").pii("Mobile", "+1 415 555 0143", "PHONE"), "crm");
        // an order note with the same (Californian) mobile number: on its own a low-confidence California record
        J.Rec order = J.rec().pii("Notes", "+1 415 555 0143", "PHONE");
        JurisdictionResult own = ASSESSOR.assess(order.record(), order.findings).jurisdiction();
        assertThat(own.code()).isEqualTo("US-CA");
        assertThat(own.confidence()).isLessThan(ExposureAggregator.LOW_CONFIDENCE);
        add(agg, order, "staging");
        ExposureReport rep = agg.report(AWARE);
        assertThat(rep.jurisdiction("US-CA")).isEmpty();
        JurisdictionExposure de = rep.jurisdiction("DE").orElseThrow();
        assertThat(de.records()).isEqualTo(2);
        assertThat(de.inheritedRecords()).isEqualTo(1);
        assertThat(de.lowConfidenceRecords()).isZero();
        assertThat(rep.distinctSubjects()).isEqualTo(1);
    }

    @Test
    void nothingIsInheritedWhenThePersonsOtherRecordsDisagree() {
        ExposureAggregator agg = new ExposureAggregator(J.PACK);
        add(agg, J.rec().field("MailingState", "CA").pii("Email", "moved@example.org", "EMAIL"), "crm");
        add(agg, J.rec().field("MailingState", "NY").pii("Email", "moved@example.org", "EMAIL"), "billing");
        add(agg, J.rec().pii("email", "moved@example.org", "EMAIL").pii("ssn", "536-22-1234", "US_SSN"), "files");
        ExposureReport rep = agg.report(AWARE);
        assertThat(rep.distinctSubjects()).isEqualTo(1);
        assertThat(rep.inheritedRecords()).isZero();
        assertThat(rep.jurisdiction("US").orElseThrow().records()).isEqualTo(1);
        // the one person appears under both states her records name
        assertThat(rep.jurisdiction("US-CA").orElseThrow().distinctSubjects()).isEqualTo(1);
        assertThat(rep.jurisdiction("US-NY").orElseThrow().distinctSubjects()).isEqualTo(1);
    }

    @Test
    void aUsOnlyRecordDoesNotTakeAForeignResidence() {
        ExposureAggregator agg = new ExposureAggregator(J.PACK);
        add(agg, J.rec().field("Country", "Germany").pii("Email", "max@example.org", "EMAIL"), "crm");
        add(agg, J.rec().pii("email", "max@example.org", "EMAIL").pii("ssn", "536-22-1234", "US_SSN"), "files");
        ExposureReport rep = agg.report(AWARE);
        assertThat(rep.inheritedRecords()).isZero();
        assertThat(rep.jurisdiction("US").orElseThrow().records()).isEqualTo(1);
        assertThat(rep.jurisdiction("DE").orElseThrow().records()).isEqualTo(1);
    }

    @Test
    void aNoteListingSeveralPeopleDoesNotMergeThem() {
        ExposureAggregator agg = new ExposureAggregator(J.PACK);
        for (String who : List.of("a", "b", "c")) {
            add(agg, J.rec().field("Country", "FR").pii("Email", who + "@example.org", "EMAIL"), "crm");
        }
        J.Rec note = J.rec().field("Country", "FR");
        for (String who : List.of("a", "b", "c")) {
            note.pii("Notes" + who, who + "@example.org", "EMAIL");
        }
        add(agg, note, "files");
        ExposureReport rep = agg.report(AWARE);
        assertThat(rep.records()).isEqualTo(4);
        assertThat(rep.distinctSubjects()).isEqualTo(3);
        assertThat(rep.severalPeopleRecords()).isEqualTo(1);
        assertThat(rep.obligation("EU").orElseThrow().notifiableSubjects()).isEqualTo(3);
        // two e-mails of one person (work and private) still link
        ExposureAggregator two = new ExposureAggregator(J.PACK);
        add(two, J.rec().field("Country", "FR").pii("Work", "x@corp.example", "EMAIL").pii("Home", "x@home.example", "EMAIL"), "crm");
        add(two, J.rec().field("Country", "FR").pii("Email", "x@home.example", "EMAIL"), "files");
        add(two, J.rec().field("Country", "FR").pii("Email", "x@corp.example", "EMAIL"), "files");
        assertThat(two.report(AWARE).distinctSubjects()).isEqualTo(1);
    }

    @Test
    void recordsWithoutAStrongIdentifierCountOnceEach() {
        ExposureAggregator agg = new ExposureAggregator(J.PACK);
        add(agg, J.rec().field("Country", "GB").field("FirstName", "Ann").field("LastName", "Lee"), "crm");
        add(agg, J.rec().field("Country", "GB").field("FirstName", "Ann").field("LastName", "Lee"), "files");
        ExposureReport rep = agg.report(AWARE);
        assertThat(rep.distinctSubjects()).isEqualTo(2);
        assertThat(rep.recordsWithoutStrongIdentifier()).isEqualTo(2);
    }

    @Test
    void chainsOfIdentifiersLinkHundredsOfThousandsOfRecordsExactly() {
        // person p: record 1 holds e-mail p, record 2 holds e-mail p + phone p, record 3 holds phone p
        ExposureAggregator agg = new ExposureAggregator(J.PACK);
        int people = 40_000;
        Map<String, Boolean> elements = Map.of("EMAIL", false, "PHONE", false, "ANY_PERSONAL_DATA", false);
        for (int p = 0; p < people; p++) {
            agg.add("DE", JurisdictionResult.Status.RESOLVED, List.of(), 0.95, elements, Set.of("EMAIL:e" + p));
            agg.add(JurisdictionResult.UNKNOWN, JurisdictionResult.Status.NO_SIGNALS, List.of(), 0, elements, Set.of("EMAIL:e" + p, "PHONE:t" + p));
            agg.add(JurisdictionResult.UNKNOWN, JurisdictionResult.Status.NO_SIGNALS, List.of(), 0, elements, Set.of("PHONE:t" + p));
        }
        ExposureReport rep = agg.report(AWARE);
        assertThat(rep.records()).isEqualTo(3L * people);
        assertThat(rep.distinctSubjects()).isEqualTo(people);
        assertThat(rep.inheritedRecords()).isEqualTo(2L * people);
        assertThat(rep.jurisdiction("DE").orElseThrow().records()).isEqualTo(3L * people);
        assertThat(rep.obligation("EU").orElseThrow().notifiableSubjects()).isEqualTo(people);
    }
}

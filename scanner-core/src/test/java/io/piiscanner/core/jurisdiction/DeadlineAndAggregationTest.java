package io.piiscanner.core.jurisdiction;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineAndAggregationTest {

    private static final Instant AWARE = Instant.parse("2026-11-26T09:00:00Z"); // a Thursday
    private static final NotificationAssessor ASSESSOR = new NotificationAssessor(J.PACK);

    private static List<ObligationStatus.NoticeStatus> notices(String rule, Instant aware, long subjects, Set<String> elements) {
        return ExposureAggregator.notices(J.PACK.rule(rule).orElseThrow(), aware, subjects, elements);
    }

    private static ObligationStatus.NoticeStatus first(List<ObligationStatus.NoticeStatus> l, String recipient) {
        return l.stream().filter(n -> n.notice().recipient().equals(recipient)).findFirst().orElseThrow();
    }

    @Test
    void gdprRegulatorDeadlineIs72HoursFromAwareness() {
        ObligationStatus.NoticeStatus sa = first(notices("EU", AWARE, 3, Set.of()), NoticeRule.REGULATOR);
        assertThat(sa.deadline().dueAt()).isEqualTo(Instant.parse("2026-11-29T09:00:00Z"));
        assertThat(sa.owed()).isTrue();
        ObligationStatus.NoticeStatus people = first(notices("EU", AWARE, 3, Set.of()), NoticeRule.INDIVIDUALS);
        assertThat(people.deadline().hasDate()).isFalse();
        assertThat(people.deadline().text()).contains("without undue delay");
    }

    @Test
    void californiaThirtyDaysFrom2026AndAgFifteenDaysAfter() {
        List<ObligationStatus.NoticeStatus> ca = notices("US-CA", AWARE, 501, Set.of());
        assertThat(first(ca, NoticeRule.INDIVIDUALS).deadline().dueAt()).isEqualTo(Instant.parse("2026-12-26T09:00:00Z"));
        ObligationStatus.NoticeStatus ag = first(ca, NoticeRule.REGULATOR);
        assertThat(ag.owed()).isTrue();
        assertThat(ag.deadline().dueAt()).isEqualTo(Instant.parse("2027-01-10T09:00:00Z"));
        assertThat(first(notices("US-CA", AWARE, 500, Set.of()), NoticeRule.REGULATOR).threshold()).isEqualTo(Threshold.Status.NOT_CROSSED);
        // before 2026: no fixed day count, and no AG clock from the 2026 amendment
        List<ObligationStatus.NoticeStatus> old = notices("US-CA", Instant.parse("2025-06-01T00:00:00Z"), 501, Set.of());
        assertThat(first(old, NoticeRule.INDIVIDUALS).deadline().hasDate()).isFalse();
        assertThat(old).noneMatch(n -> n.notice().recipient().equals(NoticeRule.REGULATOR));
    }

    @Test
    void withoutUnreasonableDelayStaysText() {
        ObligationStatus.NoticeStatus ga = first(notices("US-GA", AWARE, 10, Set.of()), NoticeRule.INDIVIDUALS);
        assertThat(ga.deadline().dueAt()).isNull();
        assertThat(ga.deadline().text()).contains("without unreasonable delay");
        assertThat(first(notices("US-GA", AWARE, 20_000, Set.of()), NoticeRule.CRA).owed()).isTrue();
        assertThat(first(notices("US-GA", AWARE, 10_000, Set.of()), NoticeRule.CRA).owed()).isFalse();
    }

    @Test
    void businessDaysSkipWeekends() {
        // Brazil: 3 business days from Thursday 26 Nov -> Tuesday 1 Dec
        assertThat(first(notices("BR", AWARE, 1, Set.of()), NoticeRule.REGULATOR).deadline().dueAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(Deadline.plusBusinessDays(Instant.parse("2026-11-27T09:00:00Z"), 1)).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
    }

    @Test
    void beforeIndividualNoticeMeansByTheIndividualDeadline() {
        // Maryland: AG BEFORE individuals, individuals within 45 days
        ObligationStatus.NoticeStatus ag = first(notices("US-MD", AWARE, 1, Set.of()), NoticeRule.REGULATOR);
        assertThat(ag.deadline().dueAt()).isEqualTo(Instant.parse("2027-01-10T09:00:00Z"));
        // Montana: simultaneous with individual notice, which has no fixed date
        assertThat(first(notices("US-MT", AWARE, 1, Set.of()), NoticeRule.REGULATOR).deadline().hasDate()).isFalse();
    }

    @Test
    void thresholdsCanBeCrossedByElements() {
        assertThat(first(notices("JP", AWARE, 10, Set.of()), NoticeRule.REGULATOR).owed()).isFalse();
        assertThat(first(notices("JP", AWARE, 10, Set.of("CARD_NUMBER_NO_CODE")), NoticeRule.REGULATOR).owed()).isTrue();
        assertThat(first(notices("JP", AWARE, 1001, Set.of()), NoticeRule.REGULATOR).owed()).isTrue();
        assertThat(first(notices("US-AK", AWARE, 5000, Set.of()), NoticeRule.REGULATOR).threshold()).isEqualTo(Threshold.Status.CONDITIONAL);
        assertThat(first(notices("US-OH", AWARE, 5000, Set.of()), NoticeRule.REGULATOR).threshold()).isEqualTo(Threshold.Status.NOT_REQUIRED);
    }

    @Test
    void aPersonSeenInSeveralSourcesCountsOnce() {
        ExposureAggregator agg = new ExposureAggregator(J.PACK);
        // Salesforce: e-mail + SSN + name, California
        J.Rec sf = J.rec().field("MailingState", "CA").pii("Name", "Jane Roe", "PERSON_NAME").pii("Email", "jane@example.org", "EMAIL")
                .pii("SSN", "536-22-1234", "US_SSN");
        agg.add(ASSESSOR.assess(sf.record("salesforce", "003A"), sf.findings));
        // staging table: same e-mail + a phone
        J.Rec st = J.rec().field("state", "CA").pii("full_name", "Jane Roe", "PERSON_NAME").pii("email", "jane@example.org", "EMAIL")
                .pii("phone", "+1 415 555 0143", "PHONE").pii("ssn", "536-22-1234", "US_SSN");
        agg.add(ASSESSOR.assess(st.record("staging", "42"), st.findings));
        // temp file: only the phone (linked through the staging row) + SSN
        J.Rec tf = J.rec().field("State", "California").pii("name", "J. Roe", "PERSON_NAME").pii("tel", "+1 415 555 0143", "PHONE")
                .pii("ssn", "536-22-1234", "US_SSN");
        agg.add(ASSESSOR.assess(tf.record("file", "line-7"), tf.findings));
        // someone else in New York
        J.Rec ny = J.rec().field("MailingState", "NY").pii("Name", "John Doe", "PERSON_NAME").pii("SSN", "219-09-9999", "US_SSN");
        agg.add(ASSESSOR.assess(ny.record("salesforce", "003B"), ny.findings));
        // a German contact, and a record without any signal nor strong identifier
        J.Rec de = J.rec().field("Country", "Deutschland").pii("Email", "max@beispiel.de", "EMAIL");
        agg.add(ASSESSOR.assess(de.record("salesforce", "003C"), de.findings));
        J.Rec unk = J.rec().pii("Name", "Some One", "PERSON_NAME");
        agg.add(ASSESSOR.assess(unk.record("file", "line-9"), unk.findings));

        ExposureReport rep = agg.report(AWARE);
        assertThat(rep.records()).isEqualTo(6);
        assertThat(rep.distinctSubjects()).isEqualTo(4);
        assertThat(rep.recordsWithoutStrongIdentifier()).isEqualTo(1);
        JurisdictionExposure ca = rep.jurisdiction("US-CA").orElseThrow();
        assertThat(ca.records()).isEqualTo(3);
        assertThat(ca.distinctSubjects()).isEqualTo(1);
        assertThat(ca.notifiableSubjects()).isEqualTo(1);
        ObligationStatus caOb = rep.obligation("US-CA").orElseThrow();
        assertThat(caOb.notifiableRecords()).isEqualTo(3);
        assertThat(caOb.notifiableSubjects()).isEqualTo(1);
        assertThat(caOb.elements()).containsKey("SSN");
        assertThat(first(caOb.notices(), NoticeRule.REGULATOR).owed()).isFalse(); // 1 person, threshold > 500
        assertThat(first(caOb.notices(), NoticeRule.INDIVIDUALS).deadline().dueAt()).isEqualTo(Instant.parse("2026-12-26T09:00:00Z"));
        assertThat(rep.obligation("US-NY").orElseThrow().notifiableSubjects()).isEqualTo(1);
        ObligationStatus eu = rep.obligation("EU").orElseThrow();
        assertThat(eu.notifiableSubjects()).isEqualTo(1);
        assertThat(first(eu.notices(), NoticeRule.REGULATOR).deadline().dueAt()).isEqualTo(Instant.parse("2026-11-29T09:00:00Z"));
        assertThat(rep.jurisdiction(JurisdictionResult.UNKNOWN).orElseThrow().records()).isEqualTo(1);

        LegalSummary summary = LegalSummary.of(rep);
        String text = summary.toText();
        assertThat(text).contains("California").contains("Saturday 26 December 2026, 09:00 UTC").contains("Jurisdiction unknown")
                .contains("72 hours").doesNotContain("536-22-1234").doesNotContain("jane@example.org");
        assertThat(summary.laws()).extracting(LegalSummary.Section::rule).contains("US-CA", "US-NY", "EU");
        assertThat(summary.uncertain()).anyMatch(l -> l.startsWith("For 1 record (1 person) the scan could not tell where the person lives"));
    }
}

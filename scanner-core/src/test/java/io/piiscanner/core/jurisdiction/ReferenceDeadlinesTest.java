package io.piiscanner.core.jurisdiction;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines and regulator thresholds of every US state, DC and territory, as the reference's tables state them
 * (breach-notification.md sections 3.1 and 3.2, copied here by hand), computed for an incident known on
 * Thursday 26 November 2026, 09:00 UTC.
 */
class ReferenceDeadlinesTest {

    private static final Instant AWARE = Instant.parse("2026-11-26T09:00:00Z");

    /** Section 3.1: fixed outer deadlines for notifying individuals, in calendar days. */
    private static final Map<Integer, List<String>> INDIVIDUAL_DAYS = Map.of(
            30, List.of("CA", "CO", "FL", "ME", "NY", "WA"),
            45, List.of("AL", "AZ", "IN", "MD", "NM", "OH", "OR", "RI", "TN", "VT", "WI"),
            60, List.of("CT", "DE", "LA", "SD", "TX"));
    private static final List<String> NO_FIXED_INDIVIDUAL_DEADLINE = List.of("AK", "AR", "DC", "GA", "HI", "ID", "IL", "IA", "KS",
            "KY", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NC", "ND", "OK", "PA", "SC", "UT", "VA", "WV", "WY", "PR", "GU", "VI");

    /** Section 3.2: the regulator (AG or agency) threshold, in residents. */
    private static final Map<Threshold, List<String>> REGULATOR = Map.of(
            Threshold.ANY, List.of("CT", "IN", "LA", "ME", "MD", "MA", "MT", "NE", "NH", "NJ", "NY", "NC", "VA", "VT", "PR"),
            new Threshold(Threshold.Kind.AT_LEAST, 50), List.of("DC"),
            new Threshold(Threshold.Kind.MORE_THAN, 250), List.of("ND", "OR", "SD"),
            new Threshold(Threshold.Kind.AT_LEAST, 250), List.of("TX"),
            new Threshold(Threshold.Kind.MORE_THAN, 500), List.of("CA", "DE", "IL", "IA", "PA", "RI", "WA"),
            new Threshold(Threshold.Kind.AT_LEAST, 500), List.of("CO", "FL", "OK", "UT"),
            new Threshold(Threshold.Kind.MORE_THAN, 1000), List.of("AL", "AZ", "AR", "HI", "MO", "NM", "SC"),
            new Threshold(Threshold.Kind.NONE, 0), List.of("GA", "ID", "KS", "KY", "MI", "MN", "MS", "NV", "OH", "TN", "WV", "WI", "WY", "GU"));

    private static List<ObligationStatus.NoticeStatus> notices(String code, long people) {
        return ExposureAggregator.notices(J.PACK.rule(code).orElseThrow(), AWARE, people, Set.of());
    }

    private static ObligationStatus.NoticeStatus first(String code, String recipient, long people) {
        return notices(code, people).stream().filter(n -> n.notice().recipient().equals(recipient)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " has no " + recipient + " notice"));
    }

    @Test
    void individualDeadlinesAreTheReferenceDayCountsFromAwareness() {
        INDIVIDUAL_DAYS.forEach((days, states) -> {
            for (String s : states) {
                Deadline d = first("US-" + s, NoticeRule.INDIVIDUALS, 1).deadline();
                assertThat(d.dueAt()).as("US-" + s).isEqualTo(AWARE.plus(java.time.Duration.ofDays(days)));
            }
        });
        for (String s : NO_FIXED_INDIVIDUAL_DEADLINE) {
            Deadline d = first("US-" + s, NoticeRule.INDIVIDUALS, 1).deadline();
            assertThat(d.hasDate()).as("US-" + s + " has no day count: " + d.text()).isFalse();
            assertThat(d.text()).as("US-" + s).isNotBlank();
        }
        assertThat(INDIVIDUAL_DAYS.values().stream().mapToInt(List::size).sum() + NO_FIXED_INDIVIDUAL_DEADLINE.size())
                .as("every US rule covered").isEqualTo(J.PACK.usRules().size());
    }

    @Test
    void regulatorThresholdsAreTheReferenceHeadcounts() {
        REGULATOR.forEach((threshold, states) -> {
            for (String s : states) {
                assertThat(first("US-" + s, NoticeRule.REGULATOR, 1).notice().threshold()).as("US-" + s).isEqualTo(threshold);
            }
        });
        assertThat(first("US-AK", NoticeRule.REGULATOR, 1).notice().threshold().kind()).isEqualTo(Threshold.Kind.CONDITIONAL);
        assertThat(first("US-VI", NoticeRule.REGULATOR, 1).notice().threshold().kind()).isEqualTo(Threshold.Kind.UNCONFIRMED);
    }

    @Test
    void thresholdsAreCountedInDistinctPeople() {
        assertThat(first("US-TX", NoticeRule.REGULATOR, 249).owed()).isFalse();
        assertThat(first("US-TX", NoticeRule.REGULATOR, 250).owed()).isTrue();
        assertThat(first("US-CA", NoticeRule.REGULATOR, 500).owed()).isFalse();
        assertThat(first("US-CA", NoticeRule.REGULATOR, 501).owed()).isTrue();
        assertThat(first("US-DC", NoticeRule.REGULATOR, 50).owed()).isTrue();
        assertThat(first("US-NY", NoticeRule.CRA, 5_000).owed()).isFalse();
        assertThat(first("US-NY", NoticeRule.CRA, 5_001).owed()).isTrue();
    }

    @Test
    void regulatorClocksTiedToTheIndividualNotice() {
        // CA: 15 days after the 30-day individual deadline; IA: 5 business days after (no individual date: none)
        assertThat(first("US-CA", NoticeRule.REGULATOR, 501).deadline().dueAt()).isEqualTo(Instant.parse("2027-01-10T09:00:00Z"));
        assertThat(first("US-IA", NoticeRule.REGULATOR, 501).deadline().hasDate()).isFalse();
        // LA: within 10 days after notifying individuals, who are due within 60 days
        assertThat(first("US-LA", NoticeRule.REGULATOR, 1).deadline().dueAt()).isEqualTo(Instant.parse("2027-02-04T09:00:00Z"));
        // CT: no later than individual notice (60 days)
        assertThat(first("US-CT", NoticeRule.REGULATOR, 1).deadline().dueAt()).isEqualTo(Instant.parse("2027-01-25T09:00:00Z"));
        // PR: DACO within 10 days of detection; VT preliminary notice within 14 business days
        assertThat(first("US-PR", NoticeRule.REGULATOR, 1).deadline().dueAt()).isEqualTo(Instant.parse("2026-12-06T09:00:00Z"));
        assertThat(first("US-VT", NoticeRule.REGULATOR, 1).deadline().dueAt()).isEqualTo(Instant.parse("2026-12-16T09:00:00Z"));
    }

    @Test
    void nonUsRegulatorClocks() {
        assertThat(first("GB", NoticeRule.REGULATOR, 1).deadline().dueAt()).isEqualTo(Instant.parse("2026-11-29T09:00:00Z"));
        assertThat(first("KR", NoticeRule.INDIVIDUALS, 1).deadline().dueAt()).isEqualTo(Instant.parse("2026-11-29T09:00:00Z"));
        assertThat(first("IN", NoticeRule.REGULATOR, 1).deadline().dueAt()).isEqualTo(Instant.parse("2026-11-29T09:00:00Z"));
        assertThat(first("SG", NoticeRule.REGULATOR, 500).deadline().dueAt()).isEqualTo(Instant.parse("2026-11-29T09:00:00Z"));
        assertThat(first("SG", NoticeRule.REGULATOR, 499).owed()).isFalse();
        for (String noDate : List.of("CH", "CA", "AU", "ZA", "JP")) {
            assertThat(first(noDate, NoticeRule.REGULATOR, 1).deadline().hasDate()).as(noDate).isFalse();
        }
    }
}

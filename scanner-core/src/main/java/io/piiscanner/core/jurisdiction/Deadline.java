package io.piiscanner.core.jurisdiction;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A computed deadline: a date when the rule has a fixed count ({@code dueAt}), otherwise only the text
 * ("without unreasonable delay"). Every clock is computed from the declared incident-awareness time,
 * whatever the statute's clock start (discovery, determination...): the earliest, conservative reading.
 * Business days skip Saturdays and Sundays (UTC), not public holidays.
 *
 * @param dueAt null when the rule gives no fixed count or depends on a date that has none
 * @param text  the statute's words
 * @param basis how the date was computed, e.g. "72 hours from awareness (2026-11-26T09:00Z)"
 */
public record Deadline(Instant dueAt, String text, String basis) {

    public boolean hasDate() {
        return dueAt != null;
    }

    /** The due date of {@code rule} for an incident known at {@code awareAt}; {@code individualDue} for rules counted from the notice to individuals. */
    public static Deadline compute(DeadlineRule rule, Instant awareAt, Instant individualDue) {
        if (!rule.isFixed()) {
            return new Deadline(null, rule.text(), "no fixed count: " + rule.text());
        }
        Instant start = awareAt;
        String from = rule.from().words();
        if (rule.from() == DeadlineRule.ClockStart.INDIVIDUAL_NOTICE) {
            if (individualDue == null) {
                return new Deadline(null, rule.text(), "counted from the notice to individuals, which has no fixed date");
            }
            start = individualDue;
            from = "the latest date for notifying individuals";
        }
        Instant due;
        String count;
        if (rule.hours() != null) {
            due = start.plus(Duration.ofHours(rule.hours()));
            count = rule.hours() + " hours";
        } else if (rule.days() != null) {
            due = start.atZone(ZoneOffset.UTC).plusDays(rule.days()).toInstant();
            count = rule.days() + " calendar days";
        } else {
            due = plusBusinessDays(start, rule.businessDays());
            count = rule.businessDays() + " business days";
        }
        String basis = count + " from " + from + " (" + start + ")"
                + (rule.from() != DeadlineRule.ClockStart.AWARENESS && rule.from() != DeadlineRule.ClockStart.INDIVIDUAL_NOTICE
                ? "; the statute's clock starts at " + rule.from().words() + ", computed from the declared awareness time" : "");
        return new Deadline(due, rule.text(), basis);
    }

    static Instant plusBusinessDays(Instant start, int days) {
        ZonedDateTime t = start.atZone(ZoneOffset.UTC);
        int added = 0;
        while (added < days) {
            t = t.plusDays(1);
            if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return t.toInstant();
    }
}

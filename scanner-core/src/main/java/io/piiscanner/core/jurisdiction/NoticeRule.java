package io.piiscanner.core.jurisdiction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One notice a law requires: to whom ({@code recipient}: individuals, regulator,
 * consumer_reporting_agencies, acquirer_and_card_brands, controller, assessment), who exactly, from which
 * headcount, by when, under which condition, and the source of the fact.
 *
 * @param orIfElements the threshold is also crossed, whatever the count, when one of these elements is
 *                     exposed (e.g. Japan: card numbers; Korea: unique identification numbers)
 * @param status       {@code confirmed} (default), {@code secondary} or {@code unconfirmed}, as the reference says
 * @param origin       file:line of the notice in the rules pack
 */
public record NoticeRule(String recipient, String who, Threshold threshold, List<String> orIfElements, String condition,
                         DeadlineRule deadline, LocalDate effectiveFrom, LocalDate effectiveUntil, String status,
                         String note, String source, String origin) {

    public static final String INDIVIDUALS = "individuals";
    public static final String REGULATOR = "regulator";
    public static final String CRA = "consumer_reporting_agencies";

    public NoticeRule {
        orIfElements = List.copyOf(orIfElements);
    }

    /** True when the notice is in force for an incident the organisation became aware of at {@code awareAt}. */
    public boolean inForceAt(Instant awareAt) {
        LocalDate day = awareAt.atOffset(ZoneOffset.UTC).toLocalDate();
        return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }

    public boolean unconfirmed() {
        return "unconfirmed".equals(status);
    }
}

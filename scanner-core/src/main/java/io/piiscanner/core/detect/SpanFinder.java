package io.piiscanner.core.detect;

import io.piiscanner.core.rules.EntityRule;

/**
 * A detector other than the built-in RE2J patterns (libphonenumber, an NLP model). It proposes spans with
 * base scores; the engine then validates, scores with context and field hints, masks and fingerprints them
 * like any pattern match. Implementations are immutable and thread-safe, or keep per-thread state.
 */
public interface SpanFinder {

    /**
     * Proposes spans of {@code rule.entity()} within {@code text[from, to)}.
     *
     * @param region ISO 3166 alpha-2 region of the scan (record country or default), may be null
     */
    void find(EntityRule rule, String text, int from, int to, String region, SpanSink out);

    /**
     * As {@link #find(EntityRule, String, int, int, String, SpanSink)}, told the lowest base score that can still
     * end above the reporting threshold in this window (given the most context and field hints can add): a
     * finder may skip the work for candidates that would score less.
     */
    default void find(EntityRule rule, String text, int from, int to, String region, double minBaseScore, SpanSink out) {
        find(rule, text, from, to, region, out);
    }

    /**
     * As {@link #find(EntityRule, String, int, int, String, double, SpanSink)}, told whether the field the text came
     * from is named for this entity (a "Phone__c" column): the field then says what its context words would.
     */
    default void find(EntityRule rule, String text, int from, int to, String region, double minBaseScore,
                      boolean fieldHinted, SpanSink out) {
        find(rule, text, from, to, region, minBaseScore, out);
    }

    /** Receives proposed spans (absolute offsets in the text). {@code normalized} may be null. */
    @FunctionalInterface
    interface SpanSink {
        void accept(String patternName, int start, int end, double baseScore, String normalized);

        /**
         * Whether one of the rule's context patterns anchored at a value starting at {@code start} ({@code ...$})
         * vouches for it: a word further back than the context window, such as a field named in a sync error. The
         * engine answers with the rule's gates and the text's words; a sink that cannot tell says no.
         */
        default boolean anchoredContextBefore(int start) {
            return false;
        }
    }
}

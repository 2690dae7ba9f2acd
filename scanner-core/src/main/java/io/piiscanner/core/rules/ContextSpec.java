package io.piiscanner.core.rules;

import com.google.re2j.Pattern;
import io.piiscanner.core.internal.KeywordMatcher;

import java.util.List;

/**
 * Context words, matched as whole words (case-insensitive) within {@code window} characters before and
 * after a candidate. A positive word adds {@code boost}; a negative word (e.g. "order", "tracking")
 * subtracts {@code penalty} when no positive word is present. With {@code required}, a candidate without
 * a positive word or a field hint is dropped (for entities whose shape alone means nothing, such as a
 * US bank account number). {@code patterns} are positive context written as RE2J expressions (an expiry
 * date "12/27" or "CVV 123" next to a card number).
 */
public record ContextSpec(int window, double boost, double penalty, boolean required,
                          KeywordMatcher positive, KeywordMatcher negative, List<Pattern> patterns) {

    public static final ContextSpec NONE =
            new ContextSpec(0, 0, 0, false, KeywordMatcher.EMPTY, KeywordMatcher.EMPTY, List.of());

    public ContextSpec {
        patterns = List.copyOf(patterns);
    }
}

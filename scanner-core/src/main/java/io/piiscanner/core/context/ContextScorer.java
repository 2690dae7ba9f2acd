package io.piiscanner.core.context;

import com.google.re2j.Pattern;
import io.piiscanner.core.internal.TextWindow;
import io.piiscanner.core.rules.ContextSpec;

/**
 * Looks for a rule's context words (whole words, case-insensitive) and context patterns within the
 * rule's window around a candidate. Stateless.
 */
public final class ContextScorer {

    /** What was found near a candidate: the positive and negative words (or null). */
    public record Result(String positive, String negative) {
        public static final Result NONE = new Result(null, null);

        public boolean hasPositive() {
            return positive != null;
        }
    }

    private ContextScorer() {
    }

    public static Result evaluate(String text, int start, int end, ContextSpec spec) {
        if (spec.window() == 0) {
            return Result.NONE;
        }
        int from = Math.max(0, start - spec.window());
        int to = Math.min(text.length(), end + spec.window());
        String positive = firstWordOutside(text, from, to, start, end, spec.positive());
        if (positive == null) {
            for (Pattern p : spec.patterns()) {
                // Context patterns look at the text around the candidate, never at the candidate itself.
                if (p.matcher(new TextWindow(text, from, start)).find() || p.matcher(new TextWindow(text, end, to)).find()) {
                    positive = "pattern:" + p.pattern();
                    break;
                }
            }
        }
        String negative = positive == null ? firstWordOutside(text, from, to, start, end, spec.negative()) : null;
        return positive == null && negative == null ? Result.NONE : new Result(positive, negative);
    }

    private static String firstWordOutside(String text, int from, int to, int start, int end,
                                           io.piiscanner.core.internal.KeywordMatcher words) {
        if (words.isEmpty()) {
            return null;
        }
        int[] hit = {-1};
        words.forEachHit(text, from, to, (k, s, e) -> {
            if (e <= start || s >= end) {
                hit[0] = k;
                return false;
            }
            return true;
        });
        return hit[0] < 0 ? null : words.keyword(hit[0]);
    }
}

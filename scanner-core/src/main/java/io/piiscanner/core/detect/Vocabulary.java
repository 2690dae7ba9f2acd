package io.piiscanner.core.detect;

import io.piiscanner.core.internal.KeywordMatcher;
import io.piiscanner.core.rules.EntityRule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every word any rule listens for — prefilter triggers and positive and negative context words — in one
 * automaton, with who uses each word for what. One pass over a text finds them all ({@link WordHits});
 * prefilter windows, the reachability gate and context scoring then read those hits instead of reading the
 * text again per rule.
 */
final class Vocabulary {

    private final KeywordMatcher matcher;
    private final int[][] triggerRules;
    // Per keyword, bit sets of the rules using it as positive or negative context: the context check runs
    // for every trigger of every rule, so it must be one array read, not a search.
    private final long[][] positiveBits;
    private final long[][] negativeBits;

    Vocabulary(List<EntityRule> rules) {
        Map<String, List<List<Integer>>> uses = new LinkedHashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            EntityRule rule = rules.get(r);
            for (String k : rule.prefilter().keywords()) {
                use(uses, k, 0, r);
            }
            for (int i = 0; i < rule.context().positive().size(); i++) {
                use(uses, rule.context().positive().keyword(i), 1, r);
            }
            for (int i = 0; i < rule.context().negative().size(); i++) {
                use(uses, rule.context().negative().keyword(i), 2, r);
            }
        }
        this.matcher = KeywordMatcher.of(uses.keySet(), false);
        int n = matcher.size();
        triggerRules = new int[n][];
        positiveBits = new long[n][];
        negativeBits = new long[n][];
        int words = (rules.size() + 63) / 64;
        for (int k = 0; k < n; k++) {
            List<List<Integer>> u = uses.get(matcher.keyword(k));
            triggerRules[k] = toArray(u.get(0));
            positiveBits[k] = bits(u.get(1), words);
            negativeBits[k] = bits(u.get(2), words);
        }
    }

    private static void use(Map<String, List<List<Integer>>> uses, String word, int role, int rule) {
        // spelled as the matcher spells it, so that "date_of_birth" and "date of birth" are one keyword
        List<List<Integer>> u = uses.computeIfAbsent(KeywordMatcher.normalize(word),
                w -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        if (!u.get(role).contains(rule)) {
            u.get(role).add(rule);
        }
    }

    private static long[] bits(List<Integer> rules, int words) {
        long[] b = new long[Math.max(1, words)];
        for (int r : rules) {
            b[r >>> 6] |= 1L << (r & 63);
        }
        return b;
    }

    private static int[] toArray(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    KeywordMatcher matcher() {
        return matcher;
    }

    int[] triggerRules(int keyword) {
        return triggerRules[keyword];
    }

    /** The rules (a bit each) for which {@code keyword} is a positive context word. */
    long[] positiveRules(int keyword) {
        return positiveBits[keyword];
    }

    boolean isPositiveFor(int keyword, int rule) {
        return (positiveBits[keyword][rule >>> 6] & (1L << (rule & 63))) != 0;
    }

    boolean isNegativeFor(int keyword, int rule) {
        return (negativeBits[keyword][rule >>> 6] & (1L << (rule & 63))) != 0;
    }

    String word(int keyword) {
        return matcher.keyword(keyword);
    }

}

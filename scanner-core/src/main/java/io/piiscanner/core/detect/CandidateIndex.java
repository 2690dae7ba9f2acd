package io.piiscanner.core.detect;

import io.piiscanner.core.rules.Prefilter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cheap structures of one text that the prefilter asks about: runs of digit groups and shaped
 * tokens. Each is computed in one pass, only when a rule asks, and cached for the other rules of the
 * same scan. Not thread-safe: one instance per scan call.
 */
final class CandidateIndex {

    /** A run of digit groups: {@code groups[2k]} start, {@code groups[2k+1]} end of group k. */
    record DigitRun(int start, int end, int[] groups, String separators) {
        int groupCount() {
            return groups.length / 2;
        }

        int digits(int group) {
            return groups[2 * group + 1] - groups[2 * group];
        }
    }

    private final String text;
    private final Map<String, List<DigitRun>> digitRuns = new HashMap<>(4);
    private final Map<String, List<int[]>> tokens = new HashMap<>(4);

    CandidateIndex(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /**
     * Digit groups joined by one to three separator characters ("4111 1111", "(415) 555-2671"); any other
     * character ends the run.
     */
    List<DigitRun> digitRuns(String separators) {
        return digitRuns.computeIfAbsent(separators, this::computeDigitRuns);
    }

    private List<DigitRun> computeDigitRuns(String separators) {
        List<DigitRun> runs = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int[] groups = new int[16];
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int count = 0;
            int runStart = i;
            int lastEnd;
            while (true) {
                int gs = i;
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
                if (count + 2 > groups.length) {
                    groups = java.util.Arrays.copyOf(groups, groups.length * 2);
                }
                groups[count++] = gs;
                groups[count++] = i;
                lastEnd = i;
                int j = i;
                while (j < n && j - i < 3 && separators.indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j > i && j < n && isDigit(text.charAt(j))) {
                    i = j;
                } else {
                    break;
                }
            }
            runs.add(new DigitRun(runStart, lastEnd, java.util.Arrays.copyOf(groups, count), separators));
        }
        return runs;
    }

    /** True when some consecutive groups of the run hold between min and max digits in total. */
    static boolean hasDigitSpan(DigitRun run, int min, int max) {
        int g = run.groupCount();
        for (int a = 0; a < g; a++) {
            int total = 0;
            for (int b = a; b < g; b++) {
                total += run.digits(b);
                if (total > max) {
                    break;
                }
                if (total >= min) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Shapes a date takes in logs and forms: 2024-03-12, 12.03.2024, 03/12/24, 2024/03/12, with one
     * separator used twice. Phone and id rules skip them: dates are the commonest digit runs in text.
     */
    boolean isDateLike(DigitRun run) {
        if (run.groupCount() != 3) {
            return false;
        }
        char s1 = text.charAt(run.groups[1]);
        char s2 = text.charAt(run.groups[3]);
        if (s1 != s2 || run.groups[2] - run.groups[1] != 1 || run.groups[4] - run.groups[3] != 1
                || (s1 != '-' && s1 != '.' && s1 != '/')) {
            return false;
        }
        int a = run.digits(0);
        int b = run.digits(1);
        int c = run.digits(2);
        boolean yearFirst = a == 4 && b <= 2 && c <= 2;
        boolean yearLast = a <= 2 && b <= 2 && (c == 4 || c == 2);
        return yearFirst || yearLast;
    }

    /** Start/end pairs of tokens (maximal runs of ASCII letters, digits and extras) of the trigger's shape. */
    List<int[]> tokens(Prefilter.TokenTrigger t) {
        List<int[]> out = new ArrayList<>();
        for (int[] tok : tokens.computeIfAbsent(t.extraChars(), this::computeTokens)) {
            int len = tok[1] - tok[0];
            if (len >= t.minLength() && len <= t.maxLength() && tok[2] >= t.minDigits() && tok[3] >= t.minLetters()) {
                out.add(tok);
            }
        }
        return out;
    }

    /** All tokens as {start, end, digits, letters}; tokens of letters only are left out (no rule wants them). */
    private List<int[]> computeTokens(String extra) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isTokenChar(c, extra)) {
                i++;
                continue;
            }
            int start = i;
            int digits = 0;
            int letters = 0;
            while (i < n && isTokenChar(c = text.charAt(i), extra)) {
                if (isDigit(c)) {
                    digits++;
                } else if (isAsciiLetter(c)) {
                    letters++;
                }
                i++;
            }
            if (digits > 0 || i - start != letters) {
                out.add(new int[] {start, i, digits, letters});
            }
        }
        return out;
    }

    private static boolean isTokenChar(char c, String extra) {
        return isDigit(c) || isAsciiLetter(c) || (!extra.isEmpty() && extra.indexOf(c) >= 0);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

package io.piiscanner.core.detect;

import io.piiscanner.core.rules.Prefilter;
import io.piiscanner.core.validate.Validator;

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
    // Per separator set (a handful per rule pack), the runs: a scan of a short field asks for them dozens of
    // times, so the cache is two small arrays searched in turn, not a map with a lambda per call.
    private String[] runKeys = new String[4];
    private List<DigitRun>[] runValues = newRunArray(4);
    private int runCount;
    private final Map<String, List<int[]>> tokens = new HashMap<>(4);
    private int[] digitGroups;

    CandidateIndex(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /**
     * Digit groups joined by one to three separator characters ("4111 1111", "(415) 555-2671"); any other
     * character ends the run. The text is read once for all separator sets: the maximal digit groups are
     * found first, then each separator set only looks at the gaps between them.
     */
    List<DigitRun> digitRuns(String separators) {
        for (int i = 0; i < runCount; i++) {
            if (runKeys[i].equals(separators)) {
                return runValues[i];
            }
        }
        List<DigitRun> runs = computeDigitRuns(separators);
        if (runCount == runKeys.length) {
            runKeys = java.util.Arrays.copyOf(runKeys, runCount * 2);
            runValues = java.util.Arrays.copyOf(runValues, runCount * 2);
        }
        runKeys[runCount] = separators;
        runValues[runCount++] = runs;
        return runs;
    }

    @SuppressWarnings("unchecked")
    private static List<DigitRun>[] newRunArray(int n) {
        return (List<DigitRun>[]) new List<?>[n];
    }

    /** True when the text holds at least one digit (most rules have nothing to do otherwise). */
    boolean hasDigits() {
        return groups().length > 0;
    }

    /** Start/end pairs of the maximal runs of ASCII digits, computed on first use. */
    private int[] groups() {
        if (digitGroups == null) {
            int[] g = new int[16];
            int count = 0;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                if (isDigit(text.charAt(i))) {
                    int start = i;
                    while (i < n && isDigit(text.charAt(i))) {
                        i++;
                    }
                    if (count + 2 > g.length) {
                        g = java.util.Arrays.copyOf(g, g.length * 2);
                    }
                    g[count++] = start;
                    g[count++] = i;
                }
            }
            digitGroups = java.util.Arrays.copyOf(g, count);
        }
        return digitGroups;
    }

    private List<DigitRun> computeDigitRuns(String separators) {
        int[] g = groups();
        if (g.length == 0) {
            return List.of();
        }
        List<DigitRun> runs = new ArrayList<>();
        int first = 0;
        int groupCount = g.length / 2;
        for (int k = 1; k <= groupCount; k++) {
            boolean joins = k < groupCount && gapJoins(g[2 * k - 1], g[2 * k], separators);
            if (!joins) {
                runs.add(new DigitRun(g[2 * first], g[2 * k - 1], java.util.Arrays.copyOfRange(g, 2 * first, 2 * k), separators));
                first = k;
            }
        }
        return runs;
    }

    private boolean gapJoins(int from, int to, String separators) {
        if (to - from > 3 || separators.isEmpty()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (separators.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithShape(int start, String shape) {
        if (start + shape.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < shape.length(); i++) {
            char c = text.charAt(start + i);
            boolean ok = switch (shape.charAt(i)) {
                case 'A' -> c >= 'A' && c <= 'Z';
                case 'a' -> c >= 'a' && c <= 'z';
                case 'n' -> isDigit(c);
                default -> true;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Whether a letter touches the run on the required side (one space or dash may stand between). */
    boolean letterOn(DigitRun run, Prefilter.LetterSide side) {
        return switch (side) {
            case ANY_OR_NONE -> true;
            case BEFORE -> letterBefore(run.start());
            case AFTER -> letterAfter(run.end());
            case EITHER -> letterBefore(run.start()) || letterAfter(run.end());
        };
    }

    /** One to three letters standing alone just before the run ("X1234567", "AB 12 34 56"), not a word. */
    private boolean letterBefore(int s) {
        int i = s - 1;
        if (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i--;
        }
        int letters = 0;
        while (i >= 0 && letters <= 3 && Character.isLetter(text.charAt(i))) {
            letters++;
            i--;
        }
        // Standing alone: "3t000063" inside a record id is not a prefix.
        return letters >= 1 && letters <= 3 && (i < 0 || !Character.isLetterOrDigit(text.charAt(i)));
    }

    /** A single letter just after the run ("12345678Z", "1234567-L"), not the start of a word. */
    private boolean letterAfter(int e) {
        int i = e;
        if (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i++;
        }
        return i < text.length() && Character.isLetter(text.charAt(i))
                && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)));
    }

    /**
     * True when the run is part of a larger identifier: a letter touches it ("AA10123456784",
     * "1700000000000Z"), or a letter or digit sits just behind a joining "-", "_" or "/" ("SO-2024-000123",
     * "INV_4471123").
     */
    boolean gluedToLetter(DigitRun run) {
        int s = run.start();
        int e = run.end();
        boolean before = s > 0 && (Character.isLetter(text.charAt(s - 1))
                || s > 1 && "-_/".indexOf(text.charAt(s - 1)) >= 0 && Character.isLetter(text.charAt(s - 2)));
        boolean after = e < text.length() && (Character.isLetter(text.charAt(e))
                || e + 1 < text.length() && "-_/".indexOf(text.charAt(e)) >= 0 && Character.isLetter(text.charAt(e + 1)));
        return before || after;
    }

    /**
     * True when some consecutive groups of the run hold between min and max digits in total. Every group
     * holds at least one digit, so a sliding window over the groups answers in one pass (a run of many
     * groups, a table of numbers joined by spaces, is asked this by every numeric rule).
     */
    static boolean hasDigitSpan(DigitRun run, int min, int max) {
        int g = run.groupCount();
        int total = 0;
        int a = 0;
        for (int b = 0; b < g; b++) {
            total += run.digits(b);
            while (total > max && a <= b) {
                total -= run.digits(a++);
            }
            if (total >= min && a <= b) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the digits of some consecutive groups of the run, between min and max digits in total, pass the
     * validator as a bare digit string. A pattern bounded by \b matches whole groups, so a run none of whose
     * spans passes cannot give a valid finding for a validator that {@linkplain Validator#acceptsPlainDigits
     * accepts plain digits}.
     */
    boolean someSpanValidates(DigitRun run, int min, int max, Validator validator) {
        int g = run.groupCount();
        StringBuilder digits = new StringBuilder(max);
        for (int a = 0; a < g; a++) {
            digits.setLength(0);
            for (int b = a; b < g; b++) {
                digits.append(text, run.groups[2 * b], run.groups[2 * b + 1]);
                if (digits.length() > max) {
                    break;
                }
                if (digits.length() >= min && validator.validate(digits).valid()) {
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
        if (!hasDigits()) {
            return List.of();
        }
        List<int[]> all = tokens.get(t.extraChars());
        if (all == null) {
            all = computeTokens(t.extraChars());
            tokens.put(t.extraChars(), all);
        }
        if (all.isEmpty()) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        for (int[] tok : all) {
            int len = tok[1] - tok[0];
            if (len >= t.minLength() && len <= t.maxLength() && tok[2] >= t.minDigits() && tok[3] >= t.minLetters()
                    && len - tok[2] - tok[3] >= t.minExtras() && startsWithShape(tok[0], t.startsWith())) {
                out.add(tok);
            }
        }
        return out;
    }

    /**
     * All tokens as {start, end, digits, letters}; tokens without a digit are left out: every identifier a
     * token trigger looks for (IBAN, codice fiscale, PAN, wallets, IPv6) holds one, and words are most tokens.
     */
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
            if (digits > 0) {
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

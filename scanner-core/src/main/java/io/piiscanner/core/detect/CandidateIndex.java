package io.piiscanner.core.detect;

import io.piiscanner.core.rules.Prefilter;
import io.piiscanner.core.validate.Validator;

import java.util.List;

/**
 * The cheap structures of one text that the prefilter asks about: runs of digit groups and shaped
 * tokens. Each is computed in one pass, only when a rule asks, and cached for the other rules of the
 * same scan. Not thread-safe: one instance per scan call.
 */
final class CandidateIndex {

    /**
     * The separator sets and token extra characters of a rule pack, numbered once per engine, so that a scan
     * finds its rules' runs and tokens by index (dozens of lookups a text) instead of by string. For each ASCII
     * character, a bit per separator set that holds it: a gap between digit groups joins them for exactly the
     * sets whose bits all its characters share.
     */
    static final class Shapes {
        private final String[] separatorSets;
        private final String[] tokenExtras;
        private final long[] setsHolding = new long[128];

        Shapes(List<String> separatorSets, List<String> tokenExtras) {
            this.separatorSets = separatorSets.stream().distinct().toArray(String[]::new);
            this.tokenExtras = tokenExtras.stream().distinct().toArray(String[]::new);
            if (this.separatorSets.length > 64) {
                throw new IllegalArgumentException("more than 64 digit-run separator sets");
            }
            for (int s = 0; s < this.separatorSets.length; s++) {
                for (char c : this.separatorSets[s].toCharArray()) {
                    if (c >= 128) {
                        throw new IllegalArgumentException("digit-run separators must be ASCII: " + this.separatorSets[s]);
                    }
                    setsHolding[c] |= 1L << s;
                }
            }
        }

        int separatorSet(String separators) {
            return java.util.Arrays.asList(separatorSets).indexOf(separators);
        }

        int tokenExtras(String extras) {
            return java.util.Arrays.asList(tokenExtras).indexOf(extras);
        }
    }

    /**
     * A run of digit groups: groups {@code first .. first + count - 1} of the text's maximal digit groups, read
     * from the index's one array of group bounds (not a copy per run and separator set).
     */
    static final class DigitRun {
        private final int[] bounds;
        private final int first;
        private final int count;
        /** {@link #gluedToLetter}, computed on first use: 0 not yet, 1 no, 2 yes. Many rules ask about each run. */
        private byte glued;

        DigitRun(int[] bounds, int first, int count) {
            this.bounds = bounds;
            this.first = first;
            this.count = count;
        }

        int start() {
            return bounds[2 * first];
        }

        int end() {
            return bounds[2 * (first + count) - 1];
        }

        int groupCount() {
            return count;
        }

        int groupStart(int group) {
            return bounds[2 * (first + group)];
        }

        int groupEnd(int group) {
            return bounds[2 * (first + group) + 1];
        }

        int digits(int group) {
            return groupEnd(group) - groupStart(group);
        }
    }

    private static final DigitRun[] NO_RUNS = new DigitRun[0];
    private static final int[] NO_INTS = new int[0];

    private final String text;
    private final Shapes shapes;
    /** Per separator set of {@link #shapes}, its runs, computed on first use. */
    private final DigitRun[][] runsBySet;
    /** Per token extra-character set of {@link #shapes}, its tokens as {start, end, digits, letters} quadruples. */
    private final int[][] tokensByExtras;
    /** Start/end pairs of the maximal runs of ASCII digits. */
    private int[] digitGroups;
    /** Per gap between digit groups k-1 and k (index k), the separator sets that join across it. */
    private long[] gapJoins;

    CandidateIndex(String text, Shapes shapes) {
        this.text = text;
        this.shapes = shapes;
        this.runsBySet = new DigitRun[shapes.separatorSets.length][];
        this.tokensByExtras = new int[shapes.tokenExtras.length][];
    }

    String text() {
        return text;
    }

    /**
     * The runs of separator set {@code set} of the {@link Shapes}: digit groups joined by one to three separator
     * characters of the set ("4111 1111", "(415) 555-2671"); any other character ends a run. The text is read once
     * for all sets (the maximal digit groups, and for each gap between two groups the sets it joins), then each
     * set only walks the gaps' bits.
     */
    DigitRun[] digitRuns(int set) {
        DigitRun[] runs = runsBySet[set];
        if (runs == null) {
            runs = runsBySet[set] = computeDigitRuns(set);
        }
        return runs;
    }

    private DigitRun[] computeDigitRuns(int set) {
        int[] g = groups();
        int groupCount = g.length / 2;
        if (groupCount == 0) {
            return NO_RUNS;
        }
        long bit = 1L << set;
        long[] joins = gapJoins;
        int n = 1;
        for (int k = 1; k < groupCount; k++) {
            if ((joins[k] & bit) == 0) {
                n++;
            }
        }
        DigitRun[] runs = new DigitRun[n];
        int first = 0;
        int r = 0;
        for (int k = 1; k <= groupCount; k++) {
            if (k == groupCount || (joins[k] & bit) == 0) {
                runs[r++] = new DigitRun(g, first, k - first);
                first = k;
            }
        }
        return runs;
    }

    /** True when the text holds at least one digit (most rules have nothing to do otherwise). */
    boolean hasDigits() {
        return groups().length > 0;
    }

    /** Start/end pairs of the maximal runs of ASCII digits, and the sets joining each gap, computed on first use. */
    private int[] groups() {
        if (digitGroups == null) {
            int count = 0;
            int[] g = NO_INTS;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                if (isDigit(text.charAt(i))) {
                    int start = i;
                    while (i < n && isDigit(text.charAt(i))) {
                        i++;
                    }
                    if (count + 2 > g.length) {
                        g = java.util.Arrays.copyOf(g, Math.max(16, g.length * 2));
                    }
                    g[count++] = start;
                    g[count++] = i;
                }
            }
            g = count == g.length ? g : java.util.Arrays.copyOf(g, count);
            int groupCount = count / 2;
            long[] joins = new long[Math.max(groupCount, 1)];
            long[] holding = shapes.setsHolding;
            for (int k = 1; k < groupCount; k++) {
                int from = g[2 * k - 1];
                int to = g[2 * k];
                if (to - from > 3) {
                    continue;
                }
                long sets = -1L;
                for (int i = from; i < to && sets != 0; i++) {
                    char c = text.charAt(i);
                    sets &= c < 128 ? holding[c] : 0L;
                }
                joins[k] = sets;
            }
            gapJoins = joins;
            digitGroups = g;
        }
        return digitGroups;
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
        if (run.glued == 0) {
            run.glued = computeGluedToLetter(run) ? (byte) 2 : (byte) 1;
        }
        return run.glued == 2;
    }

    private boolean computeGluedToLetter(DigitRun run) {
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
                digits.append(text, run.groupStart(b), run.groupEnd(b));
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
        char s1 = text.charAt(run.groupEnd(0));
        char s2 = text.charAt(run.groupEnd(1));
        if (s1 != s2 || run.groupStart(1) - run.groupEnd(0) != 1 || run.groupStart(2) - run.groupEnd(1) != 1
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

    /**
     * The tokens of extra-character set {@code extras} of the {@link Shapes}, as {start, end, digits, letters}
     * quadruples one after the other; {@link #tokenFits} tells which fit a trigger.
     */
    int[] tokens(int extras) {
        if (!hasDigits()) {
            return NO_INTS;
        }
        int[] all = tokensByExtras[extras];
        if (all == null) {
            all = tokensByExtras[extras] = computeTokens(shapes.tokenExtras[extras]);
        }
        return all;
    }

    /** Whether the token at {@code tokens[i .. i + 3]} has the trigger's length, mix and shape. */
    boolean tokenFits(int[] tokens, int i, Prefilter.TokenTrigger t) {
        int len = tokens[i + 1] - tokens[i];
        return len >= t.minLength() && len <= t.maxLength() && tokens[i + 2] >= t.minDigits() && tokens[i + 3] >= t.minLetters()
                && len - tokens[i + 2] - tokens[i + 3] >= t.minExtras() && startsWithShape(tokens[i], t.startsWith());
    }

    /**
     * All tokens as {start, end, digits, letters}; tokens without a digit are left out: every identifier a
     * token trigger looks for (IBAN, codice fiscale, PAN, wallets, IPv6) holds one, and words are most tokens.
     */
    private int[] computeTokens(String extra) {
        int[] out = NO_INTS;
        int count = 0;
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
                if (count + 4 > out.length) {
                    out = java.util.Arrays.copyOf(out, Math.max(16, out.length * 2));
                }
                out[count++] = start;
                out[count++] = i;
                out[count++] = digits;
                out[count++] = letters;
            }
        }
        return count == out.length ? out : java.util.Arrays.copyOf(out, count);
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

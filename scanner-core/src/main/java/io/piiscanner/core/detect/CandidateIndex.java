package io.piiscanner.core.detect;

import io.piiscanner.core.rules.Prefilter;
import io.piiscanner.core.validate.Validator;

import java.util.List;

/**
 * The cheap structures of one text that the prefilter asks about: runs of digit groups and shaped
 * tokens. Each is computed in one pass, only when a rule asks, and cached for the other rules of the
 * same scan. Not thread-safe: one instance per thread, {@linkplain #reset reset} for each text; its arrays are
 * kept from text to text (a record scan reads a dozen short values a record).
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
        /**
         * Per token extra-character set, the class of each ASCII character in a token ({@link #TOKEN_DIGIT},
         * {@link #TOKEN_LETTER}, {@link #TOKEN_EXTRA}, 0 outside tokens), and whether the set holds a non-ASCII
         * character.
         */
        private final byte[][] tokenClasses;
        private final boolean[] nonAsciiExtras;

        Shapes(List<String> separatorSets, List<String> tokenExtras) {
            this.separatorSets = separatorSets.stream().distinct().toArray(String[]::new);
            this.tokenExtras = tokenExtras.stream().distinct().toArray(String[]::new);
            this.tokenClasses = new byte[this.tokenExtras.length][128];
            this.nonAsciiExtras = new boolean[this.tokenExtras.length];
            for (int e = 0; e < this.tokenExtras.length; e++) {
                for (char c = 0; c < 128; c++) {
                    tokenClasses[e][c] = isDigit(c) ? TOKEN_DIGIT : isAsciiLetter(c) ? TOKEN_LETTER
                            : this.tokenExtras[e].indexOf(c) >= 0 ? TOKEN_EXTRA : 0;
                }
                nonAsciiExtras[e] = this.tokenExtras[e].chars().anyMatch(c -> c >= 128);
            }
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
     * from the index's one array of group bounds (not a copy per run and separator set). The index reuses its runs
     * from one text to the next (a text has a few, and a scan reads millions of texts): a run is valid until the
     * index is reset.
     */
    static final class DigitRun {
        private int[] bounds;
        private int first;
        private int count;

        DigitRun(int[] bounds, int first, int count) {
            set(bounds, first, count);
        }

        private void set(int[] bounds, int first, int count) {
            if (this.bounds != bounds) {
                // the same array from text to text, as a rule: no reference store (and its GC barrier) per run
                this.bounds = bounds;
            }
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

    /** Classes of token characters: see {@link Shapes#tokenClasses}. */
    private static final byte TOKEN_DIGIT = 1;
    private static final byte TOKEN_LETTER = 2;
    private static final byte TOKEN_EXTRA = 3;

    /**
     * Edge flags of a digit group, read once per group when a rule first asks (a run's start is its first group's,
     * its end its last group's): see {@link #letterBefore} and {@link #letterAfter}.
     */
    private static final byte LETTER_BEFORE = 1;
    private static final byte LETTER_AFTER = 2;
    /** See {@link #gluedToLetter}: on the group's start side, on its end side. */
    private static final byte GLUED_BEFORE = 4;
    private static final byte GLUED_AFTER = 8;
    /**
     * Set in a group's flags once its letter flags are read, on their own: few rules ask for the letter sides
     * (and not of glued runs), most digit rules only whether a run is glued (see {@link #readGlued}).
     */
    private static final byte LETTERS_READ = 16;
    private static final int[] NO_INTS = new int[0];

    private String text;
    /** The text's characters (in the first {@link #length} places): its loops read an array, not a string. */
    private char[] chars = new char[64];
    private int length;
    private final Shapes shapes;
    /**
     * Per separator set of {@link #shapes}, its runs, computed on first use: the first {@link #runCount} places of
     * one of the reused arrays below.
     */
    private final DigitRun[][] runsBySet;
    private final int[] runCount;
    /** Per separator set, the most digits and the most groups any of its runs holds (0 when it has none). */
    private final int[] runMaxDigits;
    private final int[] runMaxGroups;
    /** Per separator set, the array (and run objects) its runs are written to, kept from text to text. */
    private final DigitRun[][] runPool;
    /** The runs shared by every separator set that joins no gap of the text: one run per digit group. */
    private DigitRun[] apartPool = NO_RUNS;
    /**
     * Per token extra-character set of {@link #shapes}, its tokens as {start, end, digits, letters} quadruples in
     * the first {@link #tokenInts} places (-1: not computed yet for this text).
     */
    private final int[][] tokensByExtras;
    private final int[] tokenInts;
    /** Start/end pairs of the maximal runs of ASCII digits, in the first {@code 2 * groupCount} places. */
    private int[] digitGroups = NO_INTS;
    /** Per digit group, what touches its edges: letters, or letters behind a joining character. */
    private byte[] groupEdges = new byte[8];
    /** How many digit groups the text holds, or -1 before they are read. */
    private int groupCount;
    /** The most digits one group holds. */
    private int maxGroupDigits;
    /**
     * Per gap between digit groups k-1 and k (index k), the separator sets that join across it; 0 at index
     * {@link #groupCount}, after the last group, so that a run ends there without a test of its own.
     */
    private long[] gapJoins = new long[1];
    /** The separator sets that join some gap of the text (the others' runs are the groups one by one). */
    private long joiningSets;
    /** Whether {@link #apartPool} holds this text's runs of a group each. */
    private boolean apartRead;
    /** Whether the glued flags of {@link #groupEdges} are read for this text's groups. */
    private boolean gluedRead;

    CandidateIndex(String text, Shapes shapes) {
        this.shapes = shapes;
        this.runsBySet = new DigitRun[shapes.separatorSets.length][];
        this.runPool = new DigitRun[shapes.separatorSets.length][];
        this.runCount = new int[shapes.separatorSets.length];
        this.runMaxDigits = new int[shapes.separatorSets.length];
        this.runMaxGroups = new int[shapes.separatorSets.length];
        java.util.Arrays.fill(runPool, NO_RUNS);
        this.tokensByExtras = new int[shapes.tokenExtras.length][];
        this.tokenInts = new int[shapes.tokenExtras.length];
        reset(text);
    }

    /** Makes this the index of {@code text} (null: of none, holding no text), keeping its arrays. */
    void reset(String text) {
        this.text = text;
        this.length = text == null ? 0 : text.length();
        if (length > chars.length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        if (text != null) {
            text.getChars(0, length, chars, 0);
        }
        java.util.Arrays.fill(runsBySet, null);
        java.util.Arrays.fill(tokenInts, -1);
        groupCount = -1;
        apartRead = false;
        if (text == null) {
            dropLargeBuffers();
        }
    }

    /** Run objects kept between texts per pool; a text with more (a log file read as one field) gets its own. */
    static final int KEPT_RUNS = 256;
    /** Characters (and, in proportion, digit groups and tokens) whose buffers are kept between texts. */
    static final int KEPT_CHARS = 1 << 16;

    /**
     * Lets the buffers of an unusually long text go when the index is done with it: an index lives as long as its
     * scan thread, and a field of a megabyte with 100,000 digit groups would otherwise keep its characters, groups,
     * tokens and that many runs per separator set (tens of megabytes a thread) for the rest of the scan.
     */
    private void dropLargeBuffers() {
        for (int set = 0; set < runPool.length; set++) {
            if (runPool[set].length > KEPT_RUNS) {
                runPool[set] = NO_RUNS;
            }
        }
        if (apartPool.length > KEPT_RUNS) {
            apartPool = NO_RUNS;
        }
        if (chars.length > KEPT_CHARS) {
            chars = new char[64];
        }
        if (digitGroups.length > KEPT_CHARS / 8) {
            digitGroups = NO_INTS;
            gapJoins = new long[1];
            groupEdges = new byte[8];
        }
        for (int e = 0; e < tokensByExtras.length; e++) {
            if (tokensByExtras[e] != null && tokensByExtras[e].length > KEPT_CHARS / 8) {
                tokensByExtras[e] = null;
            }
        }
    }

    /** The capacity of the largest run pool (for tests). */
    int largestRunPool() {
        int most = apartPool.length;
        for (DigitRun[] pool : runPool) {
            most = Math.max(most, pool.length);
        }
        return most;
    }

    String text() {
        return text;
    }

    /**
     * The runs of separator set {@code set} of the {@link Shapes}: digit groups joined by one to three separator
     * characters of the set ("4111 1111", "(415) 555-2671"); any other character ends a run. The text is read once
     * for all sets (the maximal digit groups, and for each gap between two groups the sets it joins), then each
     * set a rule asks for only walks the gaps' bits.
     */
    DigitRun[] digitRuns(int set) { // the first digitRunCount(set) places; valid until the next reset
        DigitRun[] runs = runsBySet[set];
        if (runs == null) {
            // Once a text and set, when the first rule asks: a call the compiler does not inline into the rules' loop.
            runs = readRuns(set);
        }
        return runs;
    }

    /** The runs of separator set {@code set}, with their count and most digits and groups. */
    private DigitRun[] readRuns(int set) {
        if (groupCount < 0) {
            readGroups();
        }
        DigitRun[] runs;
        if (groupCount == 0) {
            runs = NO_RUNS;
            runCount[set] = 0;
            runMaxDigits[set] = 0;
            runMaxGroups[set] = 0;
        } else if ((joiningSets & (1L << set)) != 0) {
            runs = runPool[set] = computeDigitRuns(set, runPool[set]);
            runCount[set] = computedRuns;
            runMaxDigits[set] = computedMaxDigits;
            runMaxGroups[set] = computedMaxGroups;
            // The sets that join exactly the same gaps have the same runs ("2024-03-12" for all sets holding
            // a dash, half the pack's): they take these, not a copy of their own.
            long alike = setsJoiningAlike(set) & ~(1L << set);
            for (; alike != 0; alike &= alike - 1) {
                int other = Long.numberOfTrailingZeros(alike);
                if (other < runsBySet.length && runsBySet[other] == null) {
                    runsBySet[other] = runs;
                    runCount[other] = computedRuns;
                    runMaxDigits[other] = computedMaxDigits;
                    runMaxGroups[other] = computedMaxGroups;
                }
            }
        } else {
            // Sets that join no gap of this text (most, in a text whose digits stand apart) share one array of
            // runs, a group each.
            if (!apartRead) {
                apartPool = apartRuns(apartPool);
                apartRead = true;
            }
            runs = apartPool;
            runCount[set] = groupCount;
            runMaxDigits[set] = maxGroupDigits;
            runMaxGroups[set] = 1;
        }
        runsBySet[set] = runs;
        return runs;
    }

    /** The separator sets that join the same gaps of the text as {@code set} (set itself among them). */
    private long setsJoiningAlike(int set) {
        long[] joins = gapJoins;
        long alike = -1L;
        for (int k = 1; k < groupCount; k++) {
            long sets = joins[k];
            // the sets that join gap k if set does, the others if it does not
            alike &= ((sets >>> set) & 1) != 0 ? sets : ~sets;
        }
        return alike;
    }

    /**
     * The most digits any run of {@code set} holds (call it after {@link #digitRuns}): a rule whose trigger needs
     * more has nothing to look at in this text, without a look at each run.
     */
    int maxRunDigits(int set) {
        return runMaxDigits[set];
    }

    /** The most groups any run of {@code set} holds (call it after {@link #digitRuns}). */
    int maxRunGroups(int set) {
        return runMaxGroups[set];
    }

    /** How many runs {@link #digitRuns} holds for {@code set} (call it after {@link #digitRuns}). */
    int digitRunCount(int set) {
        return runCount[set];
    }

    /** The number of runs the last {@link #computeDigitRuns} wrote, and the most digits and groups of one. */
    private int computedRuns;
    private int computedMaxDigits;
    private int computedMaxGroups;

    /**
     * Writes the runs of {@code set} into {@code pool} (or a larger copy, returned), reusing its run objects; in one
     * pass over the gaps, the pool growing as runs come (a usual text's pool is large enough from the start).
     */
    private DigitRun[] computeDigitRuns(int set, DigitRun[] pool) {
        int[] g = digitGroups;
        int groupCount = this.groupCount;
        long bit = 1L << set;
        long[] joins = gapJoins;
        DigitRun[] runs = pool;
        int first = 0;
        int r = 0;
        int digits = 0;
        int maxDigits = 0;
        int maxGroups = 0;
        for (int k = 0; k < groupCount; k++) {
            digits += g[2 * k + 1] - g[2 * k];
            if ((joins[k + 1] & bit) == 0) { // joins[groupCount] is 0: the last group ends a run
                maxDigits = Math.max(maxDigits, digits);
                maxGroups = Math.max(maxGroups, k + 1 - first);
                digits = 0;
                if (r == runs.length) {
                    runs = java.util.Arrays.copyOf(runs, Math.max(8, 2 * runs.length));
                }
                DigitRun run = runs[r];
                if (run == null) {
                    runs[r] = new DigitRun(g, first, k + 1 - first);
                } else {
                    run.set(g, first, k + 1 - first);
                }
                r++;
                first = k + 1;
            }
        }
        computedRuns = r;
        computedMaxDigits = maxDigits;
        computedMaxGroups = maxGroups;
        return runs;
    }

    /** Writes a run per digit group into {@code pool} (or a larger copy, returned), reusing its run objects. */
    private DigitRun[] apartRuns(DigitRun[] pool) {
        int[] g = digitGroups;
        int n = groupCount;
        DigitRun[] runs = pool.length >= n ? pool : java.util.Arrays.copyOf(pool, Math.max(n, 2 * pool.length));
        for (int k = 0; k < n; k++) {
            DigitRun run = runs[k];
            if (run == null) {
                runs[k] = new DigitRun(g, k, 1);
            } else {
                run.set(g, k, 1);
            }
        }
        return runs;
    }

    /** True when the text holds at least one digit (most rules have nothing to do otherwise). */
    boolean hasDigits() {
        if (groupCount < 0) {
            readGroups();
        }
        return groupCount > 0;
    }

    /**
     * Reads the start/end pairs of the maximal runs of ASCII digits ({@link #groupCount} of them), the sets joining
     * each gap, and what touches each group's edges.
     */
    private void readGroups() {
        int count = 0;
        int[] g = digitGroups;
        char[] cs = chars;
        int n = length;
        int maxDigits = 0;
        int i = 0;
        // to the next digit, then to the next non-digit: a group each time round
        while (true) {
            while (i < n && !isDigit(cs[i])) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            do {
                i++;
            } while (i < n && isDigit(cs[i]));
            if (count + 2 > g.length) {
                g = java.util.Arrays.copyOf(g, Math.max(16, g.length * 2));
            }
            g[count++] = start;
            g[count++] = i;
            maxDigits = Math.max(maxDigits, i - start);
        }
        int groupCount = count / 2;
        long[] joins = gapJoins.length > groupCount ? gapJoins : new long[Math.max(groupCount + 1, 2 * gapJoins.length)];
        long[] holding = shapes.setsHolding;
        long joining = 0;
        for (int k = 1; k < groupCount; k++) {
            int from = g[2 * k - 1];
            int to = g[2 * k];
            if (to - from > 3) {
                joins[k] = 0;
                continue;
            }
            long sets = -1L;
            for (int j = from; j < to && sets != 0; j++) {
                char c = cs[j];
                sets &= c < 128 ? holding[c] : 0L;
            }
            joins[k] = sets;
            joining |= sets;
        }
        joins[groupCount] = 0;
        gapJoins = joins;
        joiningSets = joining;
        digitGroups = g;
        maxGroupDigits = maxDigits;
        this.groupCount = groupCount;
        if (groupEdges.length < groupCount) {
            groupEdges = new byte[Math.max(groupCount, 2 * groupEdges.length)];
        } else {
            java.util.Arrays.fill(groupEdges, 0, groupCount, (byte) 0);
        }
        gluedRead = false;
    }

    /**
     * Reads whether each group is glued to a letter, for all groups at once: once one standalone rule asks, the
     * others ask of nearly every group, and one loop costs less than a test and a call per group and rule.
     */
    private void readGlued() {
        int[] g = digitGroups;
        byte[] edges = groupEdges;
        for (int k = 0; k < groupCount; k++) {
            edges[k] |= (byte) ((gluedBefore(g[2 * k]) ? GLUED_BEFORE : 0) | (gluedAfter(g[2 * k + 1]) ? GLUED_AFTER : 0));
        }
        gluedRead = true;
    }

    /** What touches digit group {@code k}'s edges: its letter flags, read on first use. */
    private int letterEdges(int k) {
        int flags = groupEdges[k];
        if ((flags & LETTERS_READ) == 0) {
            // once a group, however many rules and separator sets ask: a call kept out of the rules' loop
            flags = groupEdges[k] = readLetterEdges(k, flags);
        }
        return flags;
    }

    private byte readLetterEdges(int k, int flags) {
        int s = digitGroups[2 * k];
        int e = digitGroups[2 * k + 1];
        return (byte) (flags | LETTERS_READ | (letterBefore(s) ? LETTER_BEFORE : 0) | (letterAfter(e) ? LETTER_AFTER : 0));
    }

    private boolean letterAtStart(DigitRun run) {
        return (letterEdges(run.first) & LETTER_BEFORE) != 0;
    }

    private boolean letterAtEnd(DigitRun run) {
        return (letterEdges(run.first + run.count - 1) & LETTER_AFTER) != 0;
    }

    private boolean startsWithShape(int start, String shape) {
        if (start + shape.length() > length) {
            return false;
        }
        for (int i = 0; i < shape.length(); i++) {
            char c = chars[start + i];
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
            case BEFORE -> letterAtStart(run);
            case AFTER -> letterAtEnd(run);
            case EITHER -> letterAtStart(run) || letterAtEnd(run);
        };
    }

    /** One to three letters standing alone just before the run ("X1234567", "AB 12 34 56"), not a word. */
    private boolean letterBefore(int s) {
        int i = s - 1;
        if (i >= 0 && (chars[i] == ' ' || chars[i] == '-')) {
            i--;
        }
        // up to four letters back, without a loop (a loop here cost recompilations of the code it is inlined into)
        int letters = !letterAt(i) ? 0 : !letterAt(i - 1) ? 1 : !letterAt(i - 2) ? 2 : !letterAt(i - 3) ? 3 : 4;
        i -= letters;
        // Standing alone: "3t000063" inside a record id is not a prefix.
        return letters >= 1 && letters <= 3 && (i < 0 || !isLetterOrDigit(chars[i]));
    }

    private boolean letterAt(int i) {
        return i >= 0 && isLetter(chars[i]);
    }

    /** A single letter just after the run ("12345678Z", "1234567-L"), not the start of a word. */
    private boolean letterAfter(int e) {
        int i = e;
        if (i < length && (chars[i] == ' ' || chars[i] == '-')) {
            i++;
        }
        return i < length && isLetter(chars[i]) && (i + 1 == length || !isLetter(chars[i + 1]));
    }

    /**
     * True when the run is part of a larger identifier: a letter touches it ("AA10123456784",
     * "1700000000000Z"), or a letter or digit sits just behind a joining "-", "_" or "/" ("SO-2024-000123",
     * "INV_4471123").
     */
    boolean gluedToLetter(DigitRun run) {
        if (!gluedRead) {
            readGlued(); // once a text, when the first rule asks
        }
        byte[] edges = groupEdges;
        return (edges[run.first] & GLUED_BEFORE) != 0 || (edges[run.first + run.count - 1] & GLUED_AFTER) != 0;
    }

    private boolean gluedBefore(int s) {
        return s > 0 && (isLetter(chars[s - 1]) || s > 1 && isJoining(chars[s - 1]) && isLetter(chars[s - 2]));
    }

    private boolean gluedAfter(int e) {
        return e < length && (isLetter(chars[e]) || e + 1 < length && isJoining(chars[e]) && isLetter(chars[e + 1]));
    }

    /** The characters that glue a letter to a run from one place away: "SO-2024", "INV_4471", "A/123". */
    private static boolean isJoining(char c) {
        return c == '-' || c == '_' || c == '/';
    }

    /**
     * True when some consecutive groups of the run hold between min and max digits in total. Every group
     * holds at least one digit, so a sliding window over the groups answers in one pass (a run of many
     * groups, a table of numbers joined by spaces, is asked this by every numeric rule).
     */
    static boolean hasDigitSpan(DigitRun run, int min, int max) {
        int g = run.groupCount();
        if (g == 1) {
            // most runs (a group standing apart): the rules' first test of a run, asked of nearly every one
            int digits = run.digits(0);
            return digits >= min && digits <= max;
        }
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
                digits.append(chars, run.groupStart(b), run.groupEnd(b) - run.groupStart(b));
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
        char s1 = chars[run.groupEnd(0)];
        char s2 = chars[run.groupEnd(1)];
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
     * quadruples one after the other in the first {@link #tokenInts(int)} places; {@link #tokenFits} tells which
     * fit a trigger.
     */
    int[] tokens(int extras) {
        if (tokenInts(extras) == 0) {
            return NO_INTS;
        }
        return tokensByExtras[extras];
    }

    /** How many places of {@link #tokens(int)} hold tokens: four a token. */
    int tokenInts(int extras) {
        int n = tokenInts[extras];
        if (n < 0) {
            // once a text and set, when the first rule asks: a call kept out of the rules' loop
            n = tokenInts[extras] = readTokens(extras);
        }
        return n;
    }

    /** Whether the token at {@code tokens[i .. i + 3]} has the trigger's length, mix and shape. */
    boolean tokenFits(int[] tokens, int i, Prefilter.TokenTrigger t) {
        int len = tokens[i + 1] - tokens[i];
        return len >= t.minLength() && len <= t.maxLength() && tokens[i + 2] >= t.minDigits() && tokens[i + 3] >= t.minLetters()
                && len - tokens[i + 2] - tokens[i + 3] >= t.minExtras() && startsWithShape(tokens[i], t.startsWith());
    }

    /**
     * Writes the tokens of extra-character set {@code extras} to its array as {start, end, digits, letters}; their
     * count of places. Tokens without a digit are left out: every identifier a token trigger looks for (IBAN, codice
     * fiscale, PAN, wallets, IPv6) holds one, and words are most tokens. So the tokens are found from the digit
     * groups, not by a pass over the text: each group that the last token did not cover grows left and right over
     * the set's token characters into its token (a digit is a token character of every set, so a token holding a
     * digit holds a whole group). Only the characters of tokens with digits are read, once a set.
     */
    private int readTokens(int extras) {
        if (!hasDigits()) {
            return 0;
        }
        byte[] classes = shapes.tokenClasses[extras];
        String extra = shapes.tokenExtras[extras];
        boolean nonAscii = shapes.nonAsciiExtras[extras];
        int[] out = tokensByExtras[extras] == null ? NO_INTS : tokensByExtras[extras];
        int[] g = digitGroups;
        char[] cs = chars;
        int n = length;
        int count = 0;
        int covered = 0; // the end of the last token: groups starting before it are in it
        for (int k = 0; k < groupCount; k++) {
            int groupStart = g[2 * k];
            if (groupStart < covered) {
                continue;
            }
            int digits = g[2 * k + 1] - groupStart;
            int letters = 0;
            // Leftwards no digit: the group before is in the last token, whose end is not a token character.
            int start = groupStart;
            while (start > 0) {
                char c = cs[start - 1];
                int kind = tokenKind(classes, extra, nonAscii, c);
                if (kind == 0) {
                    break;
                }
                start--;
                letters += kind == TOKEN_LETTER ? 1 : 0;
            }
            int end = g[2 * k + 1];
            while (end < n) {
                char c = cs[end];
                int kind = tokenKind(classes, extra, nonAscii, c);
                if (kind == 0) {
                    break;
                }
                end++;
                digits += kind == TOKEN_DIGIT ? 1 : 0;
                letters += kind == TOKEN_LETTER ? 1 : 0;
            }
            if (count + 4 > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(16, out.length * 2));
            }
            out[count++] = start;
            out[count++] = end;
            out[count++] = digits;
            out[count++] = letters;
            covered = end;
        }
        tokensByExtras[extras] = out;
        return count;
    }

    /** A character's class in a token of an extras set (its ASCII classes, extras, whether any is non-ASCII). */
    private static int tokenKind(byte[] classes, String extra, boolean nonAscii, char c) {
        return c < 128 ? classes[c] : nonAscii && extra.indexOf(c) >= 0 ? TOKEN_EXTRA : 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@link Character#isLetter}, without its table lookups for ASCII (most characters the edge tests read). */
    static boolean isLetter(char c) {
        return c < 128 ? isAsciiLetter(c) : Character.isLetter(c);
    }

    /** {@link Character#isLetterOrDigit}, without its table lookups for ASCII. */
    static boolean isLetterOrDigit(char c) {
        return c < 128 ? isAsciiLetter(c) || isDigit(c) : Character.isLetterOrDigit(c);
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

package io.piiscanner.core.detect;

import io.piiscanner.core.rules.ContextSpec;

import io.piiscanner.core.internal.KeywordMatcher;

import java.util.Arrays;

/**
 * The vocabulary's hits in one text, in order of their end, and context decisions read from them.
 * Not thread-safe: one per thread, {@linkplain #reset reset} for each text (its arrays are kept).
 */
final class WordHits implements KeywordMatcher.HitConsumer {

    /** What the words around a span say for one rule: the deciding word and whether it was positive. */
    record Context(String positive, String negative, int distance) {
        static final Context NONE = new Context(null, null, Integer.MAX_VALUE);

        /** Words right next to a value say more than words at the edge of the window. */
        static final int NEAR = 20;

        boolean near() {
            return distance <= NEAR;
        }

        boolean hasPositive() {
            return positive != null;
        }
    }

    private final Vocabulary vocabulary;
    private String text;
    private int count;
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int[] keywords = new int[8];
    private boolean[] whole = new boolean[8];
    /**
     * Per hit, where the value it labels begins ({@link #labelledValue}): the first digit of it, -1 when it labels
     * none, -2 not yet asked.
     */
    private int[] labelsNext = new int[8];
    /** The text's line breaks, found on first need (-1: not yet; most texts are one line and ask nothing). */
    private int[] newlines = new int[4];
    private int newlineCount;
    /** Bit set of the rules with a positive word anywhere in the text, computed on first use. */
    private long[] positiveAnywhere;
    private static final long[] NONE = new long[0];

    WordHits(Vocabulary vocabulary, String text) {
        this.vocabulary = vocabulary;
        reset(text);
    }

    /** The hits of {@code text} (null: none, holding no text). */
    void reset(String text) {
        this.text = text;
        this.count = 0;
        this.positiveAnywhere = null;
        this.newlineCount = -1;
        if (text != null) {
            vocabulary.matcher().forEachHit(text, 0, text.length(), this);
        }
    }

    /** Keyword matcher callback: records the hit. */
    @Override
    public boolean accept(int keyword, int start, int end) {
        add(keyword, start, end);
        return true;
    }

    private void add(int keyword, int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            keywords = Arrays.copyOf(keywords, count * 2);
            whole = Arrays.copyOf(whole, count * 2);
            labelsNext = Arrays.copyOf(labelsNext, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        keywords[count] = keyword;
        whole[count] = isWholeWord(start, end);
        labelsNext[count] = -2;
        count++;
    }

    int count() {
        return count;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    int keyword(int i) {
        return keywords[i];
    }

    /**
     * The context of {@code [start, end)} for rule {@code r}: words (whole words only) within the rule's
     * window on either side, outside the span itself. When positive and negative words are both near, the
     * nearer decides ("login from 203.0.113.42, version 1.2.3.4": the second address is nearer "version").
     */
    Context context(int r, ContextSpec spec, int start, int end) {
        if (spec.window() == 0 || count == 0) {
            return Context.NONE;
        }
        int from = start - spec.window();
        int to = end + spec.window();
        int bestPos = -1;
        int bestPosDistance = Integer.MAX_VALUE;
        int bestPosLength = 0;
        int bestNeg = -1;
        int bestNegDistance = Integer.MAX_VALUE;
        int bestNegLength = 0;
        // hits are in order of their end: only those ending within the window are read
        for (int i = firstEndingAtOrAfter(from); i < count && ends[i] <= to; i++) {
            int s = starts[i];
            int e = ends[i];
            if (s < from || !whole[i] || !(e <= start || s >= end)) {
                continue;
            }
            int k = keywords[i];
            boolean positive = vocabulary.isPositiveFor(k, r);
            boolean negative = vocabulary.isNegativeFor(k, r);
            if (!positive && !negative) {
                continue; // another rule's word: passed over before what it labels is asked
            }
            if (s >= end) {
                // A word after the value on a later line labels what stands there ("#4239\nSocial Security: ..."),
                // and so does one followed by a value of its own ("... +34943759776. NIF/NIE 55555295Z"), or one in
                // the next sentence ("the new one is 4192-0852-0294-8460. I don't have an SSN").
                if (lineBreakBetween(end, s) || labelledValue(i) >= 0 || closesAnotherElement(end, s)
                        || sentenceEndBetween(end, s)) {
                    continue;
                }
            } else if (labelsValueInEarlierSentence(i, start)) {
                // "Invoice INV-2023-6838\n\nPlease charge 4671 ...", "IBAN: NO8112060714742. Please charge 4430 ...":
                // the word is its own value's label, and that value's line or sentence is over before this one.
                continue;
            }
            // A label usually stands before its value ("SSN: ...", "\"phone\":\"..."); a word after the value
            // often labels the next one, so it counts as twice as far.
            int distance = e <= start ? start - e : 2 * (s - end) + 1;
            int length = e - s;
            // At the same distance the longer phrase decides: "aadhaar card" (positive) over "card" (negative).
            // A word before the value that labels a number of its own between them vouches for that number only
            // ("sf.cdc.contact   2   47380446": a topic, its partition, an offset). It may still speak against.
            if (closer(distance, length, bestPosDistance, bestPosLength) && positive
                    && !(e <= start && labelsNumberBefore(i, start))) {
                bestPos = k;
                bestPosDistance = distance;
                bestPosLength = length;
            }
            // A word against the value speaks of what it stands next to: not across a sentence end before the value
            // ("... and the order is cancelled. Her number is +351 910 695 778").
            if (closer(distance, length, bestNegDistance, bestNegLength) && negative
                    && !(e <= start && sentenceEndBetween(e, start))) {
                bestNeg = k;
                bestNegDistance = distance;
                bestNegLength = length;
            }
        }
        if (bestPos < 0 && bestNeg < 0) {
            return Context.NONE;
        }
        if (bestPos >= 0 && !closer(bestNegDistance, bestNegLength, bestPosDistance, bestPosLength)) {
            return new Context(vocabulary.word(bestPos), null, bestPosDistance);
        }
        return new Context(null, vocabulary.word(bestNeg), bestNegDistance);
    }

    /** Whether a word at {@code distance} and of {@code length} says more than the best one so far. */
    private static boolean closer(int distance, int length, int bestDistance, int bestLength) {
        return distance < bestDistance || distance == bestDistance && length > bestLength;
    }

    /**
     * Whether a word at {@code wordStart} after a value ending at {@code valueEnd} is the name in a closing tag
     * ("</PhoneNo>") with more than white space between: it closes an element the value is not in.
     */
    private boolean closesAnotherElement(int valueEnd, int wordStart) {
        if (wordStart < valueEnd + 2 || text.charAt(wordStart - 1) != '/' || text.charAt(wordStart - 2) != '<') {
            return false;
        }
        for (int i = valueEnd; i < wordStart - 2; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Where the value hit {@code hit} labels has its first digit, or -1 (asked once per hit and text). */
    private int labelledValue(int hit) {
        if (labelsNext[hit] == -2) {
            labelsNext[hit] = labelledValueAt(ends[hit]);
        }
        return labelsNext[hit];
    }

    /**
     * Whether hit {@code hit}, before a value starting at {@code valueStart}, labels a number that stands whole
     * between them: a token of its own that begins with its digit and ends, after white space, before the value.
     * "W-9" in "SSN on the W-9 is 499-30-7963" begins with a letter, and the "NL24" of an IBAN runs on into the
     * value: neither is such a number.
     */
    private boolean labelsNumberBefore(int hit, int valueStart) {
        int digit = labelledValue(hit);
        if (digit < 0 || digit >= valueStart || !Character.isWhitespace(text.charAt(digit - 1))) {
            return false;
        }
        int i = digit;
        while (i < valueStart && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < valueStart;
    }

    /**
     * Whether a word ending at {@code end} labels a value of its own: within {@value #LABEL_REACH} characters of
     * label text (spaces, ":", "=", "#", "/", "_", "-", quotes, more words: "NIF/NIE 55555295Z", "D/O/B 03/11/1982",
     * "Drivers_License__c=T39212850", "PESEL-Nummer 99072074813") a digit follows: its position, or -1.
     */
    private int labelledValueAt(int end) {
        int limit = Math.min(text.length(), end + LABEL_REACH);
        for (int i = end; i < limit; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i > end ? i : -1;
            }
            if (LABEL_TEXT.indexOf(c) < 0 && !Character.isLetter(c) || sentenceEndsAt(i)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether hit {@code hit}, before a value starting at {@code valueStart}, labels a value of its own (a digit
     * follows it, see {@link #labelledValueAt}) with a line break or a sentence end between that value and this one.
     */
    private boolean labelsValueInEarlierSentence(int hit, int valueStart) {
        int digit = labelledValue(hit);
        return digit >= 0 && digit < valueStart
                && (lineBreakBetween(digit, valueStart) || sentenceEndBetween(digit, valueStart));
    }

    /** Whether a sentence ends (see {@link #sentenceEndsAt}) in {@code [from, to)}. */
    private boolean sentenceEndBetween(int from, int to) {
        for (int i = text.indexOf('.', from); i >= 0 && i < to; i = text.indexOf('.', i + 1)) {
            if (sentenceEndsAt(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * ". " before a capital: a label does not reach into the next sentence ("am 10. Oktober 1958 geboren. Rückruf
     * am 20.01.").
     */
    private boolean sentenceEndsAt(int i) {
        return text.charAt(i) == '.' && i + 2 < text.length() && text.charAt(i + 1) == ' '
                && Character.isUpperCase(text.charAt(i + 2));
    }

    private static final String LABEL_TEXT = " :=#>/.+(_-\"'\t";
    /** Far enough for a label of three words ("licencia de conducir V7894 ..."). */
    private static final int LABEL_REACH = 24;

    /** The first hit whose end is at or after {@code position} (hits are in order of their end), or the count. */
    private int firstEndingAtOrAfter(int position) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether a line break stands in {@code [from, to)}. */
    private boolean lineBreakBetween(int from, int to) {
        if (newlineCount < 0) {
            newlineCount = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                if (newlineCount == newlines.length) {
                    newlines = Arrays.copyOf(newlines, newlineCount * 2);
                }
                newlines[newlineCount++] = i;
            }
        }
        int k = Arrays.binarySearch(newlines, 0, newlineCount, from);
        int next = k >= 0 ? k : -k - 1; // the first line break at or after from
        return next < newlineCount && newlines[next] < to;
    }

    /** Whether any positive word of rule {@code r} stands anywhere in the text. */
    boolean hasPositive(int r) {
        if (positiveAnywhere == null) {
            // asked once per rule and text: one pass over the hits answers for every rule
            long[] any = null;
            for (int i = 0; i < count; i++) {
                if (whole[i]) {
                    long[] bits = vocabulary.positiveRules(keywords[i]);
                    if (any == null) {
                        any = new long[bits.length];
                    }
                    for (int w = 0; w < bits.length; w++) {
                        any[w] |= bits[w];
                    }
                }
            }
            positiveAnywhere = any == null ? NONE : any;
        }
        int w = r >>> 6;
        return w < positiveAnywhere.length && (positiveAnywhere[w] & (1L << (r & 63))) != 0;
    }


    /** Whether any positive word of rule {@code r} stands within {@code [from - window, to + window)}. */
    boolean hasPositiveNear(int r, int window, int from, int to) {
        for (int i = 0; i < count; i++) {
            if (whole[i] && starts[i] >= from - window && ends[i] <= to + window && vocabulary.isPositiveFor(keywords[i], r)) {
                return true;
            }
        }
        return false;
    }

    private boolean isWholeWord(int start, int end) {
        return KeywordMatcher.isWholeWord(text, start, end);
    }
}

package io.piiscanner.core.internal;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.BasicAutomata;
import dk.brics.automaton.RunAutomaton;
import dk.brics.automaton.State;
import dk.brics.automaton.Transition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A DFA that says for sure when a text window holds no match of a pattern, so that RE2J (an NFA, which keeps a
 * thread per live position and costs tens of nanoseconds a character) runs only where a match may be. Most
 * windows a rule opens hold no match of most of its patterns (an SSN window has no dotted SSN, a birth-date
 * window no Spanish date), and a DFA reads a character with one table look-up.
 *
 * <p>The DFA accepts a superset of the pattern's matches, never fewer: {@code \b}, {@code ^} and {@code $} are read
 * as empty (they only remove matches; a {@code \b} that begins or ends the whole pattern is then checked where a run
 * starts or accepts), lazy and greedy repeats are the same language, counted repeats with a high
 * bound lose the bound, and case-insensitive letters take every case variant. A window holding a surrogate (a
 * character RE2J reads as one code point but the DFA as two) is always "may match". A pattern using syntax this
 * reader does not know gets no gate ({@link #of} returns null) and always runs.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegexGate {

    /** Repeat bounds above this are read as "this many or more": a superset, and far fewer DFA states. */
    private static final int MAX_COUNTED = 40;
    /** A pattern whose DFA would be larger than this is not gated (memory: 512 bytes a state). */
    private static final int MAX_STATES = 2_000;

    private final RunAutomaton dfa;
    /**
     * The ASCII characters in classes that every state treats alike (digits, a letter in both cases, the characters
     * no match holds): per character its class, and per state a row of the next state (-1: none) for each class,
     * {@code 1 << classShift} entries a row. One read instead of RunAutomaton's interval search; rows of a few
     * classes rather than 128 characters keep a rule's tables in the cache when other rules ran in between (the
     * date-of-birth rule's seven gates take 42 KB instead of 233 KB, the pack's pattern gates 89 KB instead of 1.2 MB).
     */
    private final byte[] asciiClass;
    private final int classShift;
    /** Next states as shorts: a gate has at most {@link #MAX_STATES} states. */
    private final short[] next;
    private final boolean[] accept;
    private final int initial;
    /**
     * Whether every match begins, and whether every match ends, at a word boundary ({@code \b} first or last at
     * the top level of the pattern): the gate then tries only starts, and accepts only ends, where RE2J's
     * {@code \b} holds in the window (ASCII word characters, as in RE2).
     */
    private final boolean boundaryFirst;
    private final boolean boundaryLast;
    /** Whether the DFA and its boundary checks accept exactly the pattern's matches (see {@link #matchEnd}). */
    private final boolean exact;

    private RegexGate(Automaton pattern, boolean boundaryFirst, boolean boundaryLast, boolean exact) {
        this.boundaryFirst = boundaryFirst;
        this.boundaryLast = boundaryLast;
        this.exact = exact;
        this.dfa = new RunAutomaton(pattern, false);
        int states = dfa.getSize();
        this.accept = new boolean[states];
        for (int s = 0; s < states; s++) {
            accept[s] = dfa.isAccept(s);
        }
        // two characters share a class when every state goes to the same next state on both
        this.asciiClass = new byte[128];
        java.util.Map<Column, Integer> classOfColumn = new java.util.HashMap<>();
        List<int[]> columns = new ArrayList<>();
        for (char c = 0; c < 128; c++) {
            int[] column = new int[states];
            for (int s = 0; s < states; s++) {
                column[s] = dfa.step(s, c);
            }
            Integer known = classOfColumn.putIfAbsent(new Column(column), columns.size());
            if (known == null) {
                known = columns.size();
                columns.add(column);
            }
            asciiClass[c] = (byte) (int) known;
        }
        // a power-of-two row length: the row of a state is found with a shift, as with 128 characters a row
        this.classShift = 32 - Integer.numberOfLeadingZeros(Math.max(1, columns.size() - 1));
        this.next = new short[states << classShift];
        for (int k = 0; k < columns.size(); k++) {
            for (int s = 0; s < states; s++) {
                next[(s << classShift) + k] = (short) columns.get(k)[s];
            }
        }
        this.initial = dfa.getInitialState();
    }

    /** The next state of every state on one character, compared by content. */
    private record Column(int[] next) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Column c && Arrays.equals(next, c.next);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(next);
        }
    }

    /** The number of states of the DFA (for tests). */
    int stateCount() {
        return accept.length;
    }

    /** The bytes of the ASCII transition table (for tests). */
    int asciiTableBytes() {
        return next.length * Short.BYTES + asciiClass.length;
    }

    /** The state after {@code c} from state {@code s} as the brics DFA says it (for tests; -1: none). */
    int dfaStep(int s, char c) {
        return dfa.step(s, c);
    }

    /** The state after the ASCII character {@code c} from state {@code s} as the class table says it (-1: none). */
    int asciiStep(int s, char c) {
        return next[(s << classShift) + asciiClass[c]];
    }

    /** The gate of an RE2 pattern, or null when the pattern uses syntax this reader does not handle. */
    public static RegexGate of(String regex, boolean caseInsensitive) {
        Reader reader = new Reader(regex, caseInsensitive);
        Automaton a = automaton(reader);
        return a == null ? null : gate(a, reader.boundaryFirst, reader.boundaryLast, reader.exact);
    }

    /** One gate for several patterns: a window none of them may match in. Null if any has no automaton. */
    public static RegexGate ofAny(List<String> regexes, List<Boolean> caseInsensitive) {
        List<Automaton> parts = new ArrayList<>();
        boolean first = true;
        boolean last = true;
        for (int i = 0; i < regexes.size(); i++) {
            Reader reader = new Reader(regexes.get(i), caseInsensitive.get(i));
            Automaton a = automaton(reader);
            if (a == null) {
                return null;
            }
            parts.add(a);
            first &= reader.boundaryFirst;
            last &= reader.boundaryLast;
        }
        return gate(Automaton.union(parts), first, last, false);
    }

    private static Automaton automaton(Reader reader) {
        try {
            return reader.read();
        } catch (Unsupported e) {
            return null;
        }
    }

    private static RegexGate gate(Automaton pattern, boolean boundaryFirst, boolean boundaryLast, boolean exact) {
        // The pattern's own DFA, run from each start: a DFA of "anything, then the pattern" is smaller to run but
        // can have thousands of states (every optional separator doubles the places a match may have reached).
        pattern.minimize();
        if (pattern.getNumberOfStates() > MAX_STATES) {
            return null;
        }
        return new RegexGate(pattern, boundaryFirst, boundaryLast, exact);
    }

    /**
     * False only when no match of the pattern lies within {@code text[from, to)}. A run from a start dies at the
     * first character no match can continue with (most die at once: a digit pattern at a letter), so a window
     * costs about one table read a character; past a budget of steps the answer is "may match".
     */
    public boolean mayMatch(CharSequence text, int from, int to) {
        return firstStart(text, from, from, to) != -1;
    }

    /** {@link #firstStart}: a surrogate lies between the search start and the first possible start. */
    public static final int SURROGATE = -2;

    /** {@link #firstStart(CharSequence, int, int, int)} from the window's start. */
    public int firstStart(CharSequence text, int from, int to) {
        return firstStart(text, from, from, to);
    }

    /**
     * Where the first match within the window {@code text[from, to)} that begins at or after {@code pos} may begin:
     * no such match begins before the returned position; -1 when there is none at all, {@link #SURROGATE} when a
     * run of the DFA met a surrogate before a start was found (RE2J reads a pair as one code point: the caller must
     * then search as if it had no gate). Past the step budget the start then being tried is returned: no earlier
     * one may match, but that one is not known to. The window's edges are the text's for {@code \b}, as for RE2J
     * on the window.
     */
    public int firstStart(CharSequence text, int from, int pos, int to) {
        if (accept[initial]) {
            return pos;
        }
        int budget = 16 * (to - pos) + 256;
        for (int start = pos; start < to; start++) {
            int s = initial;
            for (int i = start; i < to; i++) {
                s = step(s, text.charAt(i));
                if (s == AT_SURROGATE) {
                    return SURROGATE;
                }
                if (s < 0) {
                    break;
                }
                // the start's \b is read once its first character is taken (most starts die on it first)
                if (i == start && boundaryFirst && !wordBoundary(text, from, to, start)) {
                    break;
                }
                if (accept[s] && (!boundaryLast || wordBoundary(text, from, to, i + 1)) || --budget == 0) {
                    return start;
                }
            }
        }
        return -1;
    }

    /**
     * False only when no match of the pattern begins at {@code at} and ends by {@code to}: one run of the DFA from
     * {@code at}, for a pattern tried anchored there behind one character of left context. A surrogate on the way
     * answers "may match".
     */
    public boolean mayMatchAt(CharSequence text, int at, int to) {
        if (accept[initial]) {
            return true;
        }
        int from = at > 0 ? at - 1 : 0;
        if (boundaryFirst && !wordBoundary(text, from, to, at)) {
            return false;
        }
        int s = initial;
        for (int i = at; i < to; i++) {
            s = step(s, text.charAt(i));
            if (s == AT_SURROGATE) {
                return true;
            }
            if (s < 0) {
                return false;
            }
            if (accept[s] && (!boundaryLast || wordBoundary(text, from, to, i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #matchEnd}: the pattern's match there may end at more than one place, or it cannot tell. */
    public static final int AMBIGUOUS = -2;

    /** Whether {@link #matchEnd} can answer: the DFA reads the pattern exactly (and it matches no empty string). */
    public boolean exact() {
        return exact && !accept[initial];
    }

    /**
     * For an {@linkplain #exact exact} gate: where the pattern's match beginning at {@code start} ends, in the
     * window {@code text[from, to)}, when the DFA finds exactly one place it may end (it then is the match RE2J
     * finds anchored there: the DFA accepts exactly the pattern's matches, so there is one, and it can end nowhere
     * else, whatever RE2J's preference among alternatives). -1 when no match begins there; {@link #AMBIGUOUS} when
     * several ends are possible, a surrogate is met (RE2J reads a pair as one code point), or the gate is not exact.
     */
    public int matchEnd(CharSequence text, int from, int start, int to) {
        if (!exact() || boundaryFirst && !wordBoundary(text, from, to, start)) {
            return exact() ? -1 : AMBIGUOUS;
        }
        int end = -1;
        int s = initial;
        for (int i = start; i < to; i++) {
            s = step(s, text.charAt(i));
            if (s == AT_SURROGATE) {
                return AMBIGUOUS;
            }
            if (s < 0) {
                break;
            }
            if (accept[s] && (!boundaryLast || wordBoundary(text, from, to, i + 1))) {
                if (end >= 0) {
                    return AMBIGUOUS;
                }
                end = i + 1;
            }
        }
        return end;
    }

    /** {@link #step}'s answer for a surrogate: RE2J reads a pair as one code point, which the DFA cannot follow. */
    private static final int AT_SURROGATE = -2;

    /** The DFA's state after {@code c}: a table read for ASCII; -1 when no match goes on; {@link #AT_SURROGATE}. */
    private int step(int s, char c) {
        if (c < 128) {
            return asciiStep(s, c);
        }
        return Character.isSurrogate(c) ? AT_SURROGATE : dfa.step(s, c);
    }

    /** RE2's {@code \b} at {@code p} in the window {@code text[from, to)}: ASCII letters, digits and "_" are word characters. */
    static boolean wordBoundary(CharSequence text, int from, int to, int p) {
        return (p > from && isWordChar(text.charAt(p - 1))) != (p < to && isWordChar(text.charAt(p)));
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Thrown by the reader at syntax it does not translate; the pattern then runs ungated. */
    private static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** A recursive-descent reader of the RE2 syntax the rule files use, building a brics automaton. */
    /**
     * {@code BasicAutomata.makeCharSet}, built from runs of consecutive characters: a negated class holds
     * tens of thousands of characters, and makeCharSet's one transition a character, sorted and merged, was
     * most of the time it took to build a scanner.
     */
    static Automaton charSet(String set) {
        char[] cs = set.toCharArray();
        Arrays.sort(cs);
        State start = new State();
        State accept = new State();
        accept.setAccept(true);
        for (int i = 0; i < cs.length; ) {
            char lo = cs[i];
            char hi = lo;
            while (++i < cs.length && (cs[i] == hi || cs[i] == hi + 1)) {
                hi = cs[i];
            }
            start.addTransition(new Transition(lo, hi, accept));
        }
        Automaton a = new Automaton();
        a.setInitialState(start);
        a.setDeterministic(true);
        return a;
    }

    private static final class Reader {
        private final String re;
        private int pos;
        /** Group depth, and what the atom last read was (see {@link #atom}). */
        private int depth;
        private int lastAtom;
        private static final int OTHER = 0;
        private static final int FLAGS = 1;
        private static final int WORD_BOUNDARY = 2;
        /** Whether the pattern's top level is one sequence whose first (last) element is {@code \b}. */
        boolean boundaryFirst;
        boolean boundaryLast;
        /**
         * Whether the DFA, with {@link #boundaryFirst} and {@link #boundaryLast} read at a run's ends, accepts exactly
         * the pattern's matches: no {@code .}, {@code ^}, {@code $} or other {@code \b} or assertion, no case
         * folding, no repeat bound opened.
         */
        boolean exact = true;
        private int wordBoundaries;

        Reader(String re, boolean caseInsensitive) {
            this.re = re;
            this.ci = caseInsensitive;
            this.exact = !caseInsensitive;
        }

        /** Case-insensitive in the current group ((?i) and (?i:...) set it). */
        private boolean ci;

        Automaton read() throws Unsupported {
            Automaton a = alternation();
            if (pos != re.length()) {
                throw new Unsupported("unbalanced ) at " + pos);
            }
            if (wordBoundaries != (boundaryFirst ? 1 : 0) + (boundaryLast ? 1 : 0)) {
                exact = false; // a \b the runs do not read
            }
            return a;
        }

        private Automaton alternation() throws Unsupported {
            List<Automaton> alts = new ArrayList<>();
            alts.add(concatenation());
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                alts.add(concatenation());
            }
            if (depth == 0 && alts.size() > 1) {
                // a top-level alternation: an alternative need not begin or end with \b
                boundaryFirst = false;
                boundaryLast = false;
            }
            return alts.size() == 1 ? alts.get(0) : Automaton.union(alts);
        }

        private Automaton concatenation() throws Unsupported {
            List<Automaton> parts = new ArrayList<>();
            boolean first = true;
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                lastAtom = OTHER;
                Automaton atom = atom();
                if (depth == 0 && lastAtom != FLAGS) {
                    if (first) {
                        boundaryFirst = lastAtom == WORD_BOUNDARY;
                        first = false;
                    }
                    boundaryLast = lastAtom == WORD_BOUNDARY;
                }
                if (atom != null) {
                    parts.add(repeats(atom));
                }
            }
            return parts.isEmpty() ? BasicAutomata.makeEmptyString() : Automaton.concatenate(parts);
        }

        private Automaton repeats(Automaton atom) throws Unsupported {
            Automaton a = atom;
            while (pos < re.length()) {
                char c = re.charAt(pos);
                int min;
                int max;
                if (c == '*') {
                    min = 0;
                    max = -1;
                    pos++;
                } else if (c == '+') {
                    min = 1;
                    max = -1;
                    pos++;
                } else if (c == '?') {
                    min = 0;
                    max = 1;
                    pos++;
                } else if (c == '{') {
                    int close = re.indexOf('}', pos);
                    if (close < 0) {
                        throw new Unsupported("{ without }");
                    }
                    String body = re.substring(pos + 1, close);
                    if (!body.matches("\\d+(,\\d*)?")) {
                        throw new Unsupported("repeat {" + body + "}");
                    }
                    int comma = body.indexOf(',');
                    min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
                    max = comma < 0 ? min : comma == body.length() - 1 ? -1 : Integer.parseInt(body.substring(comma + 1));
                    pos = close + 1;
                } else {
                    break;
                }
                if (pos < re.length() && re.charAt(pos) == '?') {
                    pos++; // lazy: the same language
                }
                if (max > MAX_COUNTED) {
                    max = -1;
                    exact = false;
                }
                if (min > MAX_COUNTED) {
                    min = MAX_COUNTED;
                    exact = false;
                }
                a = max < 0 ? a.repeat(min) : a.repeat(min, max);
            }
            return a;
        }

        /** One atom, or null for a zero-width assertion or a flag group, which match the empty string. */
        private Automaton atom() throws Unsupported {
            char c = re.charAt(pos);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    return charSet(charClass());
                }
                case '.' -> {
                    pos++;
                    exact = false; // RE2's . leaves out \n
                    return BasicAutomata.makeAnyChar();
                }
                case '^', '$' -> {
                    pos++;
                    exact = false;
                    return null;
                }
                case '\\' -> {
                    return escape();
                }
                case '*', '+', '?', '{' -> throw new Unsupported("repeat of nothing at " + pos);
                default -> {
                    pos++;
                    return literal(c);
                }
            }
        }

        private Automaton group() throws Unsupported {
            pos++; // (
            boolean outer = ci;
            if (re.startsWith("?", pos)) {
                int colon = pos + 1;
                boolean setCi = false;
                while (colon < re.length() && Character.isLetter(re.charAt(colon))) {
                    if (re.charAt(colon) != 'i') {
                        throw new Unsupported("flag " + re.charAt(colon));
                    }
                    setCi = true;
                    exact = false;
                    colon++;
                }
                if (colon >= re.length()) {
                    throw new Unsupported("unterminated group");
                }
                if (re.charAt(colon) == ')') {
                    // (?i): for the rest of the enclosing group
                    pos = colon + 1;
                    ci |= setCi;
                    lastAtom = FLAGS;
                    return null;
                }
                if (re.charAt(colon) != ':') {
                    throw new Unsupported("group kind " + re.charAt(colon));
                }
                ci |= setCi;
                pos = colon + 1;
            }
            depth++;
            Automaton inner = alternation();
            depth--;
            if (pos >= re.length() || re.charAt(pos) != ')') {
                throw new Unsupported("unterminated group");
            }
            pos++;
            ci = outer;
            lastAtom = OTHER;
            return inner;
        }

        private Automaton escape() throws Unsupported {
            if (pos + 1 >= re.length()) {
                throw new Unsupported("trailing \\");
            }
            char e = re.charAt(pos + 1);
            pos += 2;
            switch (e) {
                case 'b' -> {
                    lastAtom = WORD_BOUNDARY;
                    wordBoundaries++;
                    return null;
                }
                case 'B', 'A', 'z' -> {
                    exact = false;
                    return null;
                }
                case 'd', 's', 'w', 'D', 'S', 'W' -> {
                    return charSet(perlClass(e));
                }
                default -> {
                    return literal(escapedChar(e));
                }
            }
        }

        /** \d \s \w (ASCII, as in RE2) and their negations, as a set of characters in a string. */
        private static String perlClass(char e) throws Unsupported {
            String set = switch (Character.toLowerCase(e)) {
                case 'd' -> "0123456789";
                case 's' -> "\t\n\f\r "; // RE2's \s: no vertical tab (with it, \S would miss one RE2 matches)
                case 'w' -> "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_";
                default -> throw new Unsupported("\\" + e);
            };
            return Character.isUpperCase(e) ? complement(set) : set;
        }

        private static char escapedChar(char e) throws Unsupported {
            return switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'f' -> '\f';
                default -> {
                    if (Character.isLetterOrDigit(e) || e >= 128) {
                        throw new Unsupported("escape \\" + e);
                    }
                    yield e; // \. \- \/ \\ and other punctuation stand for themselves
                }
            };
        }

        private Automaton literal(char c) throws Unsupported {
            if (ci) {
                exact = false;
                return charSet(caseVariants(String.valueOf(c)));
            }
            return BasicAutomata.makeChar(c);
        }

        /** A bracketed class, as the set of characters it holds. */
        private String charClass() throws Unsupported {
            pos++; // [
            boolean negated = pos < re.length() && re.charAt(pos) == '^';
            if (negated) {
                pos++;
            }
            if (pos < re.length() && re.charAt(pos) == ']') {
                throw new Unsupported("] first in a class");
            }
            StringBuilder set = new StringBuilder();
            while (true) {
                if (pos >= re.length()) {
                    throw new Unsupported("unterminated class");
                }
                char c = re.charAt(pos);
                if (c == ']') {
                    pos++;
                    break;
                }
                if (c == '[') {
                    throw new Unsupported("[ in a class");
                }
                char lo;
                if (c == '\\') {
                    if (pos + 1 >= re.length()) {
                        throw new Unsupported("trailing \\");
                    }
                    char e = re.charAt(pos + 1);
                    pos += 2;
                    if ("dswDSW".indexOf(e) >= 0) {
                        set.append(perlClass(e));
                        continue;
                    }
                    lo = escapedChar(e);
                } else {
                    lo = c;
                    pos++;
                }
                if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    char hi = re.charAt(pos + 1);
                    if (hi == '\\' || hi == '[') {
                        throw new Unsupported("escaped range end");
                    }
                    pos += 2;
                    if (hi < lo) {
                        throw new Unsupported("range " + lo + "-" + hi);
                    }
                    for (char x = lo; x <= hi; x++) {
                        set.append(x);
                    }
                } else {
                    set.append(lo);
                }
            }
            if (ci) {
                exact = false;
            }
            String chars = ci ? caseVariants(set.toString()) : set.toString();
            // RE2 folds case before negating: [^a] under (?i) excludes a and A. Leaving out a fold only widens
            // the negated class, so the superset holds for negated classes whatever caseVariants returns.
            return negated ? complement(chars) : chars;
        }

        /**
         * Every case variant RE2 (simple Unicode case folding) gives the characters: upper, lower and title case,
         * and the fold orbits that hold more than two characters among ASCII letters (k, s, å). Characters
         * beyond Latin-1, and the Latin-1 ones whose orbits leave it in other ways (ß, µ), are not read.
         */
        private static String caseVariants(String chars) throws Unsupported {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                if (c > 0xff || c == 'ß' || c == 'µ' || c == 'ÿ') {
                    throw new Unsupported("case folding of " + c);
                }
                out.append(c).append(Character.toLowerCase(c)).append(Character.toUpperCase(c))
                        .append(Character.toTitleCase(c));
                char lower = Character.toLowerCase(c);
                if (lower == 'k') {
                    out.append('\u212a');
                } else if (lower == 's') {
                    out.append('\u017f');
                } else if (lower == 'å') {
                    out.append('\u212b');
                }
            }
            return out.toString();
        }

        private static String complement(String set) {
            boolean[] in = new boolean[65536];
            for (int i = 0; i < set.length(); i++) {
                in[set.charAt(i)] = true;
            }
            StringBuilder out = new StringBuilder(65536 - set.length());
            for (int c = 0; c < 65536; c++) {
                if (!in[c]) {
                    out.append((char) c);
                }
            }
            return out.toString();
        }
    }
}

package io.piiscanner.core.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic automaton over the ten ASCII digits for up to 31 of libphonenumber's metadata patterns at once
 * (a region's national number patterns, its leading digits, its international prefix). Each state carries a mask:
 * bit i is set when the digits read so far match pattern i as a whole. A step is one array read, where
 * {@code java.util.regex} backtracks through alternations of area codes.
 *
 * <p>Exact, not a gate: for every string of ASCII digits, {@link #matchMask} has bit i set exactly when
 * {@code Pattern.compile(pattern_i).matcher(s).matches()}, and {@link #lookingAt} is {@code lookingAt()}. The
 * reader ({@link Reader}) takes only the syntax the metadata uses and throws {@link IllegalArgumentException} at
 * anything else, so a pattern it would not read exactly is never compiled.
 *
 * <p>Built directly, not through dk.brics.automaton: positions of the patterns (Glushkov's construction, no empty
 * moves), then subsets of positions as states, over an alphabet of ten. A region compiles in about a millisecond;
 * brics' unions, intersections and minimizations took up to 0.7 s for one region (Germany) and 9 s for all of
 * them. Immutable and thread-safe.
 */
final class DigitDfa {

    /** next[state * 10 + digit]: the next state, or -1 where no pattern can match any more. */
    private final int[] next;
    private final int[] mask;
    private static final int INITIAL = 0;

    private DigitDfa(int[] next, int[] mask) {
        this.next = next;
        this.mask = mask;
    }

    /** The automaton of one pattern (bit 0). */
    static DigitDfa of(String regex) {
        return of(List.of(regex));
    }

    /**
     * The automaton of several patterns, pattern i on bit i; a null or empty pattern gets no bit (libphonenumber's
     * empty national number pattern matches nothing). IllegalArgumentException at syntax the reader does not know.
     */
    static DigitDfa of(List<String> regexes) {
        if (regexes.size() > 31) {
            throw new IllegalArgumentException("more than 31 patterns");
        }
        Positions positions = new Positions();
        BitSet first = new BitSet();
        int initialMask = 0;
        for (int i = 0; i < regexes.size(); i++) {
            String regex = regexes.get(i);
            if (regex == null || regex.isEmpty()) {
                continue;
            }
            Node node = new Reader(regex).read();
            Glushkov g = node.glushkov(positions);
            first.or(g.first);
            for (int p = g.last.nextSetBit(0); p >= 0; p = g.last.nextSetBit(p + 1)) {
                positions.accept.set(p, positions.accept.get(p) | 1 << i);
            }
            if (g.nullable) {
                initialMask |= 1 << i;
            }
        }
        return subsets(positions, first, initialMask);
    }

    /** Subset construction: state 0 is the start, then each new set of positions as it is first reached. */
    private static DigitDfa subsets(Positions positions, BitSet first, int initialMask) {
        int n = positions.size();
        BitSet[] byDigit = new BitSet[10];
        for (int d = 0; d < 10; d++) {
            byDigit[d] = new BitSet(n);
        }
        for (int p = 0; p < n; p++) {
            int digits = positions.digits.get(p);
            for (int d = 0; d < 10; d++) {
                if ((digits & 1 << d) != 0) {
                    byDigit[d].set(p);
                }
            }
        }
        List<BitSet> states = new ArrayList<>();
        Map<BitSet, Integer> ids = new HashMap<>();
        List<int[]> rows = new ArrayList<>();
        List<Integer> masks = new ArrayList<>();
        states.add(null); // the start: its successors are the first positions
        masks.add(initialMask);
        for (int s = 0; s < states.size(); s++) {
            BitSet reachable;
            if (s == INITIAL) {
                reachable = first;
            } else {
                reachable = new BitSet(n);
                BitSet set = states.get(s);
                for (int p = set.nextSetBit(0); p >= 0; p = set.nextSetBit(p + 1)) {
                    reachable.or(positions.follow.get(p));
                }
            }
            int[] row = new int[10];
            for (int d = 0; d < 10; d++) {
                BitSet target = (BitSet) reachable.clone();
                target.and(byDigit[d]);
                if (target.isEmpty()) {
                    row[d] = -1;
                    continue;
                }
                Integer id = ids.get(target);
                if (id == null) {
                    id = states.size();
                    ids.put(target, id);
                    states.add(target);
                    int m = 0;
                    for (int p = target.nextSetBit(0); p >= 0; p = target.nextSetBit(p + 1)) {
                        m |= positions.accept.get(p);
                    }
                    masks.add(m);
                }
                row[d] = id;
            }
            rows.add(row);
        }
        int[] next = new int[rows.size() * 10];
        int[] mask = new int[rows.size()];
        for (int s = 0; s < rows.size(); s++) {
            System.arraycopy(rows.get(s), 0, next, s * 10, 10);
            mask[s] = masks.get(s);
        }
        return new DigitDfa(next, mask);
    }

    int states() {
        return mask.length;
    }

    /** The state after one more digit (-1: none), from state 0 at the start; for tests. */
    int next(int state, int digit) {
        return next[state * 10 + digit];
    }

    /** The patterns that match when the digits read end in {@code state}; for tests. */
    int mask(int state) {
        return mask[state];
    }

    /** The patterns that match all of {@code s[from, to)} as a mask (0 also when a character is not a digit). */
    int matchMask(CharSequence s, int from, int to) {
        int state = INITIAL;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return 0;
            }
            state = next[state * 10 + d];
            if (state < 0) {
                return 0;
            }
        }
        return mask[state];
    }

    /** Whether pattern 0 matches all of {@code s}: {@code matches()}. */
    boolean matches(CharSequence s) {
        return (matchMask(s, 0, s.length()) & 1) != 0;
    }

    /**
     * The patterns that match a prefix of {@code s[from, to)} (the empty one included) as a mask: bit i set is
     * {@code lookingAt()} of pattern i. Digits only; the read stops at anything else.
     */
    int prefixMask(CharSequence s, int from, int to) {
        int state = INITIAL;
        int m = mask[state];
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                break;
            }
            state = next[state * 10 + d];
            if (state < 0) {
                break;
            }
            m |= mask[state];
        }
        return m;
    }

    /** Whether pattern 0 matches a prefix of {@code s[from, to)}, the empty one included: {@code lookingAt()}. */
    boolean lookingAt(CharSequence s, int from, int to) {
        int state = INITIAL;
        if ((mask[state] & 1) != 0) {
            return true;
        }
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            state = next[state * 10 + d];
            if (state < 0) {
                return false;
            }
            if ((mask[state] & 1) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The positions of the patterns: the digits each reads, the positions that may follow, the patterns it ends. */
    private static final class Positions {
        final List<Integer> digits = new ArrayList<>();
        final List<BitSet> follow = new ArrayList<>();
        final List<Integer> accept = new ArrayList<>();

        int add(int digitMask) {
            digits.add(digitMask);
            follow.add(new BitSet());
            accept.add(0);
            return digits.size() - 1;
        }

        int size() {
            return digits.size();
        }
    }

    /** A (sub)pattern's first and last positions and whether it matches the empty string. */
    private record Glushkov(BitSet first, BitSet last, boolean nullable) {
    }

    /** A pattern as a tree; each call of {@link #glushkov} gives it new positions (a counted repeat reuses a node). */
    private sealed interface Node permits Digits, Sequence, Choice, Repeat {
        Glushkov glushkov(Positions positions);
    }

    private record Digits(int mask) implements Node {
        @Override
        public Glushkov glushkov(Positions positions) {
            BitSet one = new BitSet();
            one.set(positions.add(mask));
            return new Glushkov(one, (BitSet) one.clone(), false);
        }
    }

    private record Sequence(List<Node> parts) implements Node {
        @Override
        public Glushkov glushkov(Positions positions) {
            Glushkov acc = new Glushkov(new BitSet(), new BitSet(), true);
            for (Node part : parts) {
                acc = concatenate(positions, acc, part.glushkov(positions));
            }
            return acc;
        }
    }

    private record Choice(List<Node> alternatives) implements Node {
        @Override
        public Glushkov glushkov(Positions positions) {
            BitSet first = new BitSet();
            BitSet last = new BitSet();
            boolean nullable = false;
            for (Node alternative : alternatives) {
                Glushkov g = alternative.glushkov(positions);
                first.or(g.first);
                last.or(g.last);
                nullable |= g.nullable;
            }
            return new Glushkov(first, last, nullable);
        }
    }

    /** {@code node{min,max}}, max -1 for no bound: min copies, then max - min optional ones (or a star). */
    private record Repeat(Node node, int min, int max) implements Node {
        @Override
        public Glushkov glushkov(Positions positions) {
            Glushkov acc = new Glushkov(new BitSet(), new BitSet(), true);
            for (int i = 0; i < min; i++) {
                acc = concatenate(positions, acc, node.glushkov(positions));
            }
            if (max < 0) {
                Glushkov g = node.glushkov(positions);
                for (int p = g.last.nextSetBit(0); p >= 0; p = g.last.nextSetBit(p + 1)) {
                    positions.follow.get(p).or(g.first);
                }
                return concatenate(positions, acc, new Glushkov(g.first, g.last, true));
            }
            for (int i = min; i < max; i++) {
                Glushkov g = node.glushkov(positions);
                acc = concatenate(positions, acc, new Glushkov(g.first, g.last, true));
            }
            return acc;
        }
    }

    /** a then b: b's first positions may follow a's last ones. */
    private static Glushkov concatenate(Positions positions, Glushkov a, Glushkov b) {
        for (int p = a.last.nextSetBit(0); p >= 0; p = a.last.nextSetBit(p + 1)) {
            positions.follow.get(p).or(b.first);
        }
        BitSet first = (BitSet) a.first.clone();
        if (a.nullable) {
            first.or(b.first);
        }
        BitSet last = (BitSet) b.last.clone();
        if (b.nullable) {
            last.or(a.last);
        }
        return new Glushkov(first, last, a.nullable && b.nullable);
    }

    /**
     * A recursive-descent reader of the regular expressions in libphonenumber's metadata: digits, {@code \d},
     * classes of digits and digit ranges ({@code [1-35-8]}), groups ({@code (...)}, {@code (?:...)}), {@code |},
     * and the greedy repeats {@code ? * + {n} {n,} {n,m}}. Anything else (anchors, negated classes, other escapes,
     * lazy or possessive repeats, other characters) is refused. Without flags, {@code java.util.regex} reads each of
     * these as a plain regular language (backtracking tries every way before it fails), so whether a string of
     * digits matches, or has a prefix that does, is the language's answer.
     */
    private static final class Reader {
        private static final int ALL_DIGITS = (1 << 10) - 1;
        private final String re;
        private int pos;

        Reader(String re) {
            this.re = re;
        }

        Node read() {
            Node node = alternation();
            if (pos != re.length()) {
                throw refuse("unexpected " + re.charAt(pos));
            }
            return node;
        }

        private IllegalArgumentException refuse(String what) {
            return new IllegalArgumentException(what + " at " + pos + " in " + re);
        }

        private Node alternation() {
            List<Node> alternatives = new ArrayList<>();
            alternatives.add(concatenation());
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                alternatives.add(concatenation());
            }
            return alternatives.size() == 1 ? alternatives.get(0) : new Choice(alternatives);
        }

        private Node concatenation() {
            List<Node> parts = new ArrayList<>();
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                parts.add(repeats(atom()));
            }
            return parts.size() == 1 ? parts.get(0) : new Sequence(parts);
        }

        private Node repeats(Node atom) {
            Node node = atom;
            while (pos < re.length()) {
                char c = re.charAt(pos);
                if (c == '?') {
                    pos++;
                    node = new Repeat(node, 0, 1);
                } else if (c == '*') {
                    pos++;
                    node = new Repeat(node, 0, -1);
                } else if (c == '+') {
                    pos++;
                    node = new Repeat(node, 1, -1);
                } else if (c == '{') {
                    int close = re.indexOf('}', pos);
                    if (close < 0) {
                        throw refuse("{ without }");
                    }
                    String body = re.substring(pos + 1, close);
                    if (!body.matches("\\d{1,2}(,\\d{0,2})?")) {
                        throw refuse("repeat {" + body + "}");
                    }
                    int comma = body.indexOf(',');
                    int min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
                    int max = comma < 0 ? min : comma == body.length() - 1 ? -1 : Integer.parseInt(body.substring(comma + 1));
                    if (max >= 0 && max < min) {
                        throw refuse("repeat {" + body + "}");
                    }
                    pos = close + 1;
                    node = new Repeat(node, min, max);
                } else {
                    break;
                }
                if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                    throw refuse("lazy or possessive repeat");
                }
            }
            return node;
        }

        private Node atom() {
            char c = re.charAt(pos);
            if (c == '(') {
                pos++;
                if (re.startsWith("?:", pos)) {
                    pos += 2;
                } else if (re.startsWith("?", pos)) {
                    throw refuse("group kind");
                }
                Node inner = alternation();
                if (pos >= re.length() || re.charAt(pos) != ')') {
                    throw refuse("unterminated group");
                }
                pos++;
                return inner;
            }
            if (c == '[') {
                return new Digits(digitClass());
            }
            if (c == '\\') {
                if (re.startsWith("\\d", pos)) {
                    pos += 2;
                    return new Digits(ALL_DIGITS);
                }
                throw refuse("escape");
            }
            if (c >= '0' && c <= '9') {
                pos++;
                return new Digits(1 << c - '0');
            }
            throw refuse("character " + c);
        }

        /** A bracketed class of digits, {@code \d} and digit ranges, as a mask of digits. */
        private int digitClass() {
            pos++; // [
            int set = 0;
            boolean empty = true;
            while (true) {
                if (pos >= re.length()) {
                    throw refuse("unterminated class");
                }
                char c = re.charAt(pos);
                if (c == ']' && !empty) {
                    pos++;
                    return set;
                }
                empty = false;
                if (re.startsWith("\\d", pos)) {
                    pos += 2;
                    set |= ALL_DIGITS;
                    continue;
                }
                if (c < '0' || c > '9') {
                    throw refuse("class member " + c);
                }
                pos++;
                if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    char hi = re.charAt(pos + 1);
                    if (hi < c || hi > '9') {
                        throw refuse("range " + c + "-" + hi);
                    }
                    pos += 2;
                    for (char x = c; x <= hi; x++) {
                        set |= 1 << x - '0';
                    }
                } else {
                    set |= 1 << c - '0';
                }
            }
        }
    }
}

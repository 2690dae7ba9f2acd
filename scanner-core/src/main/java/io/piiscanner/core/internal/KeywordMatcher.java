package io.piiscanner.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Case-insensitive multi-keyword search in one pass (Aho-Corasick), optionally whole-word only.
 *
 * <p>Used twice: as the scanner's keyword prefilter (every rule's trigger words in one pass over the
 * text) and for context words near a candidate. Immutable and thread-safe once built. Keywords are
 * lower-cased with {@link Locale#ROOT}; the text is lower-cased char by char while scanning, so no
 * lower-cased copy of the text is made.
 */
public final class KeywordMatcher {

    public static final KeywordMatcher EMPTY = of(List.of(), true);

    /** Receives a keyword hit; return false to stop the search. */
    @FunctionalInterface
    public interface HitConsumer {
        boolean accept(int keywordIndex, int start, int end);
    }

    private final String[] keywords;
    private final boolean wholeWords;
    // The automaton is a DFA over the characters the keywords hold (lower case, "_" read as a space), ASCII and
    // not ("ä", "é", "ñ"), with failure links already followed, so a character costs two array reads: its class,
    // then the next state. A character no keyword holds (class 0) sends the automaton to the root.
    //   table[(node << shift) + class] is the next state as (node << 1) | 1 when keywords end there; a row is a
    //   power of two wide so that its offset is a shift, and its entries are chars (two bytes) while the nodes fit,
    //   ints otherwise. Only the nodes below {@link #dense} (shallow, or with several children) have a row; a
    //   deeper node in a chain of one child steps through {@link #sparse}, and texts seldom reach one. Nodes are
    //   numbered breadth first, so the shallow nodes a text mostly visits share few cache lines; within a row the
    //   classes of the characters frequent in text come first ({@link #FREQUENT}: the space, letters, digits), so
    //   the columns a text mostly reads lie in a row's first cache line. Class 0 is a column too, the root in
    //   every row: no branch for characters no keyword holds.
    // (Measured against dense rows of ints holding row offsets, width alphabet + 2: the vocabulary's 1.0 MB table
    // becomes 130 KB of rows and 44 KB of chains, and the pass over a text about 30% faster.)
    private final char[] table;
    /** The table when the nodes do not fit a char ({@link #table} is then null). */
    private final int[] wideTable;
    private final int shift;
    /** Nodes below this have a dense row; the others are in {@link #sparse}. */
    private final int dense;
    /** Per node from {@link #dense} on, three ints: its child's class (-1: none), its child's entry, its failure node. */
    private final int[] sparse;
    /** The class of each character below {@link #CLASS_TABLE} (case and "_" folded); others: {@link #slowClass}. */
    private final short[] classOf = new short[CLASS_TABLE];
    /** The keywords' characters, sorted. */
    private final char[] alphabet;
    /** The class of {@code alphabet[i]}. */
    private final short[] classOfLetter;
    /** Per node (dense rows first), the keywords that end there (longest first). */
    private final int[][] outputsByNode;

    /** Characters below this (ASCII, Latin-1 and Latin Extended A and B) find their class with one read. */
    private static final int CLASS_TABLE = 0x250;

    private KeywordMatcher(String[] keywords, boolean wholeWords) {
        this.keywords = keywords;
        this.wholeWords = wholeWords;
        this.alphabet = alphabet(keywords);
        this.classOfLetter = classes(alphabet, keywords);
        int shift = 1;
        while ((1 << shift) < alphabet.length + 1) {
            shift++;
        }
        this.shift = shift;
        int width = 1 << shift;
        for (int c = 0; c < CLASS_TABLE; c++) {
            classOf[c] = (short) compactClass(lower((char) c));
        }
        Trie trie = new Trie(keywords);
        int n = trie.childChars.size();
        // Rows in breadth-first order; a node's failure target is shallower, so its row is filled first and the
        // node's row starts as a copy of it, then takes the node's own children.
        int[] order = trie.linkFailures();
        int[] rowOf = new int[n];
        for (int i = 0; i < n; i++) {
            rowOf[order[i]] = i;
        }
        int[] dfa = new int[n * width];
        for (int i = 0; i < n; i++) {
            int node = order[i];
            if (i > 0) {
                System.arraycopy(dfa, rowOf[trie.failure[node]] * width, dfa, i * width, width);
            }
            char[] cs = trie.childChars.get(node);
            int[] ns = trie.childNodes.get(node);
            for (int c = 0; c < cs.length; c++) {
                dfa[i * width + compactClass(cs[c])] = rowOf[ns[c]];
            }
        }
        // Then renumbered: the nodes with a dense row first, the others after (each part breadth first). A node
        // without one has one child or none, and its other steps are its failure node's: (child class, child,
        // failure node) tell them.
        int[] id = new int[n];
        int dense = 0;
        for (int i = 0; i < n; i++) {
            if (hasDenseRow(trie, order[i])) {
                id[i] = dense++;
            }
        }
        int next = dense;
        for (int i = 0; i < n; i++) {
            if (!hasDenseRow(trie, order[i])) {
                id[i] = next++;
            }
        }
        this.dense = dense;
        this.outputsByNode = new int[n][];
        boolean[] ends = new boolean[n];
        for (int i = 0; i < n; i++) {
            outputsByNode[id[i]] = trie.outputs.get(order[i]);
            ends[id[i]] = outputsByNode[id[i]].length > 0;
        }
        int[] t = new int[dense * width];
        this.sparse = new int[(n - dense) * 3];
        for (int i = 0; i < n; i++) {
            int node = order[i];
            int d = id[i];
            if (d < dense) {
                for (int c = 0; c < width; c++) {
                    int target = id[dfa[i * width + c]];
                    t[d * width + c] = target << 1 | (ends[target] ? 1 : 0);
                }
            } else {
                int j = (d - dense) * 3;
                char[] cs = trie.childChars.get(node);
                if (cs.length == 1) {
                    int target = id[rowOf[trie.childNodes.get(node)[0]]];
                    sparse[j] = compactClass(cs[0]);
                    sparse[j + 1] = target << 1 | (ends[target] ? 1 : 0);
                } else {
                    sparse[j] = -1;
                }
                sparse[j + 2] = id[rowOf[trie.failure[node]]];
            }
        }
        if (n <= Character.MAX_VALUE >> 1) {
            char[] ct = new char[t.length];
            for (int i = 0; i < t.length; i++) {
                ct[i] = (char) t[i];
            }
            this.table = ct;
            this.wideTable = null;
        } else {
            this.table = null;
            this.wideTable = t;
        }
    }

    /**
     * Whether a node gets a dense row: the shallow ones, which texts visit most, and those with several children.
     * (Dense rows to depth 4, 130 KB for the default vocabulary, the other 3,700 nodes in 44 KB.)
     */
    private static boolean hasDenseRow(Trie trie, int node) {
        return trie.depth[node] <= DENSE_DEPTH || trie.childChars.get(node).length > 1;
    }

    private static final int DENSE_DEPTH = 4;

    /**
     * The class (column) of each alphabet character: from 1, those in {@link #FREQUENT} first in its order, then the
     * others by how many keyword characters they are (most first), ties in character order.
     */
    private static short[] classes(char[] alphabet, String[] keywords) {
        int[] count = new int[alphabet.length];
        for (String k : keywords) {
            for (int i = 0; i < k.length(); i++) {
                count[Arrays.binarySearch(alphabet, k.charAt(i))]++;
            }
        }
        Integer[] byRank = new Integer[alphabet.length];
        for (int i = 0; i < alphabet.length; i++) {
            byRank[i] = i;
        }
        Arrays.sort(byRank, (x, y) -> {
            int px = FREQUENT.indexOf(alphabet[x]);
            int py = FREQUENT.indexOf(alphabet[y]);
            if (px != py) {
                return px < 0 ? 1 : py < 0 ? -1 : Integer.compare(px, py);
            }
            return count[x] != count[y] ? Integer.compare(count[y], count[x]) : Character.compare(alphabet[x], alphabet[y]);
        });
        short[] classes = new short[alphabet.length];
        for (int r = 0; r < byRank.length; r++) {
            classes[byRank[r]] = (short) (r + 1);
        }
        return classes;
    }

    /** Characters frequent in text, most frequent first: their classes come first, in this order. */
    private static final String FREQUENT = " etaoinsrhldcumfpgwybvk0123456789-.:/xjqz,'@#()";

    /** The characters of the keywords, sorted. */
    private static char[] alphabet(String[] keywords) {
        java.util.TreeSet<Character> letters = new java.util.TreeSet<>();
        for (String k : keywords) {
            for (char c : k.toCharArray()) {
                letters.add(c);
            }
        }
        char[] alphabet = new char[letters.size()];
        int a = 0;
        for (char c : letters) {
            alphabet[a++] = c;
        }
        return alphabet;
    }

    /** The keywords' trie (children sorted by character), with failure links and outputs once linked. */
    private static final class Trie {
        final List<char[]> childChars = new ArrayList<>();
        final List<int[]> childNodes = new ArrayList<>();
        /** Per node, the keywords that end there (with those reached through failure links, once linked). */
        final List<int[]> outputs = new ArrayList<>();
        int[] failure;
        int[] depth;

        Trie(String[] keywords) {
            addNode();
            for (int k = 0; k < keywords.length; k++) {
                int node = 0;
                for (char c : keywords[k].toCharArray()) {
                    int next = find(childChars.get(node), childNodes.get(node), c);
                    if (next < 0) {
                        next = addNode();
                        insertChild(childChars, childNodes, node, c, next);
                    }
                    node = next;
                }
                outputs.set(node, append(outputs.get(node), k));
            }
        }

        private int addNode() {
            childChars.add(new char[0]);
            childNodes.add(new int[0]);
            outputs.add(new int[0]);
            return childChars.size() - 1;
        }

        /**
         * Links each node to the longest proper suffix of its path that is also a trie path, and adds that node's
         * outputs to its own (longer keywords first). The nodes in breadth-first order, the root first.
         */
        int[] linkFailures() {
            int n = childChars.size();
            failure = new int[n];
            depth = new int[n];
            int[] order = new int[n];
            int head = 0;
            int tail = 0;
            order[tail++] = 0;
            while (head < tail) {
                int node = order[head++];
                char[] cs = childChars.get(node);
                int[] ns = childNodes.get(node);
                for (int i = 0; i < cs.length; i++) {
                    int child = ns[i];
                    if (node != 0) {
                        int f = failure[node];
                        int target;
                        while ((target = find(childChars.get(f), childNodes.get(f), cs[i])) < 0 && f != 0) {
                            f = failure[f];
                        }
                        failure[child] = target >= 0 && target != child ? target : 0;
                        if (outputs.get(failure[child]).length > 0) {
                            outputs.set(child, concat(outputs.get(child), outputs.get(failure[child])));
                        }
                    }
                    depth[child] = depth[node] + 1;
                    order[tail++] = child;
                }
            }
            return order;
        }
    }

    /** The class of a lower-cased character: from 1 for the keywords' characters, 0 for others. */
    private int compactClass(char lower) {
        int i = Arrays.binarySearch(alphabet, lower);
        return i >= 0 ? classOfLetter[i] : 0;
    }

    /**
     * The class of a character at or above {@link #CLASS_TABLE}: lower-cased ("K", the Kelvin sign, is "k"). Most
     * such characters ("€", "•", CJK) lower-case to themselves, beyond every keyword character: class 0 without a
     * search.
     */
    private int slowClass(char c) {
        char lower = Character.toLowerCase(c);
        if (lower < CLASS_TABLE) {
            return classOf[lower];
        }
        return alphabet.length == 0 || lower > alphabet[alphabet.length - 1] ? 0 : compactClass(lower);
    }

    /** Builds a matcher; blank keywords are ignored, duplicates folded. */
    public static KeywordMatcher of(Collection<String> words, boolean wholeWords) {
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String w : words) {
            if (w != null && !w.isBlank()) {
                clean.add(normalize(w));
            }
        }
        return new KeywordMatcher(clean.toArray(new String[0]), wholeWords);
    }

    /**
     * A keyword as the matcher spells it: lower case, "_" and "-" read as spaces (as in the text), so the phrase
     * "ss no" matches "SS_NO" and "crm.contact.ss-no", and "e-aadhaar" matches "e aadhaar".
     */
    public static String normalize(String keyword) {
        return keyword.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }

    public boolean isEmpty() {
        return keywords.length == 0;
    }

    public int size() {
        return keywords.length;
    }

    public String keyword(int index) {
        return keywords[index];
    }

    /** Reports every hit in {@code text[from, to)}, in order of end position. */
    public void forEachHit(CharSequence text, int from, int to, HitConsumer consumer) {
        if (keywords.length == 0) {
            return;
        }
        if (table == null) {
            forEachHitWide(text, from, to, consumer);
            return;
        }
        char[] table = this.table;
        int shift = this.shift;
        int dense = this.dense;
        int node = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int cls = c < CLASS_TABLE ? classOf[c] : slowClass(c);
            int next = node < dense ? table[(node << shift) + cls] : sparseStep(node, cls);
            node = next >>> 1;
            if ((next & 1) != 0 && !report(text, node, i + 1, consumer)) {
                return;
            }
        }
    }

    /**
     * {@link #forEachHit} over the int table (a vocabulary of more than 32,767 nodes). A loop of its own, not a test
     * of the table's kind for each character: the compiled loop reads one array type.
     */
    private void forEachHitWide(CharSequence text, int from, int to, HitConsumer consumer) {
        int[] table = this.wideTable;
        int shift = this.shift;
        int dense = this.dense;
        int node = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int cls = c < CLASS_TABLE ? classOf[c] : slowClass(c);
            int next = node < dense ? table[(node << shift) + cls] : sparseStep(node, cls);
            node = next >>> 1;
            if ((next & 1) != 0 && !report(text, node, i + 1, consumer)) {
                return;
            }
        }
    }

    /** The entry of the step from a node without a dense row. */
    private int sparseStep(int node, int cls) {
        int[] sparse = this.sparse;
        do {
            int j = (node - dense) * 3;
            if (sparse[j] == cls) {
                return sparse[j + 1];
            }
            node = sparse[j + 2];
        } while (node >= dense);
        return table != null ? table[(node << shift) + cls] : wideTable[(node << shift) + cls];
    }

    /** Reports the keywords ending at {@code end} in {@code node}; false when the consumer stops the search. */
    private boolean report(CharSequence text, int node, int end, HitConsumer consumer) {
        for (int k : outputsByNode[node]) {
            int start = end - keywords[k].length();
            if (!wholeWords || isWholeWord(text, start, end)) {
                if (!consumer.accept(k, start, end)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The first keyword found in {@code text[from, to)}, or -1. */
    public int firstHit(CharSequence text, int from, int to) {
        int[] found = {-1};
        forEachHit(text, from, to, (k, s, e) -> {
            found[0] = k;
            return false;
        });
        return found[0];
    }

    /**
     * Whether {@code text[start, end)} stands as a word. Boundaries are checked against the whole text, not
     * a searched range, so a window that cuts a word does not create one. Only a side that is itself a
     * letter or digit needs a boundary ("://" or "-----begin" match anywhere). Identifiers in code and JSON
     * count as words too: "_" and a lower-to-upper case change are boundaries ("customer_ssn", "orderId"), and so
     * is the end of an upper-case acronym before a capitalised word ("BSNNumber", "UIDNumber", "SSNValue").
     */
    public static boolean isWholeWord(CharSequence text, int start, int end) {
        boolean leftOk = start == 0 || !isWordChar(text.charAt(start)) || !isWordChar(text.charAt(start - 1))
                || camelCaseBoundary(text, start);
        boolean rightOk = end == text.length() || !isWordChar(text.charAt(end - 1)) || !isWordChar(text.charAt(end))
                || camelCaseBoundary(text, end);
        return leftOk && rightOk;
    }

    /**
     * Whether a word of a camel-case identifier starts at {@code i} (0 < i < length, both sides letters or digits):
     * lower case then upper case ("order|Id"), or an acronym's last capital then a capitalised word ("BSN|Number").
     */
    private static boolean camelCaseBoundary(CharSequence text, int i) {
        char before = text.charAt(i - 1);
        char at = text.charAt(i);
        if (!Character.isUpperCase(at)) {
            return false;
        }
        return Character.isLowerCase(before)
                || Character.isUpperCase(before) && i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /**
     * Lower case, and "_" and "-" read as spaces so "tax_file_number" and "tax-file-number" (snake and kebab case
     * keys) match the phrase "tax file number".
     */
    private static char lower(char c) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z') ? (char) (c | 0x20) : c == '_' || c == '-' ? ' ' : c;
        }
        return Character.toLowerCase(c);
    }

    private static int find(char[] cs, int[] ns, char c) {
        // Nodes near the root can be wide; binary search keeps the lookup logarithmic.
        int i = Arrays.binarySearch(cs, c);
        return i >= 0 ? ns[i] : -1;
    }

    private static void insertChild(List<char[]> chars, List<int[]> nodes, int node, char c, int child) {
        char[] cs = chars.get(node);
        int[] ns = nodes.get(node);
        int pos = -(Arrays.binarySearch(cs, c) + 1);
        char[] ncs = new char[cs.length + 1];
        int[] nns = new int[ns.length + 1];
        System.arraycopy(cs, 0, ncs, 0, pos);
        System.arraycopy(ns, 0, nns, 0, pos);
        ncs[pos] = c;
        nns[pos] = child;
        System.arraycopy(cs, pos, ncs, pos + 1, cs.length - pos);
        System.arraycopy(ns, pos, nns, pos + 1, ns.length - pos);
        chars.set(node, ncs);
        nodes.set(node, nns);
    }

    private static int[] append(int[] a, int v) {
        int[] r = Arrays.copyOf(a, a.length + 1);
        r[a.length] = v;
        return r;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Override
    public String toString() {
        return "KeywordMatcher[" + keywords.length + " keywords" + (wholeWords ? ", whole words" : "") + "]";
    }
}

package io.piiscanner.core.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds SQL {@code INSERT INTO t (c1, c2, ...) VALUES (v1, v2, ...)[, (...)]} statements in text (a dump in temp
 * storage, a statement in a sync log) and gives each value the name of its column, as {@link EmbeddedTables} does
 * for a pasted table: in "(routing, account) VALUES ('072264010', '819112928792')" the nearest word to the first
 * value is "account", but its column is "routing". Only statements that name their columns are read; a value is
 * a quoted string (its content) or a bare literal, and a typed literal ({@code DATE '1961-10-28'}) gives its
 * quoted part.
 */
final class SqlInserts {

    private static final int MAX_COLUMNS = 256;

    private SqlInserts() {
    }

    /**
     * Cheap test before {@link #cells}, on every text: most hold no "values" keyword at all. Two searches cover the
     * keyword as SQL is written ("VALUES", "values", "Values").
     */
    static boolean mayHold(String text) {
        return text.length() > 24 && (text.contains("alues") || text.contains("ALUES"));
    }

    static List<EmbeddedTables.Cell> cells(String text) {
        List<EmbeddedTables.Cell> out = null;
        int from = 0;
        while (true) {
            int insert = indexOfWord(text, "insert", from);
            if (insert < 0) {
                break;
            }
            from = insert + 6;
            int p = skipSpaces(text, from);
            if (!startsWithWord(text, p, "into")) {
                continue;
            }
            p = skipTableName(text, skipSpaces(text, p + 4));
            p = skipSpaces(text, p);
            if (p < 0 || p >= text.length() || text.charAt(p) != '(') {
                continue; // no column list: the values' meaning is in the table's definition, not here
            }
            List<int[]> names = new ArrayList<>();
            int close = list(text, p, names);
            if (close < 0 || names.isEmpty() || names.size() > MAX_COLUMNS) {
                continue;
            }
            String[] columns = new String[names.size()];
            boolean identifiers = true;
            for (int c = 0; c < columns.length && identifiers; c++) {
                columns[c] = stripIdentifierQuotes(text.substring(names.get(c)[0], names.get(c)[1]));
                identifiers = isIdentifier(columns[c]);
            }
            if (!identifiers) {
                // Column names go into findings' explanations: only names as SQL writes them, never a value
                // (a quoted "identifier" can hold anything, an e-mail address included).
                continue;
            }
            p = skipSpaces(text, close + 1);
            if (!startsWithWord(text, p, "values")) {
                continue;
            }
            p = skipSpaces(text, p + 6);
            while (p < text.length() && text.charAt(p) == '(') {
                List<int[]> values = new ArrayList<>();
                close = list(text, p, values);
                if (close < 0) {
                    break;
                }
                if (values.size() == columns.length) {
                    for (int c = 0; c < columns.length; c++) {
                        int[] v = literal(text, values.get(c));
                        if (v != null) {
                            if (out == null) {
                                out = new ArrayList<>();
                            }
                            out.add(new EmbeddedTables.Cell(v[0], v[1], columns[c]));
                        }
                    }
                }
                p = skipSpaces(text, close + 1);
                if (p < text.length() && text.charAt(p) == ',') {
                    p = skipSpaces(text, p + 1);
                } else {
                    break;
                }
            }
            from = Math.max(from, p);
        }
        return out == null ? List.of() : out;
    }

    /**
     * The items of the parenthesised list opening at {@code open}, split on commas outside quotes and nested
     * parentheses, each trimmed of white space, into {@code items}; the index of the closing parenthesis, or -1.
     */
    private static int list(String text, int open, List<int[]> items) {
        int depth = 0;
        int start = open + 1;
        char quote = 0;
        for (int i = open + 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                        i++; // '' inside a string
                    } else {
                        quote = 0;
                    }
                }
            } else if (ch == '\'' || ch == '"' || ch == '`') {
                quote = ch;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && depth > 0) {
                depth--;
            } else if (ch == ',' && depth == 0 || ch == ')') {
                addTrimmed(text, start, i, items);
                start = i + 1;
                if (ch == ')') {
                    return i;
                }
            }
        }
        return -1;
    }

    private static void addTrimmed(String text, int from, int to, List<int[]> items) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        items.add(new int[] {from, to});
    }

    /** A value's span: the content of its quoted part where it has one, else the bare literal (not NULL). */
    private static int[] literal(String text, int[] item) {
        int q = -1;
        for (int i = item[0]; i < item[1]; i++) {
            if (text.charAt(i) == '\'') {
                q = i;
                break;
            }
        }
        if (q >= 0) {
            int end = item[1] - 1;
            return end > q + 1 && text.charAt(end) == '\'' ? new int[] {q + 1, end} : null;
        }
        if (item[1] <= item[0] || text.regionMatches(true, item[0], "null", 0, 4) && item[1] - item[0] == 4) {
            return null;
        }
        return item;
    }

    /** A letter or "_" first, then letters, digits, "_", "$" or inner spaces; at most 64 characters. */
    static boolean isIdentifier(String name) {
        if (name.isEmpty() || name.length() > 64 || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (!(Character.isLetterOrDigit(ch) || ch == '_' || ch == '$' || ch == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static String stripIdentifierQuotes(String name) {
        if (name.length() >= 2) {
            char first = name.charAt(0);
            char last = name.charAt(name.length() - 1);
            if (first == '"' && last == '"' || first == '`' && last == '`' || first == '[' && last == ']') {
                return name.substring(1, name.length() - 1);
            }
        }
        return name;
    }

    /** Past a table name: identifier characters, dots and identifier quotes; -1 when there is none. */
    private static int skipTableName(String text, int p) {
        int start = p;
        while (p < text.length()) {
            char ch = text.charAt(p);
            if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '.' || ch == '"' || ch == '`' || ch == '['
                    || ch == ']' || ch == '$') {
                p++;
            } else {
                break;
            }
        }
        return p > start ? p : -1;
    }

    private static int skipSpaces(String text, int p) {
        if (p < 0) {
            return p;
        }
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean startsWithWord(String text, int p, String word) {
        int end = p + word.length();
        return p >= 0 && end <= text.length() && text.regionMatches(true, p, word, 0, word.length())
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '_');
    }

    private static int indexOfWord(String text, String word, int from) {
        for (int i = from; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length()) && startsWithWord(text, i, word)
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '_')) {
                return i;
            }
        }
        return -1;
    }
}

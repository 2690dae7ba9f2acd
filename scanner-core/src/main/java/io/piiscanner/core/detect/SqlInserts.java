package io.piiscanner.core.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds SQL {@code INSERT INTO t (c1, c2, ...) VALUES (v1, v2, ...)[, (...)]} statements in text (a dump in temp
 * storage, a statement in a sync log), and PostgreSQL's {@code COPY t (c1, c2, ...) FROM stdin;} blocks (pg_dump's
 * default output: tab-separated rows up to a line "\."), and gives each value the name of its column, as
 * {@link EmbeddedTables} does
 * for a pasted table: in "(routing, account) VALUES ('072264010', '819112928792')" the nearest word to the first
 * value is "account", but its column is "routing". Only statements whose columns are named are read; a value is
 * a quoted string (its content) or a bare literal, and a typed literal ({@code DATE '1961-10-28'}) gives its
 * quoted part. A mysqldump {@code INSERT INTO t VALUES} names no columns: it takes those of the {@code CREATE TABLE t}
 * before it in the same text, and without one it is not read.
 */
final class SqlInserts {

    private static final int MAX_COLUMNS = 256;

    private SqlInserts() {
    }

    /**
     * Cheap test before {@link #cells}, on every text: most hold no "values" or "stdin" keyword at all. Four searches
     * cover the keywords as SQL is written ("VALUES", "values", "Values"; "stdin", "STDIN").
     */
    static boolean mayHold(String text) {
        return text.length() > 24 && (text.contains("alues") || text.contains("ALUES")
                || text.contains("stdin") || text.contains("STDIN"));
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
            ColumnList header = columnList(text, p + 4);
            if (header == null) {
                // no column list (mysqldump's own INSERTs): the columns are those of the table's CREATE TABLE
                // earlier in the same text, when it is there
                header = definedColumns(text, skipSpaces(text, p + 4), insert);
                if (header == null) {
                    continue;
                }
            }
            String[] columns = header.columns();
            p = header.end();
            if (!startsWithWord(text, p, "values")) {
                continue;
            }
            p = skipSpaces(text, p + 6);
            while (p < text.length() && text.charAt(p) == '(') {
                List<int[]> values = new ArrayList<>();
                int close = list(text, p, values);
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
        return copyCells(text, out == null ? new ArrayList<>() : out);
    }

    /** The cells of every {@code COPY t (columns) FROM stdin;} block, added to {@code out}. */
    private static List<EmbeddedTables.Cell> copyCells(String text, List<EmbeddedTables.Cell> out) {
        int from = 0;
        while (true) {
            int copy = indexOfWord(text, "copy", from);
            if (copy < 0) {
                break;
            }
            from = copy + 4;
            ColumnList header = columnList(text, from);
            if (header == null) {
                continue;
            }
            String[] columns = header.columns();
            int p = header.end();
            if (!startsWithWord(text, p, "from")) {
                continue;
            }
            p = skipSpaces(text, p + 4);
            if (!startsWithWord(text, p, "stdin")) {
                continue;
            }
            int line = text.indexOf('\n', p);
            while (line >= 0 && line + 1 < text.length()) {
                int start = line + 1;
                int end = text.indexOf('\n', start);
                int stop = end < 0 ? text.length() : end;
                int rowEnd = stop > start && text.charAt(stop - 1) == '\r' ? stop - 1 : stop;
                if (text.startsWith("\\.", start) && rowEnd - start == 2) {
                    break; // the end of the block
                }
                addRow(text, start, rowEnd, columns, out);
                line = end;
            }
            from = Math.max(from, line < 0 ? text.length() : line);
        }
        return out.isEmpty() ? List.of() : out;
    }

    /** The fields of one tab-separated COPY row, as cells, when it holds one per column ("\\N" is NULL). */
    private static void addRow(String text, int start, int end, String[] columns, List<EmbeddedTables.Cell> out) {
        int fields = 1;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\t') {
                fields++;
            }
        }
        if (fields != columns.length) {
            return;
        }
        int c = 0;
        int fieldStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\t') {
                boolean isNull = i - fieldStart == 2 && text.startsWith("\\N", fieldStart);
                if (i > fieldStart && !isNull) {
                    out.add(new EmbeddedTables.Cell(fieldStart, i, columns[c]));
                }
                c++;
                fieldStart = i + 1;
            }
        }
    }

    /**
     * For an {@code INSERT INTO t VALUES} whose table name begins at {@code p}: the columns of the last
     * {@code CREATE TABLE [IF NOT EXISTS] t (...)} before {@code insert}, with the position after the name, or null.
     */
    private static ColumnList definedColumns(String text, int p, int insert) {
        int nameEnd = skipTableName(text, p);
        if (nameEnd < 0) {
            return null;
        }
        String table = unqualified(text.substring(p, nameEnd));
        String[] columns = null;
        int from = 0;
        while (true) {
            int create = indexOfWord(text, "create", from);
            if (create < 0 || create > insert) {
                break;
            }
            from = create + 6;
            int q = skipSpaces(text, from);
            if (!startsWithWord(text, q, "table")) {
                continue;
            }
            q = skipSpaces(text, q + 5);
            if (startsWithWord(text, q, "if")) {
                q = skipSpaces(text, q + 2);
                if (!startsWithWord(text, q, "not")) {
                    continue;
                }
                q = skipSpaces(text, q + 3);
                if (!startsWithWord(text, q, "exists")) {
                    continue;
                }
                q = skipSpaces(text, q + 6);
            }
            int end = skipTableName(text, q);
            if (end < 0 || !unqualified(text.substring(q, end)).equalsIgnoreCase(table)) {
                continue;
            }
            int open = skipSpaces(text, end);
            if (open < text.length() && text.charAt(open) == '(') {
                List<int[]> definitions = new ArrayList<>();
                if (list(text, open, definitions) > 0) {
                    columns = columnNames(text, definitions);
                }
            }
        }
        return columns == null ? null : new ColumnList(columns, skipSpaces(text, nameEnd));
    }

    /** A table name without its schema and identifier quotes: {@code `crm`.`contacts`} is "contacts". */
    private static String unqualified(String name) {
        return stripIdentifierQuotes(name.substring(name.lastIndexOf('.') + 1));
    }

    /** Words that begin a table definition's item that is not a column (a key, an index, a constraint). */
    private static final Set<String> NOT_A_COLUMN = Set.of("primary", "key", "unique", "index",
            "constraint", "foreign", "check", "fulltext", "spatial", "exclude", "period", "like");

    /** The column names of a table definition's items (the first word of each, keys and constraints left out). */
    private static String[] columnNames(String text, List<int[]> definitions) {
        List<int[]> names = new ArrayList<>();
        for (int[] d : definitions) {
            int end = d[0];
            char first = end < d[1] ? text.charAt(end) : 0;
            if (first == '`' || first == '"' || first == '[') {
                char close = first == '[' ? ']' : first;
                end = text.indexOf(close, end + 1);
                if (end < 0 || end >= d[1]) {
                    return null;
                }
                end++;
            } else {
                while (end < d[1] && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                if (NOT_A_COLUMN.contains(text.substring(d[0], end).toLowerCase(Locale.ROOT))) {
                    continue;
                }
            }
            names.add(new int[] {d[0], end});
        }
        return identifiers(text, names);
    }

    /** A statement's column names, and where the text goes on after their list (white space skipped). */
    private record ColumnList(String[] columns, int end) {
    }

    /**
     * The table name and column list "t (c1, c2, ...)" that begin at {@code p} (after white space), or null when
     * there is no list or a name in it is not an identifier.
     */
    private static ColumnList columnList(String text, int p) {
        p = skipSpaces(text, skipTableName(text, skipSpaces(text, p)));
        if (p < 0 || p >= text.length() || text.charAt(p) != '(') {
            return null;
        }
        List<int[]> names = new ArrayList<>();
        int close = list(text, p, names);
        String[] columns = identifiers(text, names);
        return close < 0 || columns == null ? null : new ColumnList(columns, skipSpaces(text, close + 1));
    }

    /**
     * The column names of a list, without identifier quotes, or null when one is not an identifier as SQL writes it:
     * column names go into findings' explanations, so never a value (a quoted "identifier" can hold anything, an
     * e-mail address included).
     */
    private static String[] identifiers(String text, List<int[]> names) {
        if (names.isEmpty() || names.size() > MAX_COLUMNS) {
            return null;
        }
        String[] columns = new String[names.size()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = stripIdentifierQuotes(text.substring(names.get(c)[0], names.get(c)[1]));
            if (!isIdentifier(columns[c])) {
                return null;
            }
        }
        return columns;
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

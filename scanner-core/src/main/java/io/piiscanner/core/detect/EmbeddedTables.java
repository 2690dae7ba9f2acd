package io.piiscanner.core.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds delimited tables pasted into free text (a CSV extract in a ticket, a staging-table row in a log) and
 * gives each data cell its column name, so the cell is scanned as a field: "Date_of_Birth__c" over
 * "1999-09-25" says what a bare date cannot. A table is a header line and following lines with the same
 * number of cells, split on one of {@code , ; | TAB}; header cells must look like names, not values.
 */
final class EmbeddedTables {

    /** A data cell: its span in the text (quotes excluded) and the name of its column. */
    record Cell(int start, int end, String column) {
    }

    private static final String DELIMITERS = ",;|\t";
    private static final int MAX_COLUMNS = 64;
    /** A column name has at most five words ("Billing Street Line 1"); a longer cell is a sentence. */
    private static final int MAX_HEADER_SPACES = 4;

    private EmbeddedTables() {
    }

    static List<Cell> cells(String text) {
        if (text.indexOf('\n') < 0 || !holdsDelimiter(text)) {
            return List.of();
        }
        // One pass first: each line's bounds and how many of each delimiter it holds outside quotes. A header and
        // its first row must hold as many of one delimiter (1 to MAX_COLUMNS - 1): in most texts with several
        // lines (mails, chats, logs) no two neighbouring lines do, and nothing is split or allocated per cell.
        int[] lines = lines(text);
        int lineCount = lines.length / LINE;
        List<Cell> out = null;
        for (int i = 0; i + 1 < lineCount; i++) {
            for (int d = 0; d < DELIMITERS.length(); d++) {
                int delimiters = lines[i * LINE + 2 + d];
                if (delimiters == 0 || delimiters >= MAX_COLUMNS || lines[(i + 1) * LINE + 2 + d] != delimiters) {
                    continue;
                }
                char delimiter = DELIMITERS.charAt(d);
                List<int[]> names = split(text, lines[i * LINE], lines[i * LINE + 1], delimiter);
                if (!looksLikeHeader(text, names)) {
                    continue;
                }
                String[] columns = new String[names.size()];
                for (int c = 0; c < columns.length; c++) {
                    int[] n = unquote(text, names.get(c));
                    columns[c] = text.substring(n[0], n[1]);
                }
                int row = i + 1;
                while (row < lineCount && lines[row * LINE + 2 + d] == delimiters) {
                    List<int[]> values = split(text, lines[row * LINE], lines[row * LINE + 1], delimiter);
                    for (int c = 0; c < values.size(); c++) {
                        int[] v = unquote(text, values.get(c));
                        if (v[1] > v[0]) {
                            if (out == null) {
                                out = new ArrayList<>();
                            }
                            out.add(new Cell(v[0], v[1], columns[c]));
                        }
                    }
                    row++;
                }
                i = row - 1;
                break;
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * Whether the text holds any delimiter: most multi-line texts with none (a pasted key, a stack trace, a short
     * mail) are passed over by four searches the JVM vectorises, without the per-character pass of {@link #lines}.
     */
    private static boolean holdsDelimiter(String text) {
        for (int d = 0; d < DELIMITERS.length(); d++) {
            if (text.indexOf(DELIMITERS.charAt(d)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Header cells are short names: letters first, no more digits than letters, at most five words, no sentence
     * punctuation ("?", "!", ". "), no spaces at both ends.
     */
    private static boolean looksLikeHeader(String text, List<int[]> cells) {
        for (int[] c : cells) {
            int[] u = unquote(text, c);
            int len = u[1] - u[0];
            if (len == 0 || len > 40 || !Character.isLetter(text.charAt(u[0]))) {
                return false;
            }
            int digits = 0;
            int spaces = 0;
            for (int k = u[0]; k < u[1]; k++) {
                char ch = text.charAt(k);
                if (Character.isDigit(ch)) {
                    digits++;
                } else if (ch == '@' || ch == ':' || ch == '=' || ch == '?' || ch == '!'
                        || ch == '.' && k + 1 < u[1] && text.charAt(k + 1) == ' ') {
                    return false;
                } else if (ch == ' ' && ++spaces > MAX_HEADER_SPACES) {
                    return false;
                }
            }
            if (digits * 2 > len) {
                return false;
            }
        }
        return true;
    }

    /** Ints per line in {@link #lines}: start, end (before any "\r"), then the count of each delimiter. */
    private static final int LINE = 2 + DELIMITERS.length();

    /** A quoted field may run over at most this many characters of following lines (a ticket's description). */
    private static final int MAX_QUOTED_RUN = 4000;

    /**
     * Per line, {@link #LINE} ints: its bounds and the number of each delimiter outside quotes (a quote toggles,
     * from the line's start, as in {@link #split}: a line holds one cell more than delimiters). A line is a CSV
     * record: a quoted field opened at a field's start (the line's start or after a delimiter) that is still open at
     * the line's end takes in the following lines up to its closing quote, as helpdesk exports write a ticket's
     * description ("Hi,\nI sent the boots back..."). A quote elsewhere (prose) never runs past its line.
     */
    private static int[] lines(String text) {
        int[] out = new int[8 * LINE];
        int n = 0;
        int start = 0;
        int length = text.length();
        int[] counts = new int[DELIMITERS.length()];
        boolean quoted = false;
        boolean fieldQuote = false;
        boolean fieldStart = true;
        int quoteOpened = 0;
        for (int i = 0; i <= length; i++) {
            char c = i == length ? '\n' : text.charAt(i);
            if (c == '\n' && quoted && fieldQuote && i < length && i - quoteOpened < MAX_QUOTED_RUN) {
                continue; // inside a quoted field of a CSV record
            }
            if (c == '\n') {
                if (n + LINE > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out[n] = start;
                out[n + 1] = end;
                System.arraycopy(counts, 0, out, n + 2, counts.length);
                n += LINE;
                java.util.Arrays.fill(counts, 0);
                quoted = false;
                fieldStart = true;
                start = i + 1;
            } else if (c == '"') {
                if (!quoted) {
                    fieldQuote = fieldStart;
                    quoteOpened = i;
                }
                quoted = !quoted;
                fieldStart = false;
            } else if (!quoted) {
                int d = delimiterIndex(c);
                if (d >= 0) {
                    counts[d]++;
                    fieldStart = true;
                } else if (c != ' ') {
                    fieldStart = false;
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int delimiterIndex(char c) {
        return switch (c) {
            case ',' -> 0;
            case ';' -> 1;
            case '|' -> 2;
            case '\t' -> 3;
            default -> -1;
        };
    }

    private static List<int[]> split(String text, int from, int to, char delimiter) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        out.add(new int[] {start, to});
        return out;
    }

    /** The cell without surrounding white space and quotes. */
    private static int[] unquote(String text, int[] cell) {
        int s = cell[0];
        int e = cell[1];
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e - s >= 2 && text.charAt(s) == '"' && text.charAt(e - 1) == '"') {
            s++;
            e--;
        }
        return new int[] {s, e};
    }
}

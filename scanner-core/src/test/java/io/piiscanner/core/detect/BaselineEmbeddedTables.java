package io.piiscanner.core.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The embedded-table reader as it was before it counted delimiters first (session 7), kept to check that the
 * faster one finds the same cells ({@code EmbeddedTablesTest}).
 *
 * <p>Finds delimited tables pasted into free text (a CSV extract in a ticket, a staging-table row in a log) and
 * gives each data cell its column name, so the cell is scanned as a field: "Date_of_Birth__c" over
 * "1999-09-25" says what a bare date cannot. A table is a header line and following lines with the same
 * number of cells, split on one of {@code , ; | TAB}; header cells must look like names, not values.
 */
final class BaselineEmbeddedTables {

    private static final String DELIMITERS = ",;|\t";
    private static final int MAX_COLUMNS = 64;
    /** A column name has at most five words ("Billing Street Line 1"); a longer cell is a sentence. */
    private static final int MAX_HEADER_SPACES = 4;

    private BaselineEmbeddedTables() {
    }

    static List<EmbeddedTables.Cell> cells(String text) {
        List<EmbeddedTables.Cell> out = new ArrayList<>();
        if (text.indexOf('\n') < 0) {
            return out;
        }
        List<int[]> lines = lines(text);
        for (int i = 0; i + 1 < lines.size(); i++) {
            int[] header = lines.get(i);
            for (int d = 0; d < DELIMITERS.length(); d++) {
                char delimiter = DELIMITERS.charAt(d);
                List<int[]> names = split(text, header[0], header[1], delimiter);
                if (names.size() < 2 || names.size() > MAX_COLUMNS || !looksLikeHeader(text, names)) {
                    continue;
                }
                int row = i + 1;
                while (row < lines.size()) {
                    int[] line = lines.get(row);
                    List<int[]> values = split(text, line[0], line[1], delimiter);
                    if (values.size() != names.size()) {
                        break;
                    }
                    for (int c = 0; c < values.size(); c++) {
                        int[] v = unquote(text, values.get(c));
                        int[] n = unquote(text, names.get(c));
                        if (v[1] > v[0]) {
                            out.add(new EmbeddedTables.Cell(v[0], v[1], text.substring(n[0], n[1])));
                        }
                    }
                    row++;
                }
                if (row > i + 1) {
                    i = row - 1;
                    break;
                }
            }
        }
        return out;
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

    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(new int[] {start, end});
                start = i + 1;
            }
        }
        return out;
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

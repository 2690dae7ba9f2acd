package io.piiscanner.batch.source.file;

import io.piiscanner.batch.source.ReadWarnings;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 parser (quoted fields, doubled quotes, line breaks inside quotes) that keeps at most
 * {@code maxChars} of any field, and of a row at most {@link #MAX_CELLS} cells and {@code maxChars} characters
 * in all, so a hostile file with one endless quoted field, or one endless line of cells, cannot exhaust memory.
 */
final class CsvParser {

    private final Reader in;
    private final char delimiter;
    private final int maxChars;
    private final ReadWarnings warnings;
    private final char[] buf = new char[1 << 14];
    private int pos;
    private int len;
    private boolean eof;

    /** Cells kept of one row; the rest of a longer row is read and dropped. */
    static final int MAX_CELLS = 10_000;

    CsvParser(Reader in, char delimiter, int maxChars, ReadWarnings warnings) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxChars = maxChars;
        this.warnings = warnings;
    }

    private int read() throws IOException {
        if (pos >= len) {
            if (eof) {
                return -1;
            }
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                eof = true;
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    private int peek() throws IOException {
        int c = read();
        if (c >= 0) {
            pos--;
        }
        return c;
    }

    /** The next row's fields, or null at the end of input. */
    List<String> nextRow() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        pos--;
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean truncated = false;
        boolean atFieldStart = true;
        long rowChars = 0;
        boolean rowCut = false;
        while (true) {
            c = read();
            if (c < 0) {
                rowCut |= !add(row, field, rowChars);
                note(truncated, rowCut);
                return row;
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    if (peek() == '"') {
                        read();
                        truncated |= append(field, '"');
                    } else {
                        quoted = false;
                    }
                } else {
                    truncated |= append(field, ch);
                }
                continue;
            }
            if (ch == '"' && atFieldStart) {
                quoted = true;
                atFieldStart = false;
            } else if (ch == delimiter) {
                rowChars += field.length();
                rowCut |= !add(row, field, rowChars);
                field.setLength(0);
                atFieldStart = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && peek() == '\n') {
                    read();
                }
                rowCut |= !add(row, field, rowChars);
                note(truncated, rowCut);
                return row;
            } else {
                truncated |= append(field, ch);
                atFieldStart = false;
            }
        }
    }

    /** Adds a cell unless the row already holds its cap of cells or characters; false when dropped. */
    private boolean add(List<String> row, StringBuilder field, long rowChars) {
        if (row.size() >= MAX_CELLS || rowChars > maxChars) {
            return false;
        }
        row.add(field.toString());
        return true;
    }

    private boolean append(StringBuilder sb, char c) {
        if (sb.length() < maxChars) {
            sb.append(c);
            return false;
        }
        return true;
    }

    private void note(boolean truncated, boolean rowCut) {
        if (truncated) {
            warnings.count("values truncated at " + maxChars + " chars");
        }
        if (rowCut) {
            warnings.count("rows cut at " + MAX_CELLS + " cells or " + maxChars + " chars");
        }
    }

    /**
     * The delimiter that splits the sample's first lines into the most consistent, largest number of
     * columns; comma when nothing else fits.
     */
    static char sniffDelimiter(String sample) {
        String[] lines = sample.split("\r?\n", 21);
        char best = ',';
        double bestScore = 0;
        for (char d : new char[] {',', '\t', ';', '|'}) {
            int min = Integer.MAX_VALUE;
            int max = 0;
            int used = 0;
            for (int i = 0; i < Math.min(lines.length, 20); i++) {
                if (lines[i].isEmpty() || (i == lines.length - 1 && lines.length > 20)) {
                    continue;
                }
                int n = countOutsideQuotes(lines[i], d);
                min = Math.min(min, n);
                max = Math.max(max, n);
                used++;
            }
            if (used == 0 || max == 0) {
                continue;
            }
            double score = min == max ? max + 1.0 : min * 0.5;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char d) {
        int n = 0;
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                q = !q;
            } else if (c == d && !q) {
                n++;
            }
        }
        return n;
    }

    /**
     * A first row is a header when its cells are non-empty, distinct, and none looks like data (digits,
     * an '@', very long text), while the sample's later rows do hold such data in some column.
     */
    static boolean looksLikeHeader(List<String> first) {
        if (first.isEmpty()) {
            return false;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String cell : first) {
            String c = cell.trim();
            if (c.isEmpty() || c.length() > 64 || c.indexOf('@') >= 0 || c.matches(".*\\d{3,}.*") || !seen.add(c.toLowerCase())) {
                return false;
            }
        }
        return true;
    }
}

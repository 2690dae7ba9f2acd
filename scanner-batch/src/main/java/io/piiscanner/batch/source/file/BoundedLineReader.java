package io.piiscanner.batch.source.file;

import io.piiscanner.batch.source.ReadWarnings;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most {@code maxChars} characters; the rest of a longer line is read and dropped
 * without being kept, so a multi-gigabyte single-line file costs {@code maxChars} of memory, not its size.
 * Each cut line is counted as a warning. Counts U+FFFD replacement characters (invalid input bytes).
 */
public final class BoundedLineReader implements AutoCloseable {

    private final Reader in;
    private final int maxChars;
    private final ReadWarnings warnings;
    private final char[] buf = new char[1 << 14];
    private int pos;
    private int len;
    private long lineNo;
    private boolean lastWasCr;

    public BoundedLineReader(Reader in, int maxChars, ReadWarnings warnings) {
        this.in = in;
        this.maxChars = maxChars;
        this.warnings = warnings;
    }

    /** 1-based number of the last line returned. */
    public long lineNumber() {
        return lineNo;
    }

    /** The next line that is not blank, or null at the end of the input. */
    String readNonBlankLine() throws IOException {
        String line;
        do {
            line = readLine();
        } while (line != null && line.isBlank());
        return line;
    }

    public String readLine() throws IOException {
        StringBuilder sb = null;
        boolean truncated = false;
        while (true) {
            if (pos >= len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (sb == null) {
                        return null;
                    }
                    return finish(sb, truncated);
                }
            }
            if (sb == null) {
                sb = new StringBuilder(64);
            }
            while (pos < len) {
                char c = buf[pos++];
                if (c == '\n') {
                    if (lastWasCr && sb.length() == 0 && !truncated) {
                        lastWasCr = false;
                        continue; // the LF of a CRLF already ended the previous line
                    }
                    lastWasCr = false;
                    return finish(sb, truncated);
                }
                if (c == '\r') {
                    lastWasCr = true;
                    return finish(sb, truncated);
                }
                lastWasCr = false;
                if (sb.length() < maxChars) {
                    sb.append(c);
                } else {
                    truncated = true;
                }
            }
        }
    }

    private String finish(StringBuilder sb, boolean truncated) {
        lineNo++;
        if (truncated) {
            warnings.count("values truncated at " + maxChars + " chars");
        }
        if (sb.indexOf("\uFFFD") >= 0) {
            warnings.count("lines with invalid byte sequences (replaced)");
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

package io.piiscanner.batch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a byte stream into chunks of whole lines without decoding them, so the reading thread only copies
 * bytes and looks for the last line end of each chunk; workers split and decode the lines themselves.
 *
 * <p>Line ends are those of {@link java.io.BufferedReader#readLine()}: {@code \n}, {@code \r} and
 * {@code \r\n}. A {@code \r\n} cut between two chunks leaves an empty line at the start of the second chunk;
 * callers skip blank lines anyway. A line longer than the chunk size grows the chunk: memory follows the
 * longest line, never the input.
 */
final class LineChunks {

    /** {@code bytes[0, length)} holds whole lines; the last one may lack its line end at end of input. */
    record Chunk(byte[] bytes, int length) {
    }

    /** Receives one line {@code bytes[from, to)} without its line end. */
    interface LineVisitor {
        void line(byte[] bytes, int from, int to);
    }

    private final InputStream in;
    private final int chunkSize;
    private byte[] rest = new byte[0];
    private int restFrom;
    private int restTo;
    private boolean eof;

    LineChunks(InputStream in, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size " + chunkSize);
        }
        this.in = in;
        this.chunkSize = chunkSize;
    }

    /** @return the next chunk, or {@code null} at end of input */
    Chunk next() throws IOException {
        int carried = restTo - restFrom;
        if (eof && carried == 0) {
            return null;
        }
        byte[] buf = new byte[Math.max(chunkSize, Integer.highestOneBit(Math.max(carried, 1)) << 1)];
        System.arraycopy(rest, restFrom, buf, 0, carried);
        int len = carried;
        int searched = carried; // bytes already known to hold no line end
        while (true) {
            while (!eof && len < buf.length) {
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    eof = true;
                } else {
                    len += n;
                }
            }
            if (eof) {
                rest = buf;
                restFrom = restTo = 0;
                return len == 0 ? null : new Chunk(buf, len);
            }
            int end = lastLineEnd(buf, searched, len);
            if (end >= 0) {
                rest = buf;
                restFrom = end + 1;
                restTo = len;
                return new Chunk(buf, end + 1);
            }
            // One line fills the whole buffer: grow it and read on.
            searched = len;
            if (buf.length > Integer.MAX_VALUE / 2 - 16) {
                throw new IOException("a line longer than " + buf.length + " bytes");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
    }

    private static int lastLineEnd(byte[] b, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == '\n' || b[i] == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** Calls {@code visitor} for each line of {@code bytes[0, length)}, blank ones included. */
    static void forEachLine(byte[] bytes, int length, LineVisitor visitor) {
        int p = 0;
        while (p < length) {
            int e = p;
            while (e < length && bytes[e] != '\n' && bytes[e] != '\r') {
                e++;
            }
            visitor.line(bytes, p, e);
            if (e + 1 < length && bytes[e] == '\r' && bytes[e + 1] == '\n') {
                e++;
            }
            p = e + 1;
        }
    }

    /** Same answer as {@code decoded.isBlank()} on the line decoded as UTF-8, decoding only when non-ASCII. */
    static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (c < 0) {
                return new String(b, from, to - from, StandardCharsets.UTF_8).isBlank();
            }
            if (!(c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F))) {
                return false;
            }
        }
        return true;
    }
}

package io.piiscanner.batch.cli;

import io.piiscanner.core.model.Finding;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the detect output line {@code {"id":...,"findings":[{"entity","start","end","score"}]}\n} as UTF-8
 * bytes into a growable buffer, byte for byte what {@link JsonLines#writeFindings} (Jackson's generator)
 * writes: the same escapes (backslash b, t, n, f, r, quote and backslash; backslash-u and four upper-case hex
 * digits for the other controls and for every surrogate, paired or not), scores as {@link Double#toString} of the
 * rounded value. Entity names are encoded once and kept. Not thread-safe: one instance per worker.
 */
final class FindingsWriter {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ID_OPEN = ascii("{\"id\":");
    private static final byte[] NULL = ascii("null");
    private static final byte[] FINDINGS_OPEN = ascii(",\"findings\":[");
    private static final byte[] START = ascii(",\"start\":");
    private static final byte[] END = ascii(",\"end\":");
    private static final byte[] SCORE = ascii(",\"score\":");
    private static final byte[] LINE_END = ascii("]}\n");
    /** Scores k / 1000 for k = 0..1000, as Jackson writes the rounded double. */
    private static final byte[][] SCORES = new byte[1001][];

    static {
        for (int k = 0; k <= 1000; k++) {
            SCORES[k] = ascii(Double.toString(k / 1000.0));
        }
    }

    private final Map<String, byte[]> entities = new HashMap<>();
    private byte[] buf;
    private int len;

    FindingsWriter(int initialCapacity) {
        buf = new byte[Math.max(initialCapacity, 64)];
    }

    byte[] bytes() {
        return buf;
    }

    int length() {
        return len;
    }

    /** Empties the buffer, keeping it; or starts a new one of {@code capacity} when the old one is handed over. */
    void reset(int capacity) {
        if (capacity > 0) {
            buf = new byte[capacity];
        }
        len = 0;
    }

    /** Appends one output line. */
    void write(String id, List<Finding> findings) {
        append(ID_OPEN);
        if (id == null) {
            append(NULL);
        } else {
            string(id);
        }
        append(FINDINGS_OPEN);
        for (int i = 0, n = findings.size(); i < n; i++) {
            Finding f = findings.get(i);
            if (i > 0) {
                ensure(1);
                buf[len++] = ',';
            }
            append(entities.computeIfAbsent(f.entity(), FindingsWriter::entityPrefix));
            append(START);
            integer(f.start());
            append(END);
            integer(f.end());
            append(SCORE);
            score(f.confidence());
            ensure(1);
            buf[len++] = '}';
        }
        append(LINE_END);
    }

    private static byte[] entityPrefix(String entity) {
        FindingsWriter w = new FindingsWriter(entity.length() * 6 + 16);
        w.append(ascii("{\"entity\":"));
        w.string(entity);
        return Arrays.copyOf(w.buf, w.len);
    }

    private void score(double confidence) {
        long k = Math.round(confidence * 1000);
        if (k >= 0 && k <= 1000) {
            append(SCORES[(int) k]);
        } else {
            append(ascii(Double.toString(k / 1000.0)));
        }
    }

    private void integer(int v) {
        if (v >= 0 && v < 10) {
            ensure(1);
            buf[len++] = (byte) ('0' + v);
            return;
        }
        if (v < 0) {
            append(ascii(Integer.toString(v))); // never for a valid finding
            return;
        }
        int digits = 1;
        for (int x = v / 10; x > 0; x /= 10) {
            digits++;
        }
        ensure(digits);
        for (int p = len + digits - 1; p >= len; p--) {
            buf[p] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len += digits;
    }

    /** A quoted JSON string, escaped and UTF-8 encoded as Jackson's UTF8JsonGenerator does. */
    private void string(String s) {
        int n = s.length();
        ensure(1);
        buf[len++] = '"';
        for (int from = 0; from < n; from += 1024) {
            int to = Math.min(n, from + 1024);
            ensure((to - from) * 6); // the worst case: every char a six-byte escape
            byte[] b = buf;
            int p = len;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    if (c >= 0x20 && c != '"' && c != '\\') {
                        b[p++] = (byte) c;
                        continue;
                    }
                    b[p++] = '\\';
                    switch (c) {
                        case '"' -> b[p++] = '"';
                        case '\\' -> b[p++] = '\\';
                        case '\b' -> b[p++] = 'b';
                        case '\t' -> b[p++] = 't';
                        case '\n' -> b[p++] = 'n';
                        case '\f' -> b[p++] = 'f';
                        case '\r' -> b[p++] = 'r';
                        default -> p = hexEscape(b, p, c);
                    }
                } else if (c < 0x800) {
                    b[p++] = (byte) (0xC0 | (c >> 6));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    b[p++] = '\\';
                    p = hexEscape(b, p, c);
                } else {
                    b[p++] = (byte) (0xE0 | (c >> 12));
                    b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    b[p++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            len = p;
        }
        ensure(1);
        buf[len++] = '"';
    }

    /** The letter u and four hex digits (the backslash is already written). */
    private static int hexEscape(byte[] b, int p, char c) {
        b[p++] = 'u';
        b[p++] = HEX[(c >> 12) & 0xF];
        b[p++] = HEX[(c >> 8) & 0xF];
        b[p++] = HEX[(c >> 4) & 0xF];
        b[p++] = HEX[c & 0xF];
        return p;
    }

    private void append(byte[] a) {
        ensure(a.length);
        System.arraycopy(a, 0, buf, len, a.length);
        len += a.length;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}

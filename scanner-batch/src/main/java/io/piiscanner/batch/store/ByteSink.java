package io.piiscanner.batch.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array with the few writes the chunk encodings ({@link ChunkFindings}, {@link ChunkExposures})
 * need. Not a {@link java.io.ByteArrayOutputStream}: its writes are synchronized, a lock taken for every byte of
 * about 200 MB of findings on a million-row table, which made the encoding cost more than the store's writes.
 */
final class ByteSink {

    /** A hex digit's value by character, -1 for anything else. */
    private static final byte[] HEX_VALUE = new byte[128];

    static {
        Arrays.fill(HEX_VALUE, (byte) -1);
        for (int i = 0; i < 10; i++) {
            HEX_VALUE['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            HEX_VALUE['a' + i] = (byte) (10 + i);
            HEX_VALUE['A' + i] = (byte) (10 + i);
        }
    }

    private byte[] buf;
    private int size;

    ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    void raw(int v) {
        ensure(1);
        buf[size++] = (byte) v;
    }

    void varint(int v) {
        ensure(5);
        while ((v & ~0x7F) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    void doubleBits(double d) {
        ensure(8);
        long bits = Double.doubleToLongBits(d);
        for (int i = 7; i >= 0; i--) {
            buf[size++] = (byte) (bits >>> (i * 8));
        }
    }

    /** Varint length, then the UTF-8 bytes; null as "". */
    void string(String s) {
        byte[] u = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        varint(u.length);
        bytes(u, 0, u.length);
    }

    void bytes(byte[] x, int off, int n) {
        ensure(n);
        System.arraycopy(x, off, buf, size, n);
        size += n;
    }

    /**
     * Hex digits (a fingerprint; even length, checked by the caller) as bytes. Any other character counts as 15, as
     * in the encoding's first version ({@code Character.digit}'s -1 masked to four bits), so stored bytes do not change.
     */
    void hex(String s) {
        int n = s.length() / 2;
        ensure(n);
        for (int i = 0; i < 2 * n; i += 2) {
            buf[size++] = (byte) (digit(s.charAt(i)) << 4 | digit(s.charAt(i + 1)));
        }
    }

    /** Whether {@code s} is lowercase hex of even, non-zero length (so that packing it reads back as the same text). */
    static boolean isLowerHex(String s) {
        if (s.isEmpty() || s.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static int digit(char c) {
        int v = c < 128 ? HEX_VALUE[c] : -1;
        return v & 0x0F;
    }

    int size() {
        return size;
    }

    byte[] array() {
        return buf;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    /**
     * A chunk encoding's bytes: the format version, the string table (its size, then each string), the record count
     * and the body that refers to the table by index.
     */
    static byte[] frame(int version, java.util.List<String> strings, int records, ByteSink body) {
        ByteSink out = new ByteSink(body.size() + 16 + strings.size() * 16);
        out.raw(version);
        out.varint(strings.size());
        for (String s : strings) {
            out.string(s);
        }
        out.varint(records);
        out.bytes(body.array(), 0, body.size());
        return out.toByteArray();
    }
}

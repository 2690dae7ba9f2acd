package io.piiscanner.batch.store;

import java.nio.charset.StandardCharsets;

/** Reads what a {@link ByteSink} wrote: the chunk encodings' varints, doubles, strings and packed hex. */
class ByteSource {

    static final char[] HEX = "0123456789abcdef".toCharArray();

    final byte[] b;
    int pos;

    ByteSource(byte[] b) {
        this.b = b;
    }

    final int u8() {
        return b[pos++] & 0xFF;
    }

    final int varint() {
        int v = 0;
        int shift = 0;
        while (true) {
            int x = b[pos++] & 0xFF;
            v |= (x & 0x7F) << shift;
            if (x < 0x80) {
                return v;
            }
            shift += 7;
        }
    }

    final double doubleBits() {
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (b[pos++] & 0xFF);
        }
        return Double.longBitsToDouble(bits);
    }

    /** {@code n} bytes of UTF-8. */
    final String string(int n) {
        String s = new String(b, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    /** A varint length, then that many bytes of UTF-8. */
    final String string() {
        return string(varint());
    }

    /** {@code n} bytes as lowercase hex. */
    final String hex(int n) {
        char[] c = new char[2 * n];
        for (int i = 0; i < n; i++) {
            int v = b[pos++] & 0xFF;
            c[2 * i] = HEX[v >>> 4];
            c[2 * i + 1] = HEX[v & 0x0F];
        }
        return new String(c);
    }
}

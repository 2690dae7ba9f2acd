package io.piiscanner.batch.store;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chunk encodings' byte buffer writes the same bytes as the {@code ByteArrayOutputStream} code it replaced, so
 * findings stored before read back unchanged: varints, doubles, strings, and fingerprints packed from hex (any
 * character, hex or not, upper or lower case).
 */
class ByteSinkTest {

    @Test
    void writesTheSameBytesAsTheEncodingsFirstVersion() {
        Random rnd = new Random(11);
        ByteSink sink = new ByteSink(1);
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        for (int i = 0; i < 2_000; i++) {
            int v = i % 3 == 0 ? rnd.nextInt(200) : rnd.nextInt() >>> rnd.nextInt(32);
            sink.varint(v);
            while ((v & ~0x7F) != 0) {
                old.write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            old.write(v);

            double d = rnd.nextDouble();
            sink.doubleBits(d);
            long bits = Double.doubleToLongBits(d);
            for (int k = 7; k >= 0; k--) {
                old.write((int) (bits >>> (k * 8)));
            }

            String s = "x" + i + (i % 7 == 0 ? "é€" : "");
            sink.string(s);
            byte[] u = s.getBytes(StandardCharsets.UTF_8);
            old.write(u.length); // shorter than 128
            old.write(u, 0, u.length);

            StringBuilder hex = new StringBuilder();
            for (int k = 0; k < 8; k++) {
                hex.append("0123456789abcdefABCDEFxz-".charAt(rnd.nextInt(25)));
            }
            sink.hex(hex.toString());
            for (int k = 0; k + 1 < hex.length(); k += 2) {
                old.write(Character.digit(hex.charAt(k), 16) << 4 & 0xF0 | Character.digit(hex.charAt(k + 1), 16) & 0x0F);
            }
        }
        assertThat(sink.toByteArray()).isEqualTo(old.toByteArray());
    }

    @Test
    void onlyLowercaseHexOfEvenLengthIsPackedAsHex() {
        assertThat(ByteSink.isLowerHex("00ff")).isTrue();
        assertThat(ByteSink.isLowerHex("00FF")).isFalse();
        assertThat(ByteSink.isLowerHex("abc")).isFalse();
        assertThat(ByteSink.isLowerHex("")).isFalse();
        assertThat(ByteSink.isLowerHex("0g")).isFalse();
    }
}

package io.piiscanner.batch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The byte-level reader of detect input lines: what it accepts it reads exactly as Jackson does
 * ({@link JsonLines#parse} on the decoded line); everything else it leaves to Jackson.
 */
class FastJsonLineTest {

    private final FastJsonLine parser = new FastJsonLine();

    private boolean parse(byte[] line) {
        return parser.parse(line, 0, line.length);
    }

    private boolean parse(String line) {
        return parse(line.getBytes(StandardCharsets.UTF_8));
    }

    /** Accepted lines must give Jackson's id and text; refused ones are fine either way. */
    private void assertAgreesWithJackson(byte[] line) {
        // Parse from the middle of a larger array, as workers do.
        byte[] padded = new byte[line.length + 7];
        System.arraycopy(line, 0, padded, 3, line.length);
        if (!parser.parse(padded, 3, 3 + line.length)) {
            return;
        }
        JsonLines.Line jackson;
        try {
            jackson = JsonLines.parse(new String(line, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("accepted a line Jackson refuses (" + e.getMessage() + "): "
                    + new String(line, StandardCharsets.UTF_8), e);
        }
        assertThat(parser.id()).isEqualTo(jackson.id());
        assertThat(parser.text()).isEqualTo(jackson.text());
    }

    @Test
    void readsTheCommonShape() {
        assertThat(parse("{\"id\":\"big-1\",\"text\":\"SSN 536-22-1234\",\"spans\":[{\"start\":4,\"end\":15,\"entity\":\"US_SSN\"}]}")).isTrue();
        assertThat(parser.id()).isEqualTo("big-1");
        assertThat(parser.text()).isEqualTo("SSN 536-22-1234");
        assertThat(parse("{ \"text\" : \"t\" ,\t\"id\":\"a\" , \"spans\" : [ ] }  ")).isTrue();
        assertThat(parser.id()).isEqualTo("a");
        assertThat(parser.text()).isEqualTo("t");
    }

    @Test
    void aMissingIdIsNull() {
        assertThat(parse("{\"text\":\"x\"}")).isTrue();
        assertThat(parser.id()).isNull();
        assertThat(parser.text()).isEqualTo("x");
    }

    @Test
    void decodesEscapesAndNonAsciiAsJacksonDoes() {
        String line = "{\"id\":\"\\u00e9\\\"q\\\"\",\"text\":\"K\u00f6hler \u20ac \ud83d\ude00\\n\\r\\t\\b\\f\\/\\\\ "
                + "\\uD83D\\uDE00 \\ud800 x\\u0000\"}";
        assertThat(parse(line)).isTrue();
        assertThat(parser.id()).isEqualTo("\u00e9\"q\"");
        assertThat(parser.text()).isEqualTo("K\u00f6hler \u20ac \ud83d\ude00\n\r\t\b\f/\\ \ud83d\ude00 \ud800 x\u0000");
        assertAgreesWithJackson(line.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theLastDuplicateKeyWinsAsWithJackson() {
        String line = "{\"id\":\"a\",\"text\":\"one\",\"id\":\"b\",\"text\":\"two\"}";
        assertThat(parse(line)).isTrue();
        assertThat(parser.id()).isEqualTo("b");
        assertThat(parser.text()).isEqualTo("two");
        assertAgreesWithJackson(line.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"a\",\"text\":\"x\"",                     // unterminated object
            "{\"id\":\"a\",\"text\":\"x}",                      // unterminated string
            "{\"id\":\"a\",\"text\":\"x\"} trailing",           // something after the object
            "{\"id\":\"a\",\"text\":\"x\",}",                   // trailing comma
            "{\"id\":7,\"text\":\"x\"}",                        // a number id: Jackson's getValueAsString
            "{\"id\":null,\"text\":\"x\"}",
            "{\"id\":\"a\",\"text\":null}",
            "{\"id\":\"a\",\"text\":\"x\",\"lang\":\"en\"}",    // another key
            "{\"id\":\"a\",\"t\\u0065xt\":\"x\"}",              // an escaped key
            "{\"id\":\"a\"}",                                   // no text
            "{}",
            "[\"id\",\"text\"]",
            "\ufeff{\"id\":\"a\",\"text\":\"x\"}",              // a byte order mark
            "{\"id\":\"a\",\"text\":\"tab\there\"}",            // a raw control character in a string
            "{\"id\":\"a\",\"text\":\"\\x41\"}",                // not a JSON escape
            "{\"id\":\"a\",\"text\":\"\\u12G4\"}",
            "{\"id\":\"a\",\"text\":\"\\u12\"}",
            "{\"id\":\"a\",\"text\":\"x\\",
            "{\"id\":\"a\",\"text\":\"x\",\"spans\":[{\"start\":5,\"end\":4,\"entity\":\"E\"}]}",   // end < start
            "{\"id\":\"a\",\"text\":\"x\",\"spans\":[{\"start\":1,\"end\":4}]}",                  // no entity
            "{\"id\":\"a\",\"text\":\"x\",\"spans\":[{\"start\":-1,\"end\":4,\"entity\":\"E\"}]}",
            "{\"id\":\"a\",\"text\":\"x\",\"spans\":[{\"start\":01,\"end\":4,\"entity\":\"E\"}]}",  // leading zero
            "{\"id\":\"a\",\"text\":\"x\",\"spans\":[{\"start\":1.0,\"end\":4,\"entity\":\"E\"}]}",
            "{\"id\":\"a\",\"text\":\"x\",\"spans\":[{\"start\":1e2,\"end\":400,\"entity\":\"E\"}]}",
            "{\"id\":\"a\",\"text\":\"x\",\"spans\":[{\"start\":1234567890,\"end\":1234567891,\"entity\":\"E\"}]}",
            "{\"id\":\"a\",\"text\":\"x\",\"spans\":[{\"start\":1,\"end\":4,\"entity\":7}]}",
            "{\"id\":\"a\",\"text\":\"x\",\"spans\":[{\"start\":1,\"end\":4,\"entity\":\"E\",\"note\":1}]}",
            "{\"id\":\"a\",\"text\":\"x\",\"spans\":[1,2]}",
            "{\"id\":\"a\",\"text\":\"x\",\"spans\":{}}",
            "{\"id\":\"a\",\"text\":\"x\",\"spans\":[{\"start\":1,\"end\":4,\"entity\":\"E\"},]}",
            "{\"id\":\"a\",\"text\":\"x\",\"spans\":[{}]}",
    })
    void leavesEverythingUnusualToJackson(String line) {
        assertThat(parse(line)).isFalse();
    }

    @Test
    void leavesInvalidUtf8ToTheDecoderAndJackson() {
        byte[] truncated = {'{', '"', 'i', 'd', '"', ':', '"', 'a', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"',
                'x', (byte) 0xC3, '"', '}'};
        assertThat(parse(truncated)).isFalse();
        byte[] overlong = truncated.clone();
        overlong[19] = (byte) 0xC0;
        assertThat(parse(overlong)).isFalse();
        byte[] surrogate = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        assertThat(parse(surrogate)).isFalse();
        byte[] tooHigh = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"', '}'};
        assertThat(parse(tooHigh)).isFalse();
        byte[] highest = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF, '"', '}'};
        assertThat(parse(highest)).isTrue();
        assertThat(parser.text()).isEqualTo(new String(Character.toChars(0x10FFFF)));
    }

    @Test
    void leavesVeryLongLinesToJackson() {
        String text = "a".repeat(FastJsonLine.MAX_FAST_LINE);
        assertThat(parse("{\"id\":\"a\",\"text\":\"" + text + "\"}")).isFalse();
        String fits = "a".repeat(FastJsonLine.MAX_FAST_LINE - 100);
        assertThat(parse("{\"id\":\"a\",\"text\":\"" + fits + "\"}")).isTrue();
        assertThat(parser.text()).isEqualTo(fits);
    }

    @Test
    void everyEncodableCharacterRoundTripsThroughTheFastPath() {
        StringBuilder text = new StringBuilder();
        for (int cp = 0x20; cp <= 0x10FFFF; cp += (cp < 0x3000 ? 1 : 97)) {
            if (cp == '"' || cp == '\\' || (cp >= 0xD800 && cp <= 0xDFFF)) {
                continue;
            }
            text.appendCodePoint(cp);
        }
        String line = "{\"id\":\"a\",\"text\":\"" + text + "\"}";
        assertThat(parse(line)).isTrue();
        assertThat(parser.text()).isEqualTo(text.toString());
    }

    @Test
    void mutatedLinesAreEitherReadAsJacksonReadsThemOrLeftToIt() {
        Random random = new Random(7);
        byte[] base = ("{\"id\":\"dev-1\\u00e9\",\"text\":\"K\u00f6hler, \\\"SSN\\\" 536-22-1234\\n\ud83d\ude00\","
                + "\"spans\":[{\"start\":4,\"end\":15,\"entity\":\"US_SSN\"},{\"entity\":\"X\",\"end\":0,\"start\":0}]}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] alphabet = "{}[]\":,\\ \tu0123456789eE.-abcdfnrtx/".getBytes(StandardCharsets.US_ASCII);
        int accepted = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] line = base.clone();
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(line.length);
                switch (random.nextInt(3)) {
                    case 0 -> line[at] = alphabet[random.nextInt(alphabet.length)];
                    case 1 -> line[at] = (byte) random.nextInt(256);
                    default -> {
                        byte[] shorter = new byte[line.length - 1];
                        System.arraycopy(line, 0, shorter, 0, at);
                        System.arraycopy(line, at + 1, shorter, at, line.length - at - 1);
                        line = shorter;
                    }
                }
            }
            assertAgreesWithJackson(line);
            if (parse(line)) {
                accepted++;
            }
        }
        assertThat(accepted).as("some mutations stay valid and take the fast path").isGreaterThan(1_000);
    }
}

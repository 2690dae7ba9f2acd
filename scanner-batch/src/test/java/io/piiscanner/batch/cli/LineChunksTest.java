package io.piiscanner.batch.cli;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Cutting input bytes into chunks of whole lines, and lines out of a chunk, as BufferedReader would. */
class LineChunksTest {

    /** Lines as detect saw them before: decoded with replacement, split by readLine, blank ones dropped. */
    private static List<String> viaReader(byte[] input) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(input), decoder), 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** Lines through LineChunks, each line decoded on its own. */
    private static List<String> viaChunks(InputStream in, int chunkSize) throws IOException {
        List<String> lines = new ArrayList<>();
        LineChunks chunks = new LineChunks(in, chunkSize);
        LineChunks.Chunk c;
        while ((c = chunks.next()) != null) {
            assertThat(c.length()).isPositive();
            LineChunks.forEachLine(c.bytes(), c.length(), (b, from, to) -> {
                if (!LineChunks.isBlank(b, from, to)) {
                    lines.add(new String(b, from, to - from, StandardCharsets.UTF_8));
                }
            });
        }
        return lines;
    }

    private static List<String> viaChunks(byte[] input, int chunkSize) throws IOException {
        return viaChunks(new ByteArrayInputStream(input), chunkSize);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Hands out at most {@code max} bytes per read, as pipes and gzip streams may. */
    private static InputStream trickling(byte[] input, int max) {
        return new FilterInputStream(new ByteArrayInputStream(input)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, max));
            }
        };
    }

    @Test
    void everyChunkEndsAtALineEndExceptAtTheEndOfInput() throws IOException {
        byte[] input = utf8("{\"a\":1}\n{\"b\":2}\n{\"c\":3}");
        LineChunks chunks = new LineChunks(new ByteArrayInputStream(input), 10);
        List<String> seen = new ArrayList<>();
        LineChunks.Chunk c;
        while ((c = chunks.next()) != null) {
            seen.add(new String(c.bytes(), 0, c.length(), StandardCharsets.UTF_8));
        }
        assertThat(seen).containsExactly("{\"a\":1}\n", "{\"b\":2}\n", "{\"c\":3}");
    }

    @Test
    void lfCrlfAndALoneCrAllEndLines() throws IOException {
        byte[] input = utf8("one\ntwo\r\nthree\rfour");
        assertThat(viaChunks(input, 1 << 16)).containsExactly("one", "two", "three", "four");
        assertThat(viaChunks(input, 4)).containsExactly("one", "two", "three", "four");
    }

    @Test
    void aCrlfCutBetweenTwoChunksGivesNoExtraLine() throws IOException {
        // "ab\r" fills the first chunk exactly; its "\n" starts the second.
        byte[] input = utf8("ab\r\ncd\r\n");
        List<Integer> lengths = new ArrayList<>();
        LineChunks chunks = new LineChunks(new ByteArrayInputStream(input), 3);
        LineChunks.Chunk c;
        while ((c = chunks.next()) != null) {
            lengths.add(c.length());
        }
        assertThat(lengths.get(0)).isEqualTo(3);
        assertThat(viaChunks(input, 3)).containsExactly("ab", "cd");
    }

    @Test
    void theLastLineNeedsNoLineEnd() throws IOException {
        assertThat(viaChunks(utf8("x\ny"), 1 << 16)).containsExactly("x", "y");
        assertThat(viaChunks(utf8("only"), 2)).containsExactly("only");
        assertThat(viaChunks(new byte[0], 8)).isEmpty();
    }

    @Test
    void aLineLongerThanTheChunkGrowsTheChunkAndStaysWhole() throws IOException {
        String longLine = "z".repeat(100_000);
        byte[] input = utf8("a\n" + longLine + "\nb\n");
        assertThat(viaChunks(input, 64)).containsExactly("a", longLine, "b");
        assertThat(viaChunks(trickling(input, 7), 64)).containsExactly("a", longLine, "b");
    }

    @Test
    void blankLinesAreThoseStringIsBlankCallsBlank() throws IOException {
        byte[] input = utf8(" \t\n\u000B\u001C\n\u3000\u2003\n\u00A0\nx\n");
        // U+3000 and U+2003 are whitespace to Character.isWhitespace; U+00A0 (no-break space) is not.
        assertThat(viaChunks(input, 5)).containsExactly("\u00A0", "x").isEqualTo(viaReader(input));
    }

    @Test
    void multiByteCharactersNearChunkEndsDecodeAsWithTheReader() throws IOException {
        byte[] input = utf8("é€😀\n😀x\r\n€€€€€€€€€€€€\nßß\n");
        for (int size = 1; size < 24; size++) {
            assertThat(viaChunks(input, size)).as("chunk size %d", size).isEqualTo(viaReader(input));
        }
    }

    @Test
    void invalidUtf8IsReplacedExactlyAsTheReaderReplacesIt() throws IOException {
        byte[] input = {
                'a', (byte) 0xC3, '\n',                                     // truncated two-byte
                (byte) 0xE2, (byte) 0x82, '\n',                             // truncated three-byte before a line end
                (byte) 0xF0, (byte) 0x9F, (byte) 0x98, '\r', '\n',          // truncated four-byte
                (byte) 0xC0, (byte) 0xAF, 'b', '\n',                        // overlong
                (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n',                // a UTF-8 encoded surrogate
                (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '\n',   // above U+10FFFF
                (byte) 0x80, (byte) 0xBF, 'c', (byte) 0xFF, '\n',           // stray continuations, FF
                'e', (byte) 0xE2, (byte) 0x82                               // truncated at the end of input
        };
        assertThat(viaChunks(input, 1 << 16)).isEqualTo(viaReader(input)).hasSize(8);
        for (int size = 1; size < 12; size++) {
            assertThat(viaChunks(trickling(input, 3), size)).isEqualTo(viaReader(input));
        }
    }

    @Test
    void randomBytesSplitAndDecodeAsWithTheReader() throws IOException {
        Random random = new Random(42);
        byte[] alphabet = {'a', '{', ' ', '\t', '\n', '\r', '"', (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x82,
                (byte) 0xAC, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xFF, (byte) 0xED,
                (byte) 0xA0, (byte) 0xC0, 0x0B, 0x1F};
        for (int round = 0; round < 2_000; round++) {
            byte[] input = new byte[random.nextInt(200)];
            for (int i = 0; i < input.length; i++) {
                input[i] = alphabet[random.nextInt(alphabet.length)];
            }
            int size = 1 + random.nextInt(40);
            assertThat(viaChunks(trickling(input, 1 + random.nextInt(50)), size))
                    .as("round %d", round).isEqualTo(viaReader(input));
        }
    }
}

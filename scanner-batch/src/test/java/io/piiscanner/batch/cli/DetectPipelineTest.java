package io.piiscanner.batch.cli;

import io.piiscanner.core.model.Finding;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * detect's byte pipeline (chunks, fast parse, byte writer, workers) against the way detect worked before:
 * lines decoded by a BufferedReader, parsed by {@link JsonLines#parse} and written by
 * {@link JsonLines#writeFindings}, one after the other. Same stdout byte for byte, same messages.
 */
class DetectPipelineTest {

    /** A stand-in scanner whose findings depend on the text, so a mixed-up line would show. */
    private static final Function<String, List<Finding>> SCAN = text -> {
        if (text.contains("boom")) {
            throw new IllegalStateException("detector fault");
        }
        List<Finding> out = new ArrayList<>();
        for (int i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
            out.add(new Finding(i % 2 == 0 ? "EMAIL" : "PHONE", null, i, i + 1, (text.length() % 1000) / 999.0,
                    "r", "m", "f", false, "e", null));
        }
        return out;
    };

    private record Result(String err, byte[] out, long[] totals) {
    }

    private static Result reference(byte[] input) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder err = new StringBuilder();
        long lines = 0;
        long chars = 0;
        long errors = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(input), decoder))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                lines++;
                try {
                    JsonLines.Line in = JsonLines.parse(line);
                    chars += in.text().length();
                    JsonLines.writeFindings(out, in.id(), SCAN.apply(in.text()));
                } catch (IOException e) {
                    errors++;
                    err.append("detect: skipped a line (").append(e.getMessage()).append(")\n");
                } catch (RuntimeException e) {
                    errors++;
                    err.append("detect: skipped a line (").append(e.getClass().getSimpleName()).append(" in detection)\n");
                }
            }
        }
        return new Result(err.toString(), out.toByteArray(), new long[] {lines, chars, errors});
    }

    private static Result pipeline(byte[] input, int threads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long[] totals;
        try (PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            totals = DetectCommand.detectAll(new ByteArrayInputStream(input), threads, SCAN, out, errStream);
        }
        return new Result(err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"),
                out.toByteArray(), totals);
    }

    private static void assertSameAsBefore(byte[] input) throws IOException {
        Result expected = reference(input);
        for (int threads : new int[] {1, 3}) {
            Result actual = pipeline(input, threads);
            assertThat(actual.out()).isEqualTo(expected.out());
            assertThat(actual.err()).isEqualTo(expected.err());
            assertThat(actual.totals()).containsExactly(expected.totals());
        }
    }

    @Test
    void aMixOfGoodOddAndBrokenLinesComesOutAsBefore() throws IOException {
        String lines = String.join("\n",
                "{\"id\":\"a\",\"text\":\"mail a@b\",\"spans\":[]}",
                "",
                "   ",
                "{\"id\":\"b\",\"text\":\"K\u00f6hler \\\"x\\\" @@ \\n \\ud83d\\ude00\",\"spans\":[{\"start\":1,\"end\":2,\"entity\":\"E\"}]}\r",
                "{\"id\":\"c\",\"text\":\"SSN 536-22-1234\"",                        // unterminated: skipped, not quoted
                "{\"id\":7,\"text\":\"a number id @\"}",                             // Jackson path
                "{\"id\":\"d\",\"text\":\"x\",\"spans\":[{\"start\":5,\"end\":4,\"entity\":\"E\"}]}",  // bad span: skipped
                "{\"text\":\"no id @\",\"lang\":\"en\"}",
                "not json at all",
                "{\"id\":\"e\",\"text\":\"boom\"}",                                  // detector fault
                "{\"id\":\"f\",\"text\":7}",
                "{\"id\":\"g\",\"text\":\"last @ line without a line end\"}");
        byte[] input = lines.getBytes(StandardCharsets.UTF_8);
        assertSameAsBefore(input);
        Result r = pipeline(input, 2);
        assertThat(r.totals()).containsExactly(10, 80, 5);
        assertThat(r.err()).doesNotContain("536-22-1234").contains("skipped a line");
    }

    @Test
    void invalidUtf8AndCrlfLinesComeOutAsBefore() throws IOException {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes("{\"id\":\"\u00e9\",\"text\":\"a".getBytes(StandardCharsets.UTF_8));
        input.writeBytes(new byte[] {(byte) 0xC3, '@', (byte) 0xFF, (byte) 0xE2, (byte) 0x82});
        input.writeBytes("\"}\r\n{\"id\":\"x\",\"text\":\"y@\"}\r\n".getBytes(StandardCharsets.UTF_8));
        input.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xF0, (byte) 0x9F, '"', ',', '"', 't', 'e',
                'x', 't', '"', ':', '"', '@', '"', '}'});
        assertSameAsBefore(input.toByteArray());
    }

    @Test
    void manyRandomLinesAcrossManyChunksComeOutAsBeforeInOrder() throws IOException {
        Random random = new Random(11);
        String[] pieces = {"a", "@", " ", "\u00e9", "\u20ac", "\ud83d\ude00", "\\n", "\\\"", "\\u00e9", "\\ud800", "\\\\",
                "\t", "1", "boom"};
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (sb.length() < 3 * DetectCommand.CHUNK_BYTES) {
            StringBuilder text = new StringBuilder();
            int len = random.nextInt(60);
            for (int i = 0; i < len; i++) {
                String p = pieces[random.nextInt(pieces.length)];
                text.append(p.equals("boom") && random.nextInt(50) != 0 ? "b" : p);
            }
            sb.append("{\"id\":\"r-").append(n++).append("\",\"text\":\"").append(text).append("\",\"spans\":[]}");
            sb.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        assertSameAsBefore(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}

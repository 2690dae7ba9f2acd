package io.piiscanner.batch.cli;

import io.piiscanner.core.model.Finding;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The byte writer of detect output lines against Jackson's generator ({@link JsonLines#writeFindings}). */
class FindingsWriterTest {

    private static Finding finding(String entity, int start, int end, double confidence) {
        return new Finding(entity, null, start, end, confidence, "rule", "***", "fp", false, "why", null);
    }

    private static byte[] jackson(String id, List<Finding> findings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLines.writeFindings(out, id, findings);
        return out.toByteArray();
    }

    private static byte[] ours(String id, List<Finding> findings) {
        FindingsWriter w = new FindingsWriter(8);
        w.write(id, findings);
        return java.util.Arrays.copyOf(w.bytes(), w.length());
    }

    private static void assertSameAsJackson(String id, List<Finding> findings) throws IOException {
        assertThat(new String(ours(id, findings), java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(jackson(id, findings), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void writesTheLineJacksonWrites() throws IOException {
        List<Finding> two = List.of(finding("US_SSN", 4, 15, 0.95), finding("EMAIL", 20, 41, 0.8765));
        byte[] out = ours("a", two);
        assertThat(new String(out, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                "{\"id\":\"a\",\"findings\":[{\"entity\":\"US_SSN\",\"start\":4,\"end\":15,\"score\":0.95},"
                        + "{\"entity\":\"EMAIL\",\"start\":20,\"end\":41,\"score\":0.877}]}\n");
        assertSameAsJackson("a", two);
        assertSameAsJackson("b", List.of());
        assertSameAsJackson(null, List.of(finding("X", 0, 0, 1.0)));
        assertSameAsJackson("", List.of(finding("X", 123_456_789, Integer.MAX_VALUE, 0)));
    }

    @Test
    void everyCharInAnIdIsEscapedOrEncodedAsJacksonDoes() throws IOException {
        for (int from = 0; from <= 0xFFFF; from += 256) {
            StringBuilder id = new StringBuilder();
            for (int c = from; c < from + 256; c++) {
                id.append((char) c).append('x');
            }
            assertSameAsJackson(id.toString(), List.of());
        }
    }

    @Test
    void surrogatePairsAndLoneSurrogatesAreEscapedAsJacksonDoes() throws IOException {
        assertSameAsJackson("a\ud83d\ude00b", List.of());
        assertSameAsJackson("\ud800", List.of());
        assertSameAsJackson("x\udc00\ud800", List.of());
        assertThat(new String(ours("\ud83d\ude00", List.of()), java.nio.charset.StandardCharsets.US_ASCII))
                .startsWith("{\"id\":\"\\uD83D\\uDE00\"");
    }

    @Test
    void longIdsAndUnusualEntityNamesToo() throws IOException {
        StringBuilder id = new StringBuilder();
        Random random = new Random(3);
        while (id.length() < 5_000) {
            id.append((char) random.nextInt(0x10000));
        }
        assertSameAsJackson(id.toString(), List.of(finding("Ü\"\n", 1, 2, 0.5)));
        // Written twice, the second time from the writer's entity cache.
        FindingsWriter w = new FindingsWriter(8);
        w.write("a", List.of(finding("Ü\"\n", 1, 2, 0.5)));
        w.reset(0);
        w.write("a", List.of(finding(new String("Ü\"\n"), 1, 2, 0.5)));
        assertThat(java.util.Arrays.copyOf(w.bytes(), w.length())).isEqualTo(jackson("a", List.of(finding("Ü\"\n", 1, 2, 0.5))));
    }

    @Test
    void scoresAreTheRoundedDoubleAsJacksonWritesIt() throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k <= 1000; k++) {
            findings.add(finding("E", 0, 1, k / 1000.0));
            findings.add(finding("E", 0, 1, k / 1000.0 + 0.0004999));
            findings.add(finding("E", 0, 1, k / 1000.0 - 0.0005));
        }
        Random random = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            findings.add(finding("E", 0, 1, random.nextDouble()));
        }
        for (double odd : new double[] {-0.0, -0.4, -3.7, 1.2, 1e-9, 1e7, 123456.789, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE}) {
            findings.add(finding("E", 0, 1, odd));
        }
        assertSameAsJackson("s", findings);
    }

    @Test
    void theBufferGrowsAndResets() {
        FindingsWriter w = new FindingsWriter(8);
        for (int i = 0; i < 1000; i++) {
            w.write("id-" + i, List.of(finding("PHONE", i, i + 10, 0.6)));
        }
        String all = new String(w.bytes(), 0, w.length(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(all.split("\n")).hasSize(1000);
        byte[] handedOver = w.bytes();
        w.reset(64);
        assertThat(w.length()).isZero();
        assertThat(w.bytes()).isNotSameAs(handedOver);
        w.write("z", List.of());
        assertThat(new String(handedOver, 0, 10, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"id-");
    }
}

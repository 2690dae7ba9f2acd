package io.piiscanner.batch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The detect and evaluate commands as a user runs them. */
class ScannerCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ScannerCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void detectWritesOneLineOfFindingsPerInputLineInOrder(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"a\",\"text\":\"SSN 536-22-1234\"}",
                "{\"id\":\"b\",\"text\":\"Order #100234871 shipped\"}",
                "{\"id\":\"c\",\"text\":\"mail maria.lopez@gmail.com\"}"));
        Run r = run("detect", "--input", in.toString());
        assertThat(r.exit()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("id").asText()).isEqualTo("a");
        assertThat(first.get("findings").get(0).get("entity").asText()).isEqualTo("US_SSN");
        assertThat(first.get("findings").get(0).get("start").asInt()).isEqualTo(4);
        assertThat(first.get("findings").get(0).get("end").asInt()).isEqualTo(15);
        assertThat(JSON.readTree(lines[1]).get("findings")).isEmpty();
        assertThat(JSON.readTree(lines[2]).get("id").asText()).isEqualTo("c");
        String[] errLines = r.err().strip().split("\n");
        assertThat(errLines[errLines.length - 1]).matches("detect: 3 records, [0-9.]+ s, [0-9]+ records/s, [0-9.]+ MB/s");
        assertThat(r.out() + r.err()).doesNotContain("536-22-1234").doesNotContain("maria.lopez");
    }

    @Test
    void detectStreamsManyLinesThroughABoundedPipeline(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("many.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("{\"id\":\"").append(i).append("\",\"text\":\"note ").append(i).append(" call +44 20 7946 0958\"}\n");
        }
        Files.writeString(in, sb);
        Run r = run("detect", "--input", in.toString(), "--threads", "2");
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(20_000);
        assertThat(JSON.readTree(lines[19_999]).get("id").asText()).isEqualTo("19999");
        assertThat(JSON.readTree(lines[12_345]).get("findings").get(0).get("entity").asText()).isEqualTo("PHONE");
    }

    @Test
    void aMalformedLineIsReportedWithoutItsContentAndTheRestGoesOn(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("bad.jsonl");
        Files.write(in, List.of("{\"id\":\"a\",\"text\":\"SSN 536-22-1234\"", "{\"id\":\"b\",\"text\":\"x\"}"));
        Run r = run("detect", "--input", in.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().strip().split("\n")).hasSize(1);
        assertThat(r.err()).contains("skipped a line").doesNotContain("536-22-1234");
    }

    @Test
    void evaluateJsonPrintsOneObjectWithPerEntityAndMicroScores(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("gold.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"1\",\"text\":\"SSN 536-22-1234\",\"spans\":[{\"start\":4,\"end\":15,\"entity\":\"US_SSN\"}]}",
                "{\"id\":\"2\",\"text\":\"mail maria.lopez@gmail.com\",\"spans\":[{\"start\":5,\"end\":26,\"entity\":\"EMAIL\"}]}",
                "{\"id\":\"3\",\"text\":\"Order #100234871\",\"spans\":[]}"));
        Run r = run("evaluate", "--input", in.toString(), "--json");
        assertThat(r.exit()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("entities").get("US_SSN").get("tp").asInt()).isEqualTo(1);
        assertThat(report.get("entities").get("EMAIL").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(report.get("micro").get("precision").asDouble()).isEqualTo(1.0);
        assertThat(report.get("micro").get("exact_f1").asDouble()).isEqualTo(1.0);
    }

    @Test
    void evaluateEntityFilterIgnoresOtherEntities(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("gold.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"1\",\"text\":\"Jane Roe, SSN 536-22-1234\",\"spans\":[{\"start\":0,\"end\":8,\"entity\":\"PERSON_NAME\"},"
                        + "{\"start\":14,\"end\":25,\"entity\":\"US_SSN\"}]}"));
        Run r = run("evaluate", "--input", in.toString(), "--entities", "US_SSN", "--json");
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("entities").fieldNames()).toIterable().containsExactly("US_SSN");
        assertThat(report.get("micro").get("recall").asDouble()).isEqualTo(1.0);
    }

    @Test
    void evaluateTablePrintsAMicroRow(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("gold.jsonl");
        Files.write(in, List.of("{\"id\":\"1\",\"text\":\"SSN 536-22-1234\",\"spans\":[{\"start\":4,\"end\":15,\"entity\":\"US_SSN\"}]}"));
        Run r = run("evaluate", "--input", in.toString());
        assertThat(r.out()).contains("US_SSN").contains("micro").contains("documents: 1, with a false positive: 0");
    }

    @Test
    void detectReadsAGzipFileAsThePlainFileAndCrlfOrAMissingLastLineEndChangeNothing(@TempDir Path dir) throws IOException {
        String lines = "{\"id\":\"a\",\"text\":\"SSN 536-22-1234\"}\r\n\r\n{\"id\":\"b\",\"text\":\"mail maria.lopez@gmail.com\"}";
        Path plain = dir.resolve("in.jsonl");
        Files.writeString(plain, lines.replace("\r\n", "\n") + "\n");
        Path crlf = dir.resolve("crlf.jsonl");
        Files.writeString(crlf, lines);
        Path gz = dir.resolve("in.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(lines.getBytes(StandardCharsets.UTF_8));
        }
        Run expected = run("detect", "--input", plain.toString());
        assertThat(expected.out().split("\n")).hasSize(2);
        assertThat(run("detect", "--input", crlf.toString()).out()).isEqualTo(expected.out());
        Run fromGz = run("detect", "--input", gz.toString());
        assertThat(fromGz.exit()).isZero();
        assertThat(fromGz.out()).isEqualTo(expected.out());
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        Run r = run("detect", "--inptu", "x");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown option --inptu").contains("usage:");
    }

    @Test
    void aMissingInputFileIsAClearError() {
        Run r = run("detect", "--input", "/nonexistent/file.jsonl");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("/nonexistent/file.jsonl");
    }
}

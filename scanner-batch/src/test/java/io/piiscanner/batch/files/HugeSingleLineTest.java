package io.piiscanner.batch.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.batch.config.Limits;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.batch.support.ScanHarness;
import io.piiscanner.batch.support.ScanHarness.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single-line files of (by default) 48 MB each, scanned with the default limits next to a good file: a log line,
 * a CSV row of millions of cells, a JSON line and a JSON document. Each is in coverage with its reason (the line
 * or row cut at the value cap and the rest read and dropped; the JSON document's 48 MB string over the parser's
 * limit), the scan completes and the good file is counted exactly.
 *
 * <p>The issue asks for a 2 GB single-line file. Written for real, the four files take 8.6 GB of temporary disk
 * and about 40 s, too much for every build; the code path does not depend on the size (the reader keeps
 * {@code max_value_chars} of a line and counts nothing in ints), so CI runs 48 MB lines and the real size is a
 * manual run (docs/scan-job.md, "Bad input"), which passed in 37 s with a 256 MB heap:
 * {@code mvn -q -B -pl scanner-batch -am test -Dtest=HugeSingleLineTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dscanner.test.hugeLineBytes=2147483000 -DargLine=-Xmx256m} (2,147,483,000 bytes: just under the default
 * 2 GiB file-size limit, above which a file is SKIPPED without being read).
 */
class HugeSingleLineTest {

    static final long BYTES = Long.getLong("scanner.test.hugeLineBytes", 48L << 20);
    static final int MAX = Limits.DEFAULTS.maxValueChars();

    @TempDir
    static Path tmp;
    static Report report;

    @BeforeAll
    static void scan() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("exports"));
        line(dir.resolve("huge.log"), "2024-05-01 ERROR dump user=huge.log@example.com payload=", "x", "");
        line(dir.resolve("huge.csv"), "huge.csv@example.com,", "x,", "x");
        line(dir.resolve("huge.jsonl"), "{\"email\":\"huge.jsonl@example.com\",\"blob\":\"", "x", "\"}");
        line(dir.resolve("huge.json"), "{\"email\":\"huge.json@example.com\",\"blob\":\"", "x", "\"}");
        Files.writeString(dir.resolve("good.csv"), "name,email\n" + "Ana,ana.keller@example.com\n".repeat(10));
        ScanSettings s = ScanHarness.settings(tmp, List.of(new SourceSpec("exports", "dir:" + dir, null, null)))
                .withLimits(Limits.DEFAULTS);
        report = ScanHarness.run(s, Map.of());
    }

    /** One line of {@link #BYTES}: head, then fill repeated, then tail; no line break. */
    static void line(Path file, String head, String fill, String tail) throws Exception {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII)));
            byte[] chunk = fill.repeat((1 << 20) / fill.length()).getBytes(StandardCharsets.US_ASCII);
            long left = BYTES - head.length() - tail.length();
            while (left > 0) {
                int n = (int) Math.min(chunk.length, left);
                ch.write(ByteBuffer.wrap(chunk, 0, n));
                left -= n;
            }
            ch.write(ByteBuffer.wrap(tail.getBytes(StandardCharsets.US_ASCII)));
        }
        assertThat(Files.size(file)).isEqualTo(BYTES);
    }

    @Test
    void logLineIsCutAtTheValueCapAndScanned() {
        JsonNode c = report.coverage("huge.log");
        assertThat(c.path("status").asText()).isEqualTo("SCANNED");
        assertThat(c.path("rows_scanned").asLong()).isEqualTo(1);
        assertThat(c.path("reason").asText()).contains("1 values truncated at " + MAX + " chars");
        assertThat(report.entityRows("huge.log", "line", "EMAIL")).isEqualTo(1);
    }

    @Test
    void csvRowOfMillionsOfCellsIsCut() {
        JsonNode c = report.coverage("huge.csv");
        assertThat(c.path("status").asText()).isEqualTo("SCANNED");
        assertThat(c.path("rows_scanned").asLong()).isEqualTo(1);
        assertThat(c.path("reason").asText()).contains("rows cut at 10000 cells");
        assertThat(report.entityRows("huge.csv", "col1", "EMAIL")).isEqualTo(1);
    }

    @Test
    void jsonLineIsCutAndScannedAsText() {
        JsonNode c = report.coverage("huge.jsonl");
        assertThat(c.path("status").asText()).isEqualTo("SCANNED");
        assertThat(c.path("rows_scanned").asLong()).isEqualTo(1);
        assertThat(c.path("reason").asText()).contains("values truncated at " + MAX + " chars")
                .contains("not valid JSON");
        assertThat(report.entityRows("huge.jsonl", "_line", "EMAIL")).isEqualTo(1);
    }

    @Test
    void jsonDocumentWithAHugeStringFailsWithItsReason() {
        JsonNode c = report.coverage("huge.json");
        assertThat(c.path("status").asText()).isEqualTo("FAILED");
        assertThat(c.path("reason").asText()).contains("JSON value over the parser's limits");
    }

    @Test
    void goodFileNextToThemIsCountedExactly() {
        assertThat(report.coverage("good.csv").path("rows_scanned").asLong()).isEqualTo(10);
        assertThat(report.entityRows("good.csv", "email", "EMAIL")).isEqualTo(10);
        assertThat(report.json().path("totals").path("containers_by_status").path("FAILED").asLong()).isEqualTo(1);
    }
}

package io.piiscanner.batch.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.batch.support.ScanHarness;
import io.piiscanner.batch.support.ScanHarness.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken files in a folder scanned together with good ones: each bad file shows up in the
 * coverage table with a reason, the scan completes, and the good files next to them are counted exactly.
 */
class BadInputFilesTest {

    static final int GOOD_CSV_ROWS = 40;
    static final int GOOD_JSONL_ROWS = 30;
    static final int MAX_VALUE_CHARS = 1 << 16;

    @TempDir
    static Path tmp;
    static Report report;

    @BeforeAll
    static void scanFolderOfBadFiles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("exports"));
        // good files
        StringBuilder csv = new StringBuilder("name,email,ssn\n");
        for (int i = 0; i < GOOD_CSV_ROWS; i++) {
            csv.append("Person ").append(i).append(",person").append(i).append("@example.com,")
                    .append(String.format("%03d-%02d-%04d", 123 + i, 45, 1000 + i)).append('\n');
        }
        Files.writeString(dir.resolve("good.csv"), csv);
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < GOOD_JSONL_ROWS; i++) {
            jsonl.append("{\"user\":{\"email\":\"jl").append(i).append("@example.com\"}}\n");
        }
        Files.writeString(dir.resolve("good.jsonl"), jsonl);

        // a corrupt XLSX: a zip signature and then garbage
        byte[] junk = new byte[4096];
        new Random(1).nextBytes(junk);
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;
        Files.write(dir.resolve("corrupt.xlsx"), junk);

        // a truncated gzip: 2,000 log lines, cut in the middle of the deflate stream
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(gz)) {
            for (int i = 0; i < 2000; i++) {
                o.write(("2024-05-01 INFO login user=gz" + i + "@example.com session " + i * 7919 + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = gz.toByteArray();
        Files.write(dir.resolve("truncated.log.gz"), Arrays.copyOf(whole, whole.length / 2));

        // invalid UTF-8 in a CSV (0xC3 0x28 and 0xFF are not UTF-8)
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.write("name,email\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 10; i++) {
            bad.write(new byte[] {'R', (byte) 0xC3, 0x28, 'n', (byte) 0xFF, 'e', ','});
            bad.write(("latin" + i + "@example.com\n").getBytes(StandardCharsets.US_ASCII));
        }
        Files.write(dir.resolve("invalid-utf8.csv"), bad.toByteArray());

        // a zip bomb: one member of 64 MB of zeros (~64 KB compressed)
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(dir.resolve("bomb.zip")))) {
            z.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        // a gzip bomb that only reveals itself while streaming: 64 MB of the character '0'
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve("zeros.log.gz")))) {
            byte[] chars = new byte[1 << 20];
            Arrays.fill(chars, (byte) '0');
            for (int i = 0; i < 64; i++) {
                o.write(chars);
            }
        }

        // a very long single line (8 MB; values are capped at 64K chars) and a 50 MB one over the file-size limit
        writeOneLine(dir.resolve("longline.txt"), "contact long.line@example.com ", 8L << 20);
        writeOneLine(dir.resolve("huge.txt"), "contact huge.file@example.com ", 50L << 20);

        // binary files: by extension and by content
        Files.write(dir.resolve("blob.bin"), junk);
        byte[] nul = new byte[2048];
        new Random(2).nextBytes(nul);
        Arrays.fill(nul, 100, 200, (byte) 0);
        Files.write(dir.resolve("coredump"), nul);

        // a corrupt zip archive
        Files.write(dir.resolve("broken.zip"), Arrays.copyOfRange(junk, 10, 2000));

        ScanSettings s = ScanHarness.settings(tmp, List.of(new SourceSpec("exports", "dir:" + dir, null, null)))
                .withLimits(ScanHarness.limits(1000, 100, 200_000).withMaxValueChars(MAX_VALUE_CHARS)
                        .withMaxFileBytes(45L << 20));
        report = ScanHarness.run(s, Map.of());
    }

    static void writeOneLine(Path file, String prefix, long bytes) throws Exception {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(prefix.getBytes(StandardCharsets.US_ASCII)));
            byte[] xs = new byte[1 << 20];
            Arrays.fill(xs, (byte) 'x');
            for (long written = prefix.length(); written < bytes; written += xs.length) {
                ch.write(ByteBuffer.wrap(xs));
            }
        }
    }

    @Test
    void goodFilesAreCountedExactly() {
        JsonNode csv = report.coverage("good.csv");
        assertThat(csv.path("status").asText()).isEqualTo("SCANNED");
        assertThat(csv.path("rows_scanned").asLong()).isEqualTo(GOOD_CSV_ROWS);
        assertThat(report.entityRows("good.csv", "email", "EMAIL")).isEqualTo(GOOD_CSV_ROWS);
        assertThat(report.entityRows("good.csv", "ssn", "US_SSN")).isEqualTo(GOOD_CSV_ROWS);
        assertThat(report.coverage("good.jsonl").path("rows_scanned").asLong()).isEqualTo(GOOD_JSONL_ROWS);
        assertThat(report.entityRows("good.jsonl", "user.email", "EMAIL")).isEqualTo(GOOD_JSONL_ROWS);
    }

    @Test
    void corruptXlsxFails() {
        assertFailedOrSkipped("corrupt.xlsx", "corrupt");
    }

    @Test
    void truncatedGzipFails() {
        assertFailedOrSkipped("truncated.log.gz", "truncated or corrupt compressed data");
    }

    @Test
    void zipBombIsRefused() {
        assertFailedOrSkipped("bomb.zip!/zeros.txt", "archive bomb");
    }

    @Test
    void streamingGzipBombIsStopped() {
        assertFailedOrSkipped("zeros.log.gz", "expan");
    }

    @Test
    void fileOverTheSizeLimitIsSkipped() {
        JsonNode c = assertFailedOrSkipped("huge.txt", "larger than the limit");
        assertThat(c.path("status").asText()).isEqualTo("SKIPPED");
    }

    @Test
    void binaryFilesAreSkipped() {
        assertThat(assertFailedOrSkipped("blob.bin", "binary").path("status").asText()).isEqualTo("SKIPPED");
        assertThat(assertFailedOrSkipped("coredump", "binary").path("status").asText()).isEqualTo("SKIPPED");
    }

    @Test
    void corruptZipFails() {
        assertFailedOrSkipped("broken.zip", "corrupt or unreadable zip");
    }

    /** Not a failure: decoded as windows-1252 with a note, so its e-mail addresses are still found. */
    @Test
    void invalidUtf8IsDecodedAndNoted() {
        JsonNode c = report.coverage("invalid-utf8.csv");
        assertThat(c.path("status").asText()).isEqualTo("SCANNED");
        assertThat(c.path("reason").asText()).contains("not valid UTF-8");
        assertThat(c.path("rows_scanned").asLong()).isEqualTo(10);
        assertThat(report.entityRows("invalid-utf8.csv", "email", "EMAIL")).isEqualTo(10);
    }

    /** Not a failure either: the line is cut at the value cap (memory stays bounded) and the cut is reported. */
    @Test
    void longSingleLineIsCutAndNoted() {
        JsonNode c = report.coverage("longline.txt");
        assertThat(c.path("status").asText()).isEqualTo("SCANNED");
        assertThat(c.path("rows_scanned").asLong()).isEqualTo(1);
        assertThat(c.path("reason").asText()).contains("truncated at " + MAX_VALUE_CHARS);
        assertThat(report.json().path("fields").toString()).contains("longline.txt");
        assertThat(report.json().path("fields").findValues("EMAIL")).isNotEmpty();
    }

    @Test
    void everyContainerIsInCoverage() {
        assertThat(report.json().path("coverage").size()).isGreaterThanOrEqualTo(12);
        for (JsonNode c : report.json().path("coverage")) {
            if (!c.path("status").asText().equals("SCANNED")) {
                assertThat(c.path("reason").asText()).as(c.toString()).isNotBlank().isNotEqualTo("null");
            }
        }
    }

    private static JsonNode assertFailedOrSkipped(String container, String reasonFragment) {
        JsonNode c = report.coverage(container);
        assertThat(c.path("status").asText()).as(c.toString()).isIn("FAILED", "SKIPPED");
        assertThat(c.path("reason").asText()).as(c.toString()).containsIgnoringCase(reasonFragment);
        return c;
    }
}

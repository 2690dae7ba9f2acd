package io.piiscanner.batch.bench;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A folder of mixed exports for the "temp storage" benchmark, about {@code bytes} on disk: CSV customer exports
 * (32%), JSONL event logs (28%), plain application logs (22%), gzip'd logs (6%), zip archives holding CSV and
 * JSONL (6%) and XLSX workbooks written with SXSSF (6%). Rows come from {@link StagingRows}; log lines carry
 * personal data in about one line in eight. Each file is at most 48 MB (XLSX 12 MB).
 */
public final class BenchFiles {

    private static final long MAX_FILE = 48L << 20;
    private static final String[] LEVELS = {"INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR"};
    private static final String[] HEADER = StagingRows.COLUMNS;

    private BenchFiles() {
    }

    public static void write(Path dir, long bytes, long seed, PrintStream log) throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(dir);
        StagingRows rows = new StagingRows(seed);
        Random rnd = new Random(seed + 1);
        int n = 0;
        n += series(dir.resolve("exports"), "customers_%03d.csv", (long) (bytes * 0.32), MAX_FILE, p -> csv(p, rows, MAX_FILE));
        n += series(dir.resolve("events"), "events_%03d.jsonl", (long) (bytes * 0.28), MAX_FILE, p -> jsonl(p, rows, rnd, MAX_FILE));
        n += series(dir.resolve("logs"), "app_%03d.log", (long) (bytes * 0.22), MAX_FILE, p -> logFile(p, rows, rnd, MAX_FILE, false));
        n += series(dir.resolve("logs"), "archived_%03d.log.gz", (long) (bytes * 0.06), MAX_FILE / 4,
                p -> logFile(p, rows, rnd, MAX_FILE / 4, true));
        n += series(dir.resolve("archives"), "backup_%03d.zip", (long) (bytes * 0.06), MAX_FILE / 2,
                p -> zip(p, rows, rnd, MAX_FILE / 2));
        n += series(dir.resolve("spreadsheets"), "report_%03d.xlsx", (long) (bytes * 0.06), 12L << 20,
                p -> xlsx(p, rows, 12L << 20));
        long total;
        try (var s = Files.walk(dir)) {
            total = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        log.printf("bench-data: %d files, %,d bytes in %s, %.1f s%n", n, total, dir, (System.nanoTime() - t0) / 1e9);
    }

    @FunctionalInterface
    private interface FileWriter {
        void write(Path p) throws IOException;
    }

    /** Writes files of one kind until their sizes add up to {@code budget}. */
    private static int series(Path dir, String pattern, long budget, long perFile, FileWriter w) throws IOException {
        Files.createDirectories(dir);
        long written = 0;
        int i = 0;
        while (written < budget) {
            Path p = dir.resolve(String.format(pattern, ++i));
            w.write(p);
            written += Files.size(p);
            if (Files.size(p) == 0) {
                break;
            }
        }
        return i;
    }

    /** Writes rows through {@code w} until the underlying file has {@code max} bytes. */
    private static void csv(Path p, StagingRows rows, long max) throws IOException {
        try (CountingOut out = new CountingOut(Files.newOutputStream(p));
             Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write(String.join(",", HEADER) + "\n");
            csvRows(w, out, rows, max);
        }
    }

    private static void csvRows(Writer w, CountingOut out, StagingRows rows, long max) throws IOException {
        while (out.count < max) {
            for (int k = 0; k < 200; k++) {
                String[] r = rows.next();
                for (int i = 0; i < r.length; i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    w.write(csvCell(r[i]));
                }
                w.write('\n');
            }
            w.flush();
        }
    }

    static String csvCell(String v) {
        if (v == null) {
            return "";
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static void jsonl(Path p, StagingRows rows, Random rnd, long max) throws IOException {
        try (CountingOut out = new CountingOut(Files.newOutputStream(p));
             Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            jsonlRows(w, out, rows, rnd, max);
        }
    }

    private static void jsonlRows(Writer w, CountingOut out, StagingRows rows, Random rnd, long max) throws IOException {
        String[] events = {"signup", "login", "profile.update", "order.created", "payment.failed", "export"};
        while (out.count < max) {
            for (int k = 0; k < 200; k++) {
                String[] r = rows.next();
                w.write("{\"event\":\"" + events[rnd.nextInt(events.length)] + "\",\"ts\":\"2024-0" + (1 + rnd.nextInt(9))
                        + "-1" + rnd.nextInt(10) + "T0" + rnd.nextInt(10) + ":1" + rnd.nextInt(10) + ":00Z\",\"id\":" + r[0]
                        + ",\"user\":{\"name\":" + json(r[1]) + ",\"email\":" + json(r[2]) + ",\"phone\":" + json(r[3])
                        + "},\"payload\":{\"note\":" + json(r[6]) + ",\"country\":" + json(r[7]) + ",\"retry\":"
                        + rnd.nextInt(4) + "}}\n");
            }
            w.flush();
        }
    }

    private static String json(String v) {
        return v == null ? "null" : '"' + new String(JsonStringEncoder.getInstance().quoteAsString(v)) + '"';
    }

    private static void logFile(Path p, StagingRows rows, Random rnd, long max, boolean gzip) throws IOException {
        OutputStream file = Files.newOutputStream(p);
        try (CountingOut out = new CountingOut(file);
             Writer w = new BufferedWriter(new OutputStreamWriter(gzip ? new GZIPOutputStream(out, 1 << 16) : out,
                     StandardCharsets.UTF_8), 1 << 16)) {
            logLines(w, out, rows, rnd, max);
        }
    }

    private static void logLines(Writer w, CountingOut out, StagingRows rows, Random rnd, long max) throws IOException {
        long t = 1_714_550_400_000L;
        while (out.count < max) {
            for (int k = 0; k < 500; k++) {
                t += rnd.nextInt(900);
                String ts = java.time.Instant.ofEpochMilli(t).toString();
                String level = LEVELS[rnd.nextInt(LEVELS.length)];
                String thread = "sync-worker-" + rnd.nextInt(8);
                String msg = switch (rnd.nextInt(16)) {
                    case 0 -> "login ok user=" + orElse(rows.next()[2], "anonymous");
                    case 1 -> "payment declined for card " + orElse(rows.next()[5], "n/a") + " reason=insufficient_funds";
                    default -> "upserted Contact 003" + Long.toString(Math.abs(rnd.nextLong()), 36).substring(0, 8)
                            + " status=" + (200 + rnd.nextInt(3)) + " duration=" + rnd.nextInt(900) + "ms batch="
                            + rnd.nextInt(10_000);
                };
                w.write(ts + " " + level + " [" + thread + "] " + msg + "\n");
            }
            w.flush();
        }
    }

    private static String orElse(String v, String fallback) {
        return v == null ? fallback : v;
    }

    private static void zip(Path p, StagingRows rows, Random rnd, long max) throws IOException {
        try (CountingOut out = new CountingOut(Files.newOutputStream(p));
             ZipOutputStream z = new ZipOutputStream(out)) {
            Writer w = new BufferedWriter(new OutputStreamWriter(z, StandardCharsets.UTF_8), 1 << 16);
            z.putNextEntry(new ZipEntry("crm/contacts.csv"));
            w.write(String.join(",", HEADER) + "\n");
            csvRows(w, out, rows, max / 2);
            w.flush();
            z.closeEntry();
            z.putNextEntry(new ZipEntry("crm/events.jsonl"));
            jsonlRows(w, out, rows, rnd, max);
            w.flush();
            z.closeEntry();
        }
    }

    private static void xlsx(Path p, StagingRows rows, long max) throws IOException {
        // rows kept in memory: 100; strings inline (no shared-strings table to hold)
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, false);
             OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("Customers");
            Row h = s.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                h.createCell(i).setCellValue(HEADER[i]);
            }
            // about 95 bytes of compressed sheet XML a row
            long n = Math.max(1, max / 95);
            for (int r = 1; r <= n && r < 1_048_576; r++) {
                String[] v = rows.next();
                Row row = s.createRow(r);
                for (int i = 0; i < v.length; i++) {
                    if (v[i] != null) {
                        row.createCell(i).setCellValue(v[i]);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /** Counts bytes written to the file (after compression). */
    private static final class CountingOut extends java.io.FilterOutputStream {
        long count;

        CountingOut(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}

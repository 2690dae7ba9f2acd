package io.piiscanner.batch.restart;

import io.piiscanner.batch.ScannerBatchApplication;
import io.piiscanner.batch.support.ReportCounts;
import io.piiscanner.batch.support.ScanHarness.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 mid-scan: a child JVM runs {@code scan} over an H2 staging table and a large CSV and is killed
 * (SIGKILL, no shutdown hooks) once it has committed some chunks; {@code scan --resume} then finishes the
 * same run, and every count of its report equals that of an uninterrupted run over the same data.
 */
class KillAndResumeEndToEndTest {

    static final int TABLE_ROWS = 48_000;
    static final int CSV_ROWS = 12_000;
    static final Pattern PROGRESS = Pattern.compile("scan: .*partitions\\), ([\\d,]+) rows");

    @Test
    void killedScanResumesWithoutCountingTwice(@TempDir Path tmp) throws Exception {
        Path staging = tmp.resolve("staging");
        String url = "jdbc:h2:file:" + staging.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE stg_big (id INT PRIMARY KEY, email VARCHAR(100), ssn VARCHAR(11), note VARCHAR(200))");
            st.execute("INSERT INTO stg_big SELECT X, CASE WHEN MOD(X, 2) = 0 THEN 'user' || X || '@example.com' END,"
                    + " CASE WHEN MOD(X, 3) = 0 THEN LPAD(100 + MOD(X, 500), 3, '0') || '-' || LPAD(1 + MOD(X, 98), 2, '0')"
                    + " || '-' || LPAD(1 + MOD(X, 9998), 4, '0') END, 'note ' || X FROM SYSTEM_RANGE(1, " + TABLE_ROWS + ")");
        }
        Path files = Files.createDirectories(tmp.resolve("exports"));
        try (Writer w = Files.newBufferedWriter(files.resolve("big.csv"), StandardCharsets.UTF_8)) {
            w.write("id,email,comment\n");
            for (int i = 1; i <= CSV_ROWS; i++) {
                w.write(i + "," + (i % 4 == 0 ? "csv" + i + "@example.org" : "") + ",row " + i + "\n");
            }
        }
        Path creds = tmp.resolve("creds.properties");
        Files.writeString(creds, "default.user=sa\n");
        List<String> common = List.of("--source", url, "--source", "dir:" + files, "--credentials-file", creds.toString(),
                "--threads", "2");

        // the reference: an uninterrupted run in its own work directory
        long t0 = System.nanoTime();
        Report reference = runInProcess(tmp.resolve("ref-work"), tmp.resolve("ref-reports"), common, false);
        System.out.printf("reference run: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        // the victim: a child JVM, killed with SIGKILL after a few chunks were committed
        Path work = tmp.resolve("work");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), ScannerBatchApplication.class.getName(), "scan"));
        cmd.addAll(common);
        cmd.addAll(List.of("--work", work.toString(), "--output", tmp.resolve("reports").toString()));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        long killedAt = -1;
        StringBuilder childOut = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                childOut.append(line).append('\n');
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && Long.parseLong(m.group(1).replace(",", "")) > 0) {
                    // the first progress line comes with the first chunk write; let a few chunks commit
                    Thread.sleep(800);
                    assertThat(child.isAlive()).as("the scan finished before it could be killed:\n" + childOut).isTrue();
                    killedAt = Long.parseLong(m.group(1).replace(",", ""));
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
                    break;
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killedAt).as("no progress seen before the child ended:\n" + childOut).isPositive();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        // the kill left committed work behind, and the run is unfinished
        long committed;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("store"), "sa", "");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT COALESCE(SUM(records), 0) FROM scan_chunk")) {
                rs.next();
                committed = rs.getLong(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT status FROM scan_run")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("STARTED");
            }
        }
        assertThat(committed).as("chunks committed before the kill").isPositive().isLessThan(TABLE_ROWS + CSV_ROWS);

        System.out.println("child output:\n" + childOut + "committed before kill: " + committed);
        t0 = System.nanoTime();
        Report resumed = runInProcess(work, tmp.resolve("reports"), common, true);
        System.out.printf("resumed run: %d ms%n", (System.nanoTime() - t0) / 1_000_000);

        assertThat(resumed.json().path("totals").path("rows_scanned").asLong()).isEqualTo(TABLE_ROWS + CSV_ROWS);
        assertThat(counts(resumed)).isEqualTo(counts(reference));
        assertThat(resumed.json().path("coverage")).allSatisfy(c -> assertThat(c.path("status").asText()).isEqualTo("SCANNED"));
        assertThat(resumed.entityRows("PUBLIC.STG_BIG", "EMAIL", "EMAIL")).isEqualTo(TABLE_ROWS / 2);
        assertThat(resumed.entityRows("PUBLIC.STG_BIG", "SSN", "US_SSN")).isEqualTo(TABLE_ROWS / 3);
        assertThat(resumed.entityRows("big.csv", "email", "EMAIL")).isEqualTo(CSV_ROWS / 4);
    }

    static Report runInProcess(Path work, Path reports, List<String> common, boolean resume) throws Exception {
        List<String> args = new ArrayList<>(List.of("scan"));
        args.addAll(common);
        args.addAll(List.of("--work", work.toString(), "--output", reports.toString(), "--quiet"));
        if (resume) {
            args.add("--resume");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ScannerBatchApplication.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isIn(0, 3);
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
        return Report.read(Path.of(lines[lines.length - 1].trim()));
    }

    /** Every count of the report, keyed by what it counts (see {@link ReportCounts}). */
    static TreeMap<String, String> counts(Report r) {
        return ReportCounts.of(r);
    }
}

package io.piiscanner.batch.canary;

import io.piiscanner.batch.support.WorkDatabaseDump;
import io.piiscanner.batch.ScannerBatchApplication;
import io.piiscanner.batch.support.ScanHarness.Report;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planted values (an SSN, an e-mail address, a card number) are found by the scan and then appear nowhere
 * the scanner writes: not in any file of the run folder (XLSX members and the legal summary page included), not
 * in the per-record breach-notification facts of the work database, not on stdout/stderr or in
 * the log, not in any table of the work database including Spring Batch's BATCH_* tables (execution
 * contexts decoded), and not in the raw bytes of the work database files.
 */
class CanaryLeakTest {

    static final String SSN = "536-22-1234";
    static final String EMAIL = "canary.leak@protonmail.com";
    static final String CARD = "4539 1488 0343 6467";
    static final List<String> FORMS = List.of(SSN, "536221234", "536 22 1234", EMAIL, "canary.leak", CARD,
            "4539148803436467", "4539-1488-0343-6467");

    @Test
    void plantedValuesAppearNowhereTheScannerWrites(@TempDir Path tmp) throws Exception {
        Path staging = tmp.resolve("staging");
        String url = "jdbc:h2:file:" + staging.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE stg_leak (id INT PRIMARY KEY, email VARCHAR(100), ssn VARCHAR(20), card VARCHAR(30), notes CLOB)");
            // keyed by the e-mail address itself, the canary sorting last: the keyset checkpoint saved in the job
            // repository after the chunk is the canary's key, and must not show it
            st.execute("CREATE TABLE stg_by_email (email VARCHAR(100) PRIMARY KEY, ssn VARCHAR(20))");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO stg_leak VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= 30; i++) {
                    p.setInt(1, i);
                    p.setString(2, EMAIL);
                    p.setString(3, SSN);
                    p.setString(4, CARD);
                    p.setString(5, "customer " + EMAIL + " paid with " + CARD.replace(" ", "") + ", ssn " + SSN.replace("-", ""));
                    p.addBatch();
                }
                p.executeBatch();
            }
            st.execute("INSERT INTO stg_by_email VALUES ('" + EMAIL + "', '" + SSN + "'), ('aa.other@example.com', '123-45-6789')");
        }
        Path files = Files.createDirectories(tmp.resolve("exports"));
        Files.writeString(files.resolve("leak.csv"), "email,ssn,card\n" + (EMAIL + "," + SSN + "," + CARD + "\n").repeat(5));
        Files.writeString(files.resolve("leak.jsonl"), ("{\"user\":{\"email\":\"" + EMAIL + "\",\"ssn\":\"" + SSN + "\"}}\n").repeat(5));
        Files.writeString(files.resolve("broken.json"), "{\"email\": " + EMAIL + ", \"ssn\": " + SSN + "}");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(files.resolve("app.log.gz")))) {
            o.write(("ERROR payment failed card=" + CARD + " user=" + EMAIL + "\n").repeat(5).getBytes(StandardCharsets.UTF_8));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(files.resolve("leak.xlsx"))) {
            var sheet = wb.createSheet("people");
            sheet.createRow(0).createCell(0).setCellValue("email");
            sheet.getRow(0).createCell(1).setCellValue("ssn");
            sheet.createRow(1).createCell(0).setCellValue(EMAIL);
            sheet.getRow(1).createCell(1).setCellValue(SSN);
            wb.write(o);
        }
        Path creds = tmp.resolve("creds.properties");
        Files.writeString(creds, "default.user=sa\n");
        Path work = tmp.resolve("work");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
        ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        int code;
        try {
            // the log goes to System.err (logback ConsoleAppender): capture both process streams too
            System.setOut(new PrintStream(sysOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
            code = ScannerBatchApplication.run(new String[] {"scan", "--source", url, "--source", "dir:" + files,
                            "--work", work.toString(), "--output", tmp.resolve("reports").toString(),
                            "--credentials-file", creds.toString(), "--threads", "2", "--aware-at", "2026-11-26T09:00Z"},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8) + sysOut.toString(StandardCharsets.UTF_8)
                + sysErr.toString(StandardCharsets.UTF_8);
        assertThat(code).as(stderr).isIn(0, 3);
        String[] lines = stdout.trim().split("\n");
        Path folder = Path.of(lines[lines.length - 1].trim());
        Report report = Report.read(folder);

        // the canaries were found (otherwise "not leaked" proves nothing)
        assertThat(report.entityRows("PUBLIC.STG_LEAK", "EMAIL", "EMAIL")).isEqualTo(30);
        assertThat(report.entityRows("PUBLIC.STG_LEAK", "SSN", "US_SSN")).isEqualTo(30);
        assertThat(report.field("PUBLIC.STG_LEAK", "CARD").path("entities").size()).isPositive();
        assertThat(report.entityRows("leak.csv", "email", "EMAIL")).isEqualTo(5);
        assertThat(report.entityRows("PUBLIC.STG_BY_EMAIL", "EMAIL", "EMAIL")).isEqualTo(2);
        // ... and assessed for breach notification: the canary person is one person across tables and files
        var bn = report.json().path("breach_notification");
        assertThat(bn.path("aware_at").asText()).isEqualTo("2026-11-26T09:00:00Z");
        assertThat(bn.path("totals").path("records_with_personal_data").asLong()).isGreaterThan(40);
        assertThat(bn.path("totals").path("distinct_subjects").asLong()).isBetween(1L, 4L);
        assertThat(bn.path("obligations").toString()).contains("\"rule\":\"PCI\"");
        assertThat(folder.resolve("legal-summary.html")).exists();

        // the search itself works: the source database file holds the planted values in plain bytes
        try (Stream<Path> src = Files.walk(staging)) {
            String raw = new String(Files.readAllBytes(src.filter(p -> p.toString().endsWith(".mv.db")).findFirst().orElseThrow()),
                    StandardCharsets.ISO_8859_1);
            assertThat(find("source", raw)).isNotEmpty();
        }

        List<String> leaks = new ArrayList<>();
        leaks.addAll(find("stdout", stdout));
        leaks.addAll(find("stderr/log", stderr));
        try (Stream<Path> all = Files.walk(tmp.resolve("reports"))) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                leaks.addAll(findInFile(p));
            }
        }
        try (Stream<Path> all = Files.walk(work)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                leaks.addAll(find("raw " + p, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)));
            }
        }
        List<String> tables = new ArrayList<>();
        leaks.addAll(dumpWorkDatabase(work, tables));
        assertThat(tables).as("the dump covered the job repository and the findings")
                .contains("BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_PARAMS",
                        "SCAN_CHUNK_FINDINGS", "SCAN_CONTAINER", "SCAN_PARTITION", "SCAN_RUN",
                        "SCAN_CHUNK_EXPOSURE", "SCAN_SOURCE_DATA", "SCAN_SOURCE_COUNTER");
        assertThat(leaks).as("planted values found outside the source").isEmpty();
    }

    /** Canaries in every table of the work H2 database (see {@link WorkDatabaseDump}); table names go to {@code tables}. */
    static List<String> dumpWorkDatabase(Path work, List<String> tables) throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, String> t : WorkDatabaseDump.tables(work).entrySet()) {
            String name = WorkDatabaseDump.tableName(t.getKey());
            tables.add(name);
            leaks.addAll(find("table " + t.getKey(), t.getValue()));
            if (name.equals("BATCH_STEP_EXECUTION_CONTEXT")) {
                assertThat(t.getValue()).as("the dump reads the (decoded) step contexts, keyset checkpoints included")
                        .contains("scan.checkpoint");
            }
        }
        return leaks;
    }

    static List<String> findInFile(Path p) throws Exception {
        byte[] bytes = Files.readAllBytes(p);
        List<String> out = new ArrayList<>(find(p.toString(), new String(bytes, StandardCharsets.ISO_8859_1)));
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (ZipInputStream z = new ZipInputStream(Files.newInputStream(p))) {
                ZipEntry e;
                while ((e = z.getNextEntry()) != null) {
                    out.addAll(find(p + "!/" + e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }

    static List<String> find(String where, String text) {
        List<String> out = new ArrayList<>();
        for (String f : FORMS) {
            if (text.contains(f)) {
                out.add("'" + f + "' in " + where);
            }
        }
        return out;
    }
}

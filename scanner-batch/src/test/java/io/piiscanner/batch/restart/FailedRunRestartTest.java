package io.piiscanner.batch.restart;

import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.batch.launch.ScanRunner;
import io.piiscanner.batch.store.WorkStore;
import io.piiscanner.batch.jdbc.StagingDb;
import io.piiscanner.batch.support.ScanHarness;
import io.piiscanner.batch.support.ScanHarness.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run that fails part-way (an injected fault makes chunk writes to the work store fail after a few
 * commits) is restarted with resume: the table split into key ranges resumes from its keyset checkpoints,
 * the CSV from its record count, and every count equals an uninterrupted run's (nothing counted twice).
 */
class FailedRunRestartTest {

    static final int TABLE_ROWS = 3_000;
    static final int CSV_ROWS = 1_500;

    @AfterEach
    void disarm() {
        ChunkWriteFault.disarm();
    }

    @Test
    void failedRunResumesToTheSameCounts(@TempDir Path tmp) throws Exception {
        String url = "jdbc:h2:mem:restart" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Connection admin = DriverManager.getConnection(url, "sa", "")) {
            try (Statement st = admin.createStatement()) {
                st.execute("CREATE TABLE stg_orders (id INT PRIMARY KEY, email VARCHAR(100), ssn VARCHAR(11))");
                st.execute("INSERT INTO stg_orders SELECT X, CASE WHEN MOD(X, 2) = 0 THEN 'buyer' || X || '@example.com' END,"
                        + " CASE WHEN MOD(X, 3) = 0 THEN LPAD(100 + MOD(X, 500), 3, '0') || '-' || LPAD(1 + MOD(X, 98), 2, '0')"
                        + " || '-' || LPAD(1 + MOD(X, 9998), 4, '0') END FROM SYSTEM_RANGE(1, " + TABLE_ROWS + ")");
            }
            Path files = Files.createDirectories(tmp.resolve("exports"));
            try (Writer w = Files.newBufferedWriter(files.resolve("leads.csv"), StandardCharsets.UTF_8)) {
                w.write("id,email\n");
                for (int i = 1; i <= CSV_ROWS; i++) {
                    w.write(i + "," + (i % 3 == 0 ? "lead" + i + "@example.org" : "none") + "\n");
                }
            }
            List<SourceSpec> sources = List.of(new SourceSpec("h2", url, List.of("PUBLIC"), null),
                    new SourceSpec("files", "dir:" + files, null, null));
            Map<String, String> env = Map.of("SCANNER_H2_USER", "sa");
            // 3 key ranges of 1,000 rows, pages of 150, chunks of 100
            ScanSettings ref = ScanHarness.settings(tmp.resolve("ref"), sources).withLimits(ScanHarness.limits(150, 100, 1_000));
            Report reference = ScanHarness.run(ref, env);
            assertThat(reference.coverage("PUBLIC.STG_ORDERS").path("rows_scanned").asLong()).isEqualTo(TABLE_ROWS);

            Report report = failThenResume(tmp, sources, env, 12, TABLE_ROWS + CSV_ROWS);
            assertThat(KillAndResumeEndToEndTest.counts(report)).isEqualTo(KillAndResumeEndToEndTest.counts(reference));
            assertThat(report.json().path("totals").path("rows_scanned").asLong()).isEqualTo(TABLE_ROWS + CSV_ROWS);
            assertThat(report.entityRows("PUBLIC.STG_ORDERS", "EMAIL", "EMAIL")).isEqualTo(TABLE_ROWS / 2);
            assertThat(report.entityRows("PUBLIC.STG_ORDERS", "SSN", "US_SSN")).isEqualTo(TABLE_ROWS / 3);
            assertThat(report.entityRows("leads.csv", "email", "EMAIL")).isEqualTo(CSV_ROWS / 3);
            assertThat(report.json().path("coverage")).allSatisfy(c -> assertThat(c.path("status").asText()).isEqualTo("SCANNED"));
        }
    }

    /**
     * A commit that fails and cannot be recorded leaves the job UNKNOWN (seen with the embedded H2 store's "Chunk not
     * found" under heavy writes); Spring Batch alone refuses to restart that. Resume still continues it from the last
     * committed checkpoints, to the same counts.
     */
    @Test
    void runLeftUnknownByAFailedCommitResumesToTheSameCounts(@TempDir Path tmp) throws Exception {
        String url = "jdbc:h2:mem:unknown" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Connection admin = DriverManager.getConnection(url, "sa", "")) {
            try (Statement st = admin.createStatement()) {
                st.execute("CREATE TABLE stg_orders (id INT PRIMARY KEY, email VARCHAR(100))");
                st.execute("INSERT INTO stg_orders SELECT X, 'buyer' || X || '@example.com' FROM SYSTEM_RANGE(1, " + TABLE_ROWS + ")");
            }
            List<SourceSpec> sources = List.of(new SourceSpec("h2", url, List.of("PUBLIC"), null));
            Map<String, String> env = Map.of("SCANNER_H2_USER", "sa");
            Report reference = ScanHarness.run(ScanHarness.settings(tmp.resolve("ref"), sources)
                    .withLimits(ScanHarness.limits(150, 100, 1_000)), env);
            Report report = failThenResume(tmp, sources, env, 8, TABLE_ROWS, true);
            assertThat(KillAndResumeEndToEndTest.counts(report)).isEqualTo(KillAndResumeEndToEndTest.counts(reference));
            assertThat(report.entityRows("PUBLIC.STG_ORDERS", "EMAIL", "EMAIL")).isEqualTo(TABLE_ROWS);
        }
    }

    static Report failThenResume(Path tmp, List<SourceSpec> sources, Map<String, String> env, int failAt, long total)
            throws Exception {
        return failThenResume(tmp, sources, env, failAt, total, false);
    }

    /**
     * Runs the scan with chunk writes failing from the {@code failAt}-th, then resumes it; returns the resumed report.
     * With {@code leaveUnknown} the failed job and its failed steps are set to UNKNOWN in the job repository first.
     */
    static Report failThenResume(Path tmp, List<SourceSpec> sources, Map<String, String> env, int failAt, long total,
                                 boolean leaveUnknown) throws Exception {
        ScanSettings s = ScanHarness.settings(tmp.resolve("faulty"), sources).withLimits(ScanHarness.limits(150, 100, 1_000));
        Credentials creds = new Credentials(env, new Properties());
        try (var ds = WorkStore.dataSource(s, creds); Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER inject_fault BEFORE INSERT, UPDATE ON scan_chunk FOR EACH ROW CALL '"
                    + ChunkWriteFault.class.getName() + "'");
        }
        ChunkWriteFault.arm(failAt);
        ScanRunner.Result failed = new ScanRunner(creds, true).run(s, false);
        assertThat(failed.folder()).as("the faulty run must fail").isNull();
        assertThat(failed.exitCode()).isEqualTo(1);
        long committed = committedRecords(WorkStore.dataSource(s, creds));
        assertThat(committed).as("records committed before the fault").isPositive().isLessThan(total);

        ChunkWriteFault.disarm();
        if (leaveUnknown) {
            try (var ds = WorkStore.dataSource(s, creds); Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                assertThat(st.executeUpdate("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'UNKNOWN' WHERE STATUS = 'FAILED'"))
                        .as("failed steps").isPositive();
                assertThat(st.executeUpdate("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'UNKNOWN' WHERE STATUS = 'FAILED'")).isEqualTo(1);
            }
        }
        ScanRunner.Result resumed = new ScanRunner(creds, true).run(s, true);
        assertThat(resumed.runId()).isEqualTo(failed.runId());
        assertThat(resumed.folder()).isNotNull();
        return Report.read(resumed.folder());
    }

    /**
     * PostgreSQL, a table keyed by a time stamp: the resumed read binds the decoded keyset position, which
     * must still compare as a time stamp (a string would fail with "operator does not exist").
     */
    @Test
    void postgresTableKeyedByTimestampResumes(@TempDir Path tmp) throws Exception {
        StagingDb db = StagingDb.POSTGRESQL;
        db.assumeAvailable();
        String schema = db.newSchema();
        try (Connection admin = db.admin(schema)) {
            StagingDb.exec(admin, "CREATE TABLE stg_events (created_at TIMESTAMP, seq INT, happened DATE, email VARCHAR(100),"
                    + " PRIMARY KEY (created_at, seq, happened))",
                    "INSERT INTO stg_events SELECT TIMESTAMP '2024-01-01 00:00:00.123' + (x || ' seconds')::interval, x % 7,"
                    + " DATE '2024-01-01' + (x % 5), 'event' || x || '@example.com' FROM generate_series(1, 1500) AS x");
            List<SourceSpec> sources = List.of(db.source(schema));
            Report reference = ScanHarness.run(ScanHarness.settings(tmp.resolve("ref"), sources)
                    .withLimits(ScanHarness.limits(150, 100, 1_000)), db.env());
            Report report = failThenResume(tmp, sources, db.env(), 6, 1500);
            assertThat(report.coverage(schema + ".stg_events").path("status").asText())
                    .as(report.coverage(schema + ".stg_events").toString()).isEqualTo("SCANNED");
            assertThat(KillAndResumeEndToEndTest.counts(report)).isEqualTo(KillAndResumeEndToEndTest.counts(reference));
            assertThat(report.entityRows(schema + ".stg_events", "email", "EMAIL")).isEqualTo(1500);
        } finally {
            db.drop(schema);
        }
    }

    static long committedRecords(com.zaxxer.hikari.HikariDataSource ds) throws Exception {
        try (ds; Connection c = ((DataSource) ds).getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(SUM(records), 0) FROM scan_chunk")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package io.piiscanner.batch.jdbc;

import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.support.ScanHarness;
import io.piiscanner.batch.support.ScanHarness.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work store on PostgreSQL ({@code store_url}) instead of the embedded H2: job repository, chunk counts and
 * findings in a schema of the local server, a table split into key ranges counted exactly, and the next run's
 * diff read from the store. Skips without PostgreSQL, fails instead in CI (see Services).
 */
class PostgresWorkStoreTest {

    @Test
    void scanWithThePostgresStoreCountsExactlyAndDiffs(@TempDir Path tmp) throws Exception {
        StagingDb db = StagingDb.POSTGRESQL;
        db.assumeAvailable();
        String staging = db.newSchema();
        String store = db.newSchema();
        try (Connection admin = db.admin(staging); Connection storeAdmin = db.admin(store)) {
            StagingDb.exec(admin, "CREATE TABLE stg_people (id INT PRIMARY KEY, email VARCHAR(100), notes VARCHAR(200))",
                    "INSERT INTO stg_people SELECT x, 'person' || x || '@example.com', 'no notes' FROM generate_series(1, 300) x");
            ScanSettings s = ScanHarness.settings(tmp, List.of(db.source(staging)))
                    .withLimits(ScanHarness.limits(40, 25, 100))
                    .withStoreUrl("jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=" + store);
            Report first = ScanHarness.run(s, db.env());
            String table = staging + ".stg_people";
            assertThat(first.coverage(table).path("rows_scanned").asLong()).isEqualTo(300);
            assertThat(first.entityRows(table, "email", "EMAIL")).isEqualTo(300);
            assertThat(first.field(table, "email").path("entities").path("EMAIL").path("distinct").asLong()).isEqualTo(300);
            try (Statement st = storeAdmin.createStatement();
                 ResultSet rs = st.executeQuery("SELECT SUM(findings), COUNT(DISTINCT partition_id) FROM " + store + ".scan_chunk_findings")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(first.json().path("totals").path("findings").asLong());
                assertThat(rs.getLong(2)).as("key ranges").isEqualTo(3);
            }
            try (Connection other = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                 ResultSet rs = other.getMetaData().getTables(null, store, "batch_job_execution", null)) {
                assertThat(rs.next()).as("the job repository is in the store schema").isTrue();
            }

            StagingDb.exec(admin, "UPDATE stg_people SET notes = 'SSN 536-22-1234 on file' WHERE id = 7");
            Report second = ScanHarness.run(s, db.env());
            assertThat(second.json().path("run").path("previous_run_id").asText())
                    .isEqualTo(first.json().path("run").path("id").asText());
            assertThat(second.json().path("new_exposure").toString()).contains("new entity US_SSN in " + table + ".notes");
        } finally {
            db.drop(staging);
            db.drop(store);
        }
    }
}

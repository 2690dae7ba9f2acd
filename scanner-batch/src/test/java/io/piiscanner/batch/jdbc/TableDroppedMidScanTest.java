package io.piiscanner.batch.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.config.SourceSpec;
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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staging table dropped while the scan is reading it (H2, in-memory): its partition ends FAILED with
 * "table no longer exists" in coverage, the rows read before the drop stay counted, the scan completes,
 * and the other table of the same database is counted exactly.
 */
class TableDroppedMidScanTest {

    static final int ROWS = 20_000;
    static final int KEPT = 500;

    @Test
    void droppedTableIsReportedAndTheRestIsScanned(@TempDir Path tmp) throws Exception {
        String url = "jdbc:h2:mem:dropped" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Connection admin = DriverManager.getConnection(url, "sa", "")) {
            StagingDb.exec(admin, "CREATE TABLE stg_doomed (id INT PRIMARY KEY, email VARCHAR(100))",
                    "INSERT INTO stg_doomed SELECT X, 'doomed' || X || '@example.com' FROM SYSTEM_RANGE(1, " + ROWS + ")",
                    "CREATE TABLE stg_kept (id INT PRIMARY KEY, email VARCHAR(100))",
                    "INSERT INTO stg_kept SELECT X, 'kept' || X || '@example.com' FROM SYSTEM_RANGE(1, " + KEPT + ")");
            ScanSettings s = ScanHarness.settings(tmp, List.of(new SourceSpec("h2", url, List.of("PUBLIC"), null)))
                    .withLimits(ScanHarness.limits(50, 50, 1_000_000)).withThreads(1);
            // drop the big table as soon as the first of its chunks is in the work store
            AtomicBoolean dropped = new AtomicBoolean();
            String store = "jdbc:h2:file:" + s.workDir().toAbsolutePath().normalize().resolve("store");
            CompletableFuture<Void> dropper = CompletableFuture.runAsync(() -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (System.nanoTime() < deadline && !dropped.get()) {
                    try {
                        Thread.sleep(20);
                        if (!java.nio.file.Files.exists(s.workDir().resolve("store.mv.db"))) {
                            continue;
                        }
                        try (Connection w = DriverManager.getConnection(store + ";IFEXISTS=TRUE", "sa", "");
                             Statement st = w.createStatement();
                             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM scan_chunk c JOIN scan_container k"
                                     + " ON k.run_id = c.run_id AND k.container_id = c.container_id"
                                     + " WHERE k.container = 'PUBLIC.STG_DOOMED'")) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                StagingDb.exec(admin, "DROP TABLE stg_doomed");
                                dropped.set(true);
                            }
                        }
                    } catch (Exception e) {
                        // store not ready yet (tables not created): poll again
                    }
                }
            });
            Report r = ScanHarness.run(s, Map.of("SCANNER_H2_USER", "sa"));
            dropper.get(5, TimeUnit.SECONDS);
            assertThat(dropped).as("the table was dropped during the scan").isTrue();

            JsonNode doomed = r.coverage("PUBLIC.STG_DOOMED");
            assertThat(doomed.path("status").asText()).as(doomed.toString()).isEqualTo("FAILED");
            assertThat(doomed.path("reason").asText()).contains("table no longer exists");
            long read = doomed.path("rows_scanned").asLong();
            assertThat(read).isPositive().isLessThan(ROWS);
            assertThat(r.entityRows("PUBLIC.STG_DOOMED", "EMAIL", "EMAIL")).isEqualTo(read);

            JsonNode kept = r.coverage("PUBLIC.STG_KEPT");
            assertThat(kept.path("status").asText()).isEqualTo("SCANNED");
            assertThat(kept.path("rows_scanned").asLong()).isEqualTo(KEPT);
            assertThat(r.entityRows("PUBLIC.STG_KEPT", "EMAIL", "EMAIL")).isEqualTo(KEPT);
        }
    }
}

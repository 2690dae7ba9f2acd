package io.piiscanner.batch.store;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of a run must be on disk when the scan command returns, even if a connection to the embedded store was
 * never closed (the JVM exits with it open): what the file holds at that moment is what the next run reads.
 */
class WorkStoreCloseTest {

    @TempDir
    Path dir;

    @Test
    void aCommitIsInTheFileAfterCloseEmbeddedEvenWithAnotherConnectionStillOpen() throws Exception {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("store") + ";DB_CLOSE_ON_EXIT=FALSE");
        config.setUsername("sa");
        config.setPassword("");
        try (com.zaxxer.hikari.HikariDataSource ds = new com.zaxxer.hikari.HikariDataSource(config);
             Connection leaked = java.sql.DriverManager.getConnection(config.getJdbcUrl(), "sa", "")) {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE run_status(id INT PRIMARY KEY, status VARCHAR(20))");
                st.execute("INSERT INTO run_status VALUES (1, 'COMPLETED')");
            }
            assertThat(leaked.isClosed()).isFalse();

            WorkStore.closeEmbedded(ds);

            // the file as an exiting JVM would leave it, with the leaked connection never closed
            Files.copy(dir.resolve("store.mv.db"), dir.resolve("copy.mv.db"));
        }
        JdbcDataSource copy = new JdbcDataSource();
        copy.setURL("jdbc:h2:file:" + dir.resolve("copy") + ";ACCESS_MODE_DATA=r");
        copy.setUser("sa");
        try (Connection c = copy.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT status FROM run_status WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("COMPLETED");
        }
    }
}

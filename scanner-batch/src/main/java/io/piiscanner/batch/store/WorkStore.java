package io.piiscanner.batch.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.ScanSettings;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database holding the Spring Batch job repository and the findings: an H2 file database under the
 * work directory by default (no server, so {@code java -jar} works on a fresh machine), PostgreSQL when
 * {@code store_url} says so. Creates both schemas when missing.
 */
public final class WorkStore {

    private WorkStore() {
    }

    public static String url(ScanSettings s) {
        if (s.storeUrl() != null) {
            return s.storeUrl();
        }
        Path db = s.workDir().toAbsolutePath().normalize().resolve("store");
        // DB_CLOSE_ON_EXIT=FALSE: Spring closes the pool; a killed JVM leaves a file H2 recovers on open.
        return "jdbc:h2:file:" + db + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=30000";
    }

    public static HikariDataSource dataSource(ScanSettings s, Credentials credentials) throws IOException {
        Files.createDirectories(s.workDir());
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url(s));
        c.setPoolName("scanner-store");
        c.setMaximumPoolSize(s.threads() + 4);
        c.setMinimumIdle(1);
        if (s.storeUrl() != null) {
            credentials.user("store").ifPresent(c::setUsername);
            credentials.password("store").ifPresent(c::setPassword);
        } else {
            c.setUsername("sa");
            c.setPassword("");
        }
        HikariDataSource ds = new HikariDataSource(c);
        try {
            initialize(ds);
        } catch (SQLException e) {
            ds.close();
            throw new IOException("cannot initialise the work store: " + e.getMessage(), e);
        }
        return ds;
    }

    /**
     * The source slots for a store: PostgreSQL advisory locks on connections of their own (outside the pool), or
     * in-memory semaphores for the embedded H2 store.
     */
    public static SourceSlots sourceSlots(HikariDataSource ds) throws SQLException {
        if (!isPostgres(ds)) {
            return new LocalSourceSlots();
        }
        String url = ds.getJdbcUrl();
        String user = ds.getUsername();
        String password = ds.getPassword();
        return new PostgresSourceSlots(() -> java.sql.DriverManager.getConnection(url, user, password));
    }

    public static boolean isPostgres(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }
    }

    /**
     * Closes the embedded H2 store cleanly, so that everything committed is in its file when the command returns.
     * H2 writes a commit to its file up to half a second later and completes the file's layout only when the
     * database closes. A JVM that exited with a connection still open lost the run's last commits (its COMPLETED
     * status) in two of a dozen benchmark runs, even after a {@code CHECKPOINT SYNC}: the last chunk had gone to
     * reused space that the file's header did not point to yet. {@code SHUTDOWN} closes every session of the
     * database, so call this only when the job is over. A no-op for any other store: PostgreSQL's commits are
     * durable, and an H2 server or in-memory database given as {@code store_url} is not this process's to close.
     */
    public static void closeEmbedded(HikariDataSource ds) throws SQLException {
        if (!ds.getJdbcUrl().startsWith("jdbc:h2:file:")) {
            return;
        }
        // a connection of its own: a pooled one would be reset on its return, after the database is gone
        try (Connection c = java.sql.DriverManager.getConnection(ds.getJdbcUrl(), ds.getUsername(), ds.getPassword());
             Statement st = c.createStatement()) {
            st.execute("SHUTDOWN");
        }
    }

    static void initialize(DataSource ds) throws SQLException, IOException {
        boolean pg = isPostgres(ds);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(true);
            if (pg) {
                // manager and workers may start together: one of them creates the tables, the others wait
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT pg_advisory_lock(" + INIT_LOCK + ")");
                }
            }
            try {
                createSchemas(c, pg);
            } finally {
                if (pg) {
                    try (Statement st = c.createStatement()) {
                        st.execute("SELECT pg_advisory_unlock(" + INIT_LOCK + ")");
                    }
                }
            }
        }
    }

    /** An advisory-lock key of the store's schema creation (any constant; "PIIS" in ASCII). */
    private static final long INIT_LOCK = 0x50494953L;

    private static void createSchemas(Connection c, boolean pg) throws SQLException, IOException {
        boolean batchPresent;
        // in the connection's own schema: another schema of the same database may hold another store
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), pg ? "batch_job_instance" : "BATCH_JOB_INSTANCE", null)) {
            batchPresent = rs.next();
        }
        if (!batchPresent) {
            run(c, "/org/springframework/batch/core/schema-" + (pg ? "postgresql" : "h2") + ".sql");
        }
        run(c, "/io/piiscanner/batch/store/schema.sql");
    }

    private static void run(Connection c, String resource) throws IOException, SQLException {
        String sql;
        try (InputStream in = WorkStore.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement st = c.createStatement()) {
            for (String stmt : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!stmt.isBlank()) {
                    st.execute(stmt);
                }
            }
        }
    }
}

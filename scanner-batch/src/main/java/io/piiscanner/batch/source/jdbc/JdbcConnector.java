package io.piiscanner.batch.source.jdbc;

import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.SourceSpec;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens read-only Jdbi handles on a staging database. Sources are never written to: the connection is
 * marked read-only and runs in a read-only transaction where the database supports one (PostgreSQL and
 * MariaDB refuse writes in it), and the transaction is rolled back, never committed, on close.
 */
public final class JdbcConnector {

    private final SourceSpec spec;
    private final Jdbi jdbi;

    public JdbcConnector(SourceSpec spec, Credentials credentials) {
        this.spec = spec;
        Properties props = new Properties();
        credentials.user(spec.id()).ifPresent(u -> props.setProperty("user", u));
        credentials.password(spec.id()).ifPresent(p -> props.setProperty("password", p));
        this.jdbi = Jdbi.create(spec.uri(), props);
    }

    public SourceSpec spec() {
        return spec;
    }

    public Dialect dialect() {
        return Dialect.of(spec.uri());
    }

    /** A read-only handle; the caller closes it. */
    public Handle open() throws SQLException {
        Handle h = jdbi.open();
        try {
            Connection c = h.getConnection();
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            c.setReadOnly(true);
            if (dialect() == Dialect.POSTGRESQL || dialect() == Dialect.MARIADB) {
                h.execute("SET TRANSACTION READ ONLY");
            }
            return h;
        } catch (SQLException | RuntimeException e) {
            h.close();
            throw e;
        }
    }

    /** Ends the read transaction without committing anything, then closes. */
    public static void close(Handle h) {
        try {
            h.getConnection().rollback();
            h.getConnection().setAutoCommit(true); // Jdbi refuses to close a handle that looks mid-transaction
        } catch (SQLException ignored) {
            // closing anyway
        }
        h.close();
    }
}

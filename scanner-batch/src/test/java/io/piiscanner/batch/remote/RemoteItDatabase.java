package io.piiscanner.batch.remote;

import io.piiscanner.batch.support.Services;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL database of the remote-worker tests ({@code remote_it}), created from the test itself so a clean
 * CI machine works, and throw-away schemas in it (staging data, work stores) with names unique to the test run.
 */
final class RemoteItDatabase {

    static final String NAME = "remote_it";
    static final String URL = "jdbc:postgresql://127.0.0.1:5432/" + NAME + "?user=postgres";

    private RemoteItDatabase() {
    }

    /** Skips (in CI: fails) without PostgreSQL and RabbitMQ; creates the database when missing. */
    static void assumeServicesAndCreate() throws SQLException {
        Services.assumeReachable("127.0.0.1", 5432, "PostgreSQL");
        Services.assumeReachable("127.0.0.1", 5672, "RabbitMQ");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + NAME + "'");
            if (!rs.next()) {
                try {
                    st.execute("CREATE DATABASE " + NAME);
                } catch (SQLException e) {
                    // 42P04 duplicate_database, 23505: another test run created it at the same moment
                    if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        }
    }

    static String newSchema(String prefix) throws SQLException {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        exec("CREATE SCHEMA " + name);
        return name;
    }

    /** A work store in {@code schema} (the manager's store_url, the workers' --store). */
    static String storeUrl(String schema) {
        return URL + "&currentSchema=" + schema;
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + NAME, "postgres", "");
    }

    static void exec(String... sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    static void dropQuietly(String schema) {
        if (schema == null) {
            return;
        }
        try {
            exec("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException ignored) {
            // leftovers are named uniquely and harm nobody
        }
    }
}

package io.piiscanner.batch.jdbc;

import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.batch.support.Services;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A throw-away staging schema on one of the databases of this machine: a PostgreSQL schema, a MariaDB
 * database or an in-memory H2 schema, with a name unique to the test run. {@link #drop()} removes it.
 */
public enum StagingDb {
    H2, POSTGRESQL, MARIADB;

    /** A schema (MariaDB: database) name unique to this run. */
    public String newSchema() {
        return "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public void assumeAvailable() {
        switch (this) {
            case POSTGRESQL -> Services.assumeReachable("127.0.0.1", 5432, "PostgreSQL");
            case MARIADB -> Services.assumeReachable("127.0.0.1", 3306, "MariaDB");
            default -> { }
        }
    }

    String sourceId() {
        return switch (this) {
            case H2 -> "h2";
            case POSTGRESQL -> "pg";
            case MARIADB -> "maria";
        };
    }

    public Map<String, String> env() {
        return switch (this) {
            case H2 -> Map.of("SCANNER_H2_USER", "sa");
            case POSTGRESQL -> Map.of("SCANNER_PG_USER", "postgres");
            case MARIADB -> Map.of("SCANNER_MARIA_USER", "root");
        };
    }

    /** The URL the scanner reads (H2: one in-memory database per schema name, kept open by the admin connection). */
    String sourceUrl(String schema) {
        return switch (this) {
            case H2 -> "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
            case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:5432/test";
            case MARIADB -> "jdbc:mariadb://127.0.0.1:3306/" + schema;
        };
    }

    public SourceSpec source(String schema) {
        return new SourceSpec(sourceId(), sourceUrl(schema), this == MARIADB ? List.of() : List.of(schema), null);
    }

    /** An admin connection (autocommit) in which the staging schema exists and is the default. */
    public Connection admin(String schema) throws SQLException {
        return switch (this) {
            case H2 -> {
                Connection c = DriverManager.getConnection(sourceUrl(schema), "sa", "");
                exec(c, "CREATE SCHEMA IF NOT EXISTS " + schema, "SET SCHEMA " + schema);
                yield c;
            }
            case POSTGRESQL -> {
                Connection c = DriverManager.getConnection(sourceUrl(schema), "postgres", "");
                exec(c, "CREATE SCHEMA IF NOT EXISTS " + schema, "SET search_path TO " + schema);
                yield c;
            }
            case MARIADB -> {
                try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test", "root", "")) {
                    exec(c, "CREATE DATABASE IF NOT EXISTS " + schema);
                }
                yield DriverManager.getConnection(sourceUrl(schema), "root", "");
            }
        };
    }

    public void drop(String schema) throws SQLException {
        switch (this) {
            case H2 -> {
                try (Connection c = DriverManager.getConnection(sourceUrl(schema), "sa", "")) {
                    exec(c, "SHUTDOWN");
                }
            }
            case POSTGRESQL -> {
                try (Connection c = DriverManager.getConnection(sourceUrl(schema), "postgres", "")) {
                    exec(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
            case MARIADB -> {
                try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test", "root", "")) {
                    exec(c, "DROP DATABASE IF EXISTS " + schema);
                }
            }
        }
    }

    String doubleType() {
        return "DOUBLE PRECISION";
    }

    public static void exec(Connection c, String... sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    /** Table names in the schema plus a SHA-256 of every row of each, in a stable order: the source's state. */
    static String snapshot(Connection c, List<String> tables) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        List<String> out = new ArrayList<>();
        for (String t : tables) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + t + " ORDER BY 1, 2")) {
                ResultSetMetaData m = rs.getMetaData();
                long rows = 0;
                while (rs.next()) {
                    rows++;
                    for (int i = 1; i <= m.getColumnCount(); i++) {
                        md.update(String.valueOf(rs.getString(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        md.update((byte) 0);
                    }
                }
                out.add(t + "=" + rows);
            }
        }
        return String.join(",", out) + ":" + HexFormat.of().formatHex(md.digest());
    }
}

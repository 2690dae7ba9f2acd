package io.piiscanner.batch.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates (or reuses) the benchmark staging table: {@code id bigint primary key} and seven text columns of
 * {@link StagingRows}. The table comment records rows and seed, so a rerun with the same arguments reuses it.
 */
public final class BenchTable {

    private BenchTable() {
    }

    public static void ensure(String url, String schema, String table, long rows, long seed, PrintStream log)
            throws SQLException {
        String marker = "scanner bench rows=" + rows + " seed=" + seed + " v1";
        try (Connection c = DriverManager.getConnection(url)) {
            boolean pg = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            String qualified = schema + "." + table;
            if (pg && marker.equals(comment(c, schema, table))) {
                log.println("bench-data: " + qualified + " already holds " + rows + " rows (seed " + seed + "), reused");
                return;
            }
            long t0 = System.nanoTime();
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                st.execute("DROP TABLE IF EXISTS " + qualified);
                st.execute("CREATE TABLE " + qualified + " (id BIGINT PRIMARY KEY, full_name VARCHAR(200), email VARCHAR(200),"
                        + " phone VARCHAR(40), national_id VARCHAR(40), card_number VARCHAR(30), notes VARCHAR(2000),"
                        + " country VARCHAR(40))");
            }
            StagingRows gen = new StagingRows(seed);
            if (pg) {
                copy(c, qualified, gen, rows);
                try (Statement st = c.createStatement()) {
                    st.execute("ANALYZE " + qualified);
                    st.execute("COMMENT ON TABLE " + qualified + " IS '" + marker + "'");
                }
            } else {
                insert(c, qualified, gen, rows);
            }
            log.printf("bench-data: %s written, %,d rows in %.1f s%n", qualified, rows, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static String comment(Connection c, String schema, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT obj_description(to_regclass(?), 'pg_class')")) {
            p.setString(1, schema + "." + table);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** COPY in text format, streamed in 1 MB pieces. */
    private static void copy(Connection c, String qualified, StagingRows gen, long rows) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + qualified + " FROM STDIN");
        try {
            StringBuilder sb = new StringBuilder(1 << 20);
            for (long i = 0; i < rows; i++) {
                String[] row = gen.next();
                for (int k = 0; k < row.length; k++) {
                    if (k > 0) {
                        sb.append('\t');
                    }
                    appendCopyValue(sb, row[k]);
                }
                sb.append('\n');
                if (sb.length() > (1 << 20) - 4096) {
                    byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(b, 0, b.length);
                    sb.setLength(0);
                }
            }
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(b, 0, b.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static void appendCopyValue(StringBuilder sb, String v) {
        if (v == null) {
            sb.append("\\N");
            return;
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
    }

    private static void insert(Connection c, String qualified, StagingRows gen, long rows) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + qualified + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long i = 0; i < rows; i++) {
                String[] row = gen.next();
                p.setLong(1, Long.parseLong(row[0]));
                for (int k = 1; k < row.length; k++) {
                    p.setString(k + 1, row[k]);
                }
                p.addBatch();
                if (i % 5000 == 4999) {
                    p.executeBatch();
                    c.commit();
                }
            }
            p.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
    }
}

package io.piiscanner.batch.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every row of every table of a work directory's H2 store (job repository and findings) as text, for canary
 * tests: one string per table, cells separated by tabs, each cell followed by its Base64 decoding where it
 * looks like Base64 (Spring Batch's execution contexts), BLOBs and byte arrays read as ISO-8859-1.
 */
public final class WorkDatabaseDump {

    private WorkDatabaseDump() {
    }

    /** "SCHEMA.TABLE" to the text of all its rows, in the database's table order. */
    public static Map<String, String> tables(Path work) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + work.toAbsolutePath().resolve("store"), "sa", "")) {
            Map<String, String[]> names = new LinkedHashMap<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    if (!"INFORMATION_SCHEMA".equals(rs.getString("TABLE_SCHEM"))) {
                        names.put(rs.getString("TABLE_SCHEM") + "." + rs.getString("TABLE_NAME"),
                                new String[] {rs.getString("TABLE_SCHEM"), rs.getString("TABLE_NAME")});
                    }
                }
            }
            for (Map.Entry<String, String[]> n : names.entrySet()) {
                StringBuilder text = new StringBuilder();
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT * FROM \"" + n.getValue()[0] + "\".\"" + n.getValue()[1] + "\"")) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= cols; i++) {
                            String s = cellText(rs.getObject(i));
                            text.append(s).append('\t').append(decodedBase64(s)).append('\t');
                        }
                        text.append('\n');
                    }
                }
                out.put(n.getKey(), text.toString());
            }
        }
        return out;
    }

    /** The table name without its schema ("PUBLIC.SCAN_RUN" gives "SCAN_RUN"). */
    public static String tableName(String qualified) {
        return qualified.substring(qualified.indexOf('.') + 1);
    }

    private static String cellText(Object v) throws Exception {
        if (v instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (v instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.ISO_8859_1);
        }
        if (v instanceof byte[] b) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        return String.valueOf(v);
    }

    static String decodedBase64(String s) {
        if (s == null || s.length() < 16 || !s.matches("[A-Za-z0-9+/=\\s]+")) {
            return "";
        }
        try {
            return new String(Base64.getMimeDecoder().decode(s), StandardCharsets.ISO_8859_1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}

package io.piiscanner.batch.source.jdbc;

import org.jdbi.v3.core.Handle;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/** Reads table and column metadata through JDBC {@link DatabaseMetaData}, the same way for every database. */
final class TableCatalog {

    private static final Set<String> UPDATED_AT_NAMES = Set.of("updated_at", "updatedat", "last_modified",
            "lastmodified", "modified_at", "modifiedat", "last_updated", "lastupdated", "lastmodifieddate",
            "systemmodstamp", "update_time", "modified");

    private final Dialect dialect;

    TableCatalog(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Names ({@code schema.table}) of the base tables in the given schemas (all non-system ones when empty). */
    List<String[]> tables(Handle h, List<String> schemas) throws SQLException {
        DatabaseMetaData md = h.getConnection().getMetaData();
        String catalog = dialect.usesCatalogs() ? h.getConnection().getCatalog() : null;
        List<String[]> out = new ArrayList<>();
        try (ResultSet rs = md.getTables(catalog, null, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String schema = dialect.usesCatalogs() ? rs.getString("TABLE_CAT") : rs.getString("TABLE_SCHEM");
                String table = rs.getString("TABLE_NAME");
                if (dialect.isSystemSchema(schema)) {
                    continue;
                }
                if (!schemas.isEmpty() && schemas.stream().noneMatch(s -> s.equalsIgnoreCase(schema))) {
                    continue;
                }
                out.add(new String[] {schema, table});
            }
        }
        out.sort((a, b) -> (a[0] + "." + a[1]).compareTo(b[0] + "." + b[1]));
        return out;
    }

    /** The table's columns, key and updated-at column; fails when the table does not exist (any more). */
    TableInfo inspect(Handle h, String schema, String table, String updatedAtHint) throws SQLException {
        DatabaseMetaData md = h.getConnection().getMetaData();
        String cat = dialect.usesCatalogs() ? schema : null;
        String sch = dialect.usesCatalogs() ? null : schema;
        List<ColumnInfo> all = new ArrayList<>();
        try (ResultSet rs = md.getColumns(cat, sch, table, "%")) {
            while (rs.next()) {
                all.add(new ColumnInfo(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"),
                        rs.getInt("COLUMN_SIZE")));
            }
        }
        if (all.isEmpty()) {
            throw new SQLException("table " + schema + "." + table + " not found", "42P01");
        }
        TreeMap<Integer, String> keyCols = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(cat, sch, table)) {
            while (rs.next()) {
                keyCols.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        List<ColumnInfo> key = new ArrayList<>();
        for (String k : keyCols.values()) {
            all.stream().filter(c -> c.name().equals(k)).findFirst().ifPresent(key::add);
        }
        List<ColumnInfo> scanned = new ArrayList<>();
        List<ColumnInfo> skipped = new ArrayList<>();
        ColumnInfo updatedAt = null;
        for (ColumnInfo c : all) {
            (ColumnTypes.canHoldPii(c.jdbcType(), c.typeName()) ? scanned : skipped).add(c);
            String lower = c.name().toLowerCase(Locale.ROOT);
            boolean hinted = updatedAtHint != null ? lower.equalsIgnoreCase(updatedAtHint) : UPDATED_AT_NAMES.contains(lower);
            if (hinted && ColumnTypes.isTimestamp(c.jdbcType())) {
                updatedAt = c;
            }
        }
        return new TableInfo(schema, table, scanned, skipped, key, updatedAt);
    }

    static String quote(Handle h, String identifier) throws SQLException {
        String q = h.getConnection().getMetaData().getIdentifierQuoteString();
        if (q == null || q.isBlank()) {
            return identifier;
        }
        return q + identifier.replace(q, q + q) + q;
    }

    static String qualified(Handle h, TableInfo t) throws SQLException {
        return quote(h, t.schema()) + "." + quote(h, t.table());
    }
}

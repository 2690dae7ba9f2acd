package io.piiscanner.batch.source.jdbc;

import java.util.List;

/**
 * A table's shape as the scanner needs it.
 *
 * @param schema      schema (or MariaDB database) name
 * @param table       table name
 * @param scanned     columns whose type can hold PII, read and scanned
 * @param skipped     columns skipped by type (booleans, floats, binaries, time stamps)
 * @param key         primary-key columns in key order (empty: no key, read in one pass)
 * @param updatedAt   a timestamp column for incremental scans, or null
 */
public record TableInfo(String schema, String table, List<ColumnInfo> scanned, List<ColumnInfo> skipped,
                        List<ColumnInfo> key, ColumnInfo updatedAt) {

    public String name() {
        return schema + "." + table;
    }

    /** True when the single key column is an integer, so the table can be split into key ranges. */
    public boolean hasIntegerKey() {
        return key.size() == 1 && ColumnTypes.isInteger(key.get(0).jdbcType());
    }
}

package io.piiscanner.batch.source.jdbc;

/** A column as JDBC metadata describes it. */
public record ColumnInfo(String name, int jdbcType, String typeName, int size) {
}

package io.piiscanner.batch.source.jdbc;

import java.sql.Types;
import java.util.Locale;
import java.util.Set;

/**
 * Which column types can hold PII. Text, LOBs, JSON and XML obviously can; so can integers and decimals
 * (an SSN or a card number stored as a number) and dates (a birth date). Booleans, floating-point
 * numbers, time stamps and binary columns cannot hold a readable identifier and are skipped.
 */
final class ColumnTypes {

    private static final Set<String> TEXT_LIKE_OTHER = Set.of("json", "jsonb", "xml", "citext", "uuid", "inet",
            "cidr", "macaddr", "character varying", "text", "enum");

    private ColumnTypes() {
    }

    static boolean canHoldPii(int jdbcType, String typeName) {
        return switch (jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB, Types.SQLXML, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DECIMAL,
                 Types.DATE, Types.ARRAY -> true;
            case Types.OTHER, Types.JAVA_OBJECT, Types.STRUCT, Types.DISTINCT ->
                    typeName != null && TEXT_LIKE_OTHER.contains(typeName.toLowerCase(Locale.ROOT));
            default -> false;
        };
    }

    static boolean isLob(int jdbcType) {
        return jdbcType == Types.CLOB || jdbcType == Types.NCLOB || jdbcType == Types.LONGVARCHAR
                || jdbcType == Types.LONGNVARCHAR;
    }

    static boolean isInteger(int jdbcType) {
        return jdbcType == Types.INTEGER || jdbcType == Types.BIGINT || jdbcType == Types.SMALLINT
                || jdbcType == Types.TINYINT;
    }

    static boolean isTimestamp(int jdbcType) {
        return jdbcType == Types.TIMESTAMP || jdbcType == Types.TIMESTAMP_WITH_TIMEZONE || jdbcType == Types.DATE;
    }
}

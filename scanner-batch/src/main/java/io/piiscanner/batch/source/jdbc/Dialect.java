package io.piiscanner.batch.source.jdbc;

import java.util.Set;

/** The few differences between the staging databases that the reader cares about. */
public enum Dialect {
    POSTGRESQL(Set.of("information_schema", "pg_catalog", "pg_toast")),
    MARIADB(Set.of("information_schema", "mysql", "performance_schema", "sys")),
    H2(Set.of("INFORMATION_SCHEMA")),
    OTHER(Set.of("information_schema", "INFORMATION_SCHEMA"));

    private final Set<String> systemSchemas;

    Dialect(Set<String> systemSchemas) {
        this.systemSchemas = systemSchemas;
    }

    public static Dialect of(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return MARIADB;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        return OTHER;
    }

    public boolean isSystemSchema(String schema) {
        return schema != null && (systemSchemas.contains(schema) || schema.startsWith("pg_temp") || schema.startsWith("pg_toast"));
    }

    /** MariaDB/MySQL call their databases catalogs and have no schemas in JDBC metadata. */
    public boolean usesCatalogs() {
        return this == MARIADB;
    }

    /** Random row sampling in SQL (TABLESAMPLE); elsewhere a fraction becomes first-N. */
    public boolean hasTableSample() {
        return this == POSTGRESQL;
    }
}

package io.piiscanner.batch.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One source to scan: a JDBC database ({@code jdbc:...}), a folder ({@code dir:PATH}) or a Salesforce org
 * ({@code salesforce:} or {@code salesforce:LOGIN_URL}). The JDBC URL must not carry a password and the
 * Salesforce URI carries no credential at all; {@link Credentials} supplies them.
 *
 * @param id        short name used in reports ({@code source} column) and credential lookup
 * @param uri       {@code jdbc:...} URL, {@code dir:PATH} or {@code salesforce:[LOGIN_URL]}
 * @param schemas   JDBC only: schemas to scan (empty: all non-system schemas)
 * @param updatedAtColumn JDBC only: column name used for incremental scans (null: auto-detect)
 * @param options   source-specific settings from the profile (Salesforce: objects, query_all, bulk_above ...)
 */
public record SourceSpec(String id, String uri, java.util.List<String> schemas, String updatedAtColumn,
                         java.util.Map<String, String> options) {

    public SourceSpec(String id, String uri, java.util.List<String> schemas, String updatedAtColumn) {
        this(id, uri, schemas, updatedAtColumn, java.util.Map.of());
    }

    public SourceSpec {
        Objects.requireNonNull(uri, "uri");
        schemas = schemas == null ? java.util.List.of() : java.util.List.copyOf(schemas);
        options = options == null ? java.util.Map.of() : java.util.Map.copyOf(options);
        if (!uri.startsWith("jdbc:") && !uri.startsWith("dir:") && !uri.startsWith("salesforce:")) {
            throw new IllegalArgumentException("a source is jdbc:..., dir:PATH or salesforce:[LOGIN_URL], got '"
                    + safe(uri) + "'");
        }
        if (uri.startsWith("salesforce:") && (uri.contains("@") || uri.contains("?"))) {
            throw new IllegalArgumentException("a salesforce: source carries no user name, password or token:"
                    + " use the environment or --credentials-file");
        }
        if (uri.startsWith("jdbc:") && uri.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            throw new IllegalArgumentException("a JDBC source must not carry a password: use the environment"
                    + " or --credentials-file");
        }
        if (id == null || id.isBlank()) {
            id = defaultId(uri);
        }
    }

    public static SourceSpec parse(String uri) {
        return new SourceSpec(null, uri, null, null);
    }

    public boolean isJdbc() {
        return uri.startsWith("jdbc:");
    }

    public boolean isSalesforce() {
        return uri.startsWith("salesforce:");
    }

    public boolean isDirectory() {
        return uri.startsWith("dir:");
    }

    public Path directory() {
        if (!isDirectory()) {
            throw new IllegalStateException("not a directory source: " + id);
        }
        return Path.of(uri.substring("dir:".length())).toAbsolutePath().normalize();
    }

    /** A readable id: the database name for JDBC, the folder name for directories. */
    static String defaultId(String uri) {
        if (uri.startsWith("salesforce:")) {
            return "salesforce";
        }
        if (uri.startsWith("dir:")) {
            Path p = Path.of(uri.substring(4)).toAbsolutePath().normalize();
            return "dir:" + (p.getFileName() == null ? p.toString() : p.getFileName().toString());
        }
        String rest = uri.replaceFirst("\\?.*$", "").replaceFirst(";.*$", "");
        String kind = rest.split(":")[1];
        String db = rest.substring(rest.lastIndexOf('/') + 1);
        if (db.contains(":")) {
            db = db.substring(db.lastIndexOf(':') + 1);
        }
        return kind + ":" + db;
    }

    /** For error messages: drops the query string, which may carry user names. */
    private static String safe(String uri) {
        return uri.replaceFirst("[?;].*$", "");
    }
}

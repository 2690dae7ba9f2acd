package io.piiscanner.batch.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Database credentials, from the environment or a properties file, never from the command line (which
 * other users can read in the process list) and never logged. For a source with id {@code pg:test} the
 * lookup order is: {@code SCANNER_PG_TEST_USER}/{@code _PASSWORD}, then {@code SCANNER_DB_USER}/
 * {@code SCANNER_DB_PASSWORD}, then the file's {@code pg:test.user}/{@code .password}, then its
 * {@code default.user}/{@code default.password}.
 */
public final class Credentials {

    private final Map<String, String> env;
    private final Properties file;

    public Credentials(Map<String, String> env, Properties file) {
        this.env = Map.copyOf(env);
        this.file = file;
    }

    public static Credentials fromEnvironment(Path credentialsFile) throws IOException {
        Properties p = new Properties();
        if (credentialsFile != null) {
            try (Reader r = Files.newBufferedReader(credentialsFile, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return new Credentials(System.getenv(), p);
    }

    public static Credentials none() {
        return new Credentials(Map.of(), new Properties());
    }

    public Optional<String> user(String sourceId) {
        return lookup(sourceId, "USER", "user");
    }

    public Optional<String> password(String sourceId) {
        return lookup(sourceId, "PASSWORD", "password");
    }

    /**
     * A secret of this source only, never a shared default: {@code SCANNER_<ID>_<SUFFIX>} or the file's
     * {@code <id>.<key>}. For Salesforce tokens and session ids, which must not fall back to a database's.
     */
    public Optional<String> sourceOnly(String sourceId, String envSuffix, String key) {
        String envName = "SCANNER_" + sourceId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_") + "_" + envSuffix;
        for (String v : new String[] {env.get(envName), file.getProperty(sourceId + "." + key)}) {
            if (v != null && !v.isEmpty()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private Optional<String> lookup(String sourceId, String envSuffix, String key) {
        String envName = "SCANNER_" + sourceId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_") + "_" + envSuffix;
        for (String v : new String[] {env.get(envName), env.get("SCANNER_DB_" + envSuffix),
                file.getProperty(sourceId + "." + key), file.getProperty("default." + key)}) {
            if (v != null && !v.isEmpty()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "Credentials[redacted]";
    }
}

package io.piiscanner.batch.source.salesforce;

import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.SourceSpec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How one Salesforce source is read, from the {@code salesforce:} URI and the profile's {@code salesforce:}
 * block (see docs/salesforce.md). No credential is held here.
 *
 * @param loginUrl        the SOAP auth endpoint ({@code https://login.salesforce.com/services/Soap/u/64.0}),
 *                        from the URI, the block's {@code login_url} or {@code SCANNER_<ID>_LOGIN_URL}
 * @param objects         objects to scan; empty: the default PII objects plus every custom object
 * @param excludeObjects  objects never scanned
 * @param queryAll        read soft-deleted and archived rows too ({@code queryAll})
 * @param bulkAbove       objects with more rows than this are read through a Bulk API query job
 * @param pkChunkSize     Bulk jobs over more rows than this ask for PK chunking with this chunk size
 * @param batchSize       SOAP query batch size (200..2000)
 * @param includeBase64   read base64 (file body) fields, decoded when they are text
 * @param retries         attempts per call on timeouts, 5xx and transient faults
 * @param backoffMillis   first retry delay; doubles each attempt (with jitter)
 * @param readTimeoutMillis HTTP read timeout of one call
 * @param apiCallsPerDay  the most API calls the scan may make on the org in a UTC day, counted over every worker
 *                        and run through the work store ({@code api_calls_per_day}); 0: no budget of our own
 */
public record SalesforceOptions(String loginUrl, List<String> objects, List<String> excludeObjects, boolean queryAll,
                                long bulkAbove, int pkChunkSize, int batchSize, boolean includeBase64, int retries,
                                long backoffMillis, int readTimeoutMillis, long apiCallsPerDay) {

    public static final String API_VERSION = "64.0";
    public static final String DEFAULT_LOGIN = "https://login.salesforce.com";

    /**
     * The standard objects that commonly hold PII (reference/salesforce.md section 5), scanned by default with
     * every object named by a {@link #DEFAULT_PREFIXES prefix} and every custom object. Account covers Person
     * Accounts.
     */
    public static final List<String> DEFAULT_OBJECTS = List.of("Contact", "Lead", "Account", "User", "Case",
            "CaseComment", "EmailMessage", "Task", "Event", "Order", "Individual", "Opportunity", "Note");

    /**
     * Standard objects scanned by default by the start of their API name: {@code ContactPoint} takes in
     * ContactPointEmail, ContactPointPhone, ContactPointAddress, ContactPointConsent, ContactPointTypeConsent and
     * whatever ContactPoint object a later release adds.
     */
    public static final List<String> DEFAULT_PREFIXES = List.of("ContactPoint");

    /** Objects that only shadow another one (sharing rows, field history, feeds, change events): never by prefix. */
    private static final List<String> DERIVED_SUFFIXES = List.of("Share", "History", "Feed", "ChangeEvent");

    /**
     * Whether an object is scanned by default, before the custom objects: one of {@link #DEFAULT_OBJECTS}, or a
     * standard object whose name starts with one of {@link #DEFAULT_PREFIXES} and is not a derived object
     * ({@code ContactPointEmailHistory}, {@code ContactPointTypeConsentShare}, ...). Case-insensitive.
     */
    public static boolean isDefaultObject(String name) {
        if (DEFAULT_OBJECTS.stream().anyMatch(d -> d.equalsIgnoreCase(name))) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.contains("__")
                && DEFAULT_PREFIXES.stream().anyMatch(p -> lower.startsWith(p.toLowerCase(Locale.ROOT)))
                && DERIVED_SUFFIXES.stream().noneMatch(x -> lower.endsWith(x.toLowerCase(Locale.ROOT)));
    }

    public static SalesforceOptions of(SourceSpec spec, Credentials credentials) {
        Map<String, String> o = spec.options();
        String login = spec.uri().substring("salesforce:".length()).trim();
        if (login.isEmpty()) {
            login = o.getOrDefault("login_url", credentials.sourceOnly(spec.id(), "LOGIN_URL", "login_url").orElse(DEFAULT_LOGIN));
        }
        if (!login.startsWith("http://") && !login.startsWith("https://")) {
            throw new IllegalArgumentException("salesforce source '" + spec.id() + "': the login URL must start with"
                    + " https:// (or http:// for a local emulator), got '" + login.replaceFirst("[?#].*$", "") + "'");
        }
        if (!login.contains("/services/Soap/u/")) {
            login = login.replaceFirst("/+$", "") + "/services/Soap/u/" + API_VERSION;
        }
        return new SalesforceOptions(login, list(o.get("objects")), list(o.get("exclude_objects")),
                bool(o.get("query_all")), num(o.get("bulk_above"), 1_000_000), (int) num(o.get("pk_chunk_size"), 100_000),
                (int) Math.max(200, Math.min(2000, num(o.get("batch_size"), 2000))), bool(o.get("include_base64")),
                (int) num(o.get("retries"), 5), num(o.get("backoff_ms"), 500), (int) num(o.get("read_timeout_ms"), 120_000),
                Math.max(0, num(o.get("api_calls_per_day"), 0)));
    }

    private static List<String> list(String v) {
        return v == null || v.isBlank() ? List.of() : Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean bool(String v) {
        return v != null && v.trim().toLowerCase(Locale.ROOT).equals("true");
    }

    private static long num(String v, long fallback) {
        return v == null || v.isBlank() ? fallback : Long.parseLong(v.trim());
    }

    /** The Bulk API v1 endpoint that goes with a SOAP service endpoint. */
    public static String restEndpoint(String serviceEndpoint) {
        int i = serviceEndpoint.indexOf("/services/Soap/");
        String base = i < 0 ? serviceEndpoint : serviceEndpoint.substring(0, i);
        return base + "/services/async/" + API_VERSION;
    }
}

package io.piiscanner.batch.source.salesforce;

import com.sforce.async.AsyncApiException;
import com.sforce.async.BulkConnection;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.batch.source.ResumableStopException;
import io.piiscanner.batch.source.SourceLimits;
import io.piiscanner.batch.store.ApiBudget;
import io.piiscanner.batch.store.FindingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Salesforce org for the length of a run in this process: the session (logged in once, renewed when
 * Salesforce drops it), a fresh PartnerConnection/BulkConnection per partition on that session, every API call
 * counted by operation, and the fault policy every caller shares:
 * <ul>
 *   <li>INVALID_SESSION_ID: log in again and repeat the call; with a fixed session id or access token, fail
 *       clearly (it cannot be renewed from here);</li>
 *   <li>REQUEST_LIMIT_EXCEEDED (daily allocation): stop the run with a {@link ResumableStopException};
 *       the concurrent-request variant is retried with backoff;</li>
 *   <li>timeouts, HTTP 5xx, SERVER_UNAVAILABLE, UNKNOWN_EXCEPTION, QUERY_TIMEOUT: retry with exponential backoff
 *       and jitter, up to {@link SalesforceOptions#retries()} times;</li>
 *   <li>anything else: a {@link SalesforceException} naming source, call, code and message.</li>
 * </ul>
 * INVALID_QUERY_LOCATOR is handed back to the cursor, which re-queries from the last Id it saw.
 */
public final class SalesforceConnector {

    private static final Logger LOG = LoggerFactory.getLogger(SalesforceConnector.class);

    private final SourceSpec spec;
    private final SalesforceOptions options;
    private final Credentials credentials;
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    private final Map<String, Long> flushed = new ConcurrentHashMap<>();
    private volatile ApiBudget budget;
    private SalesforceAuth auth;
    private volatile String sessionId;
    private volatile String serviceEndpoint;

    public SalesforceConnector(SourceSpec spec, Credentials credentials) {
        this.spec = spec;
        this.credentials = credentials;
        this.options = SalesforceOptions.of(spec, credentials);
    }

    public SourceSpec spec() {
        return spec;
    }

    /**
     * Counts every call but logins against the org's daily budget ({@link SalesforceOptions#apiCallsPerDay()}),
     * shared by all workers through the work store. Without a budget option this does nothing.
     */
    public SalesforceConnector budget(ApiBudget b) {
        this.budget = options.apiCallsPerDay() > 0 ? b : null;
        return this;
    }

    public SalesforceOptions options() {
        return options;
    }

    /** A call that may throw force-wsc's checked exceptions. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws Exception;
    }

    /** Thrown to the cursor when its query locator is gone; it re-queries from the last Id it saw. */
    static final class LocatorLost extends Exception {
        private static final long serialVersionUID = 1L;

        LocatorLost() {
            super("INVALID_QUERY_LOCATOR");
        }
    }

    // ---- session

    private synchronized SalesforceAuth auth() {
        if (auth == null) {
            auth = SalesforceAuth.of(spec.id(), credentials);
        }
        return auth;
    }

    /** Makes sure there is a session: logs in on first use (or takes the given session id). */
    synchronized void ensureSession() {
        if (sessionId != null) {
            return;
        }
        SalesforceAuth a = auth();
        if (a.fixedSession()) {
            sessionId = a.sessionId;
            String base = a.instanceUrl.replaceFirst("/+$", "");
            serviceEndpoint = base.contains("/services/Soap/u/") ? base : base + "/services/Soap/u/" + SalesforceOptions.API_VERSION;
            return;
        }
        login(a);
    }

    private void login(SalesforceAuth a) {
        ConnectorConfig c = baseConfig();
        c.setUsername(a.username);
        c.setPassword(a.password + a.token);
        c.setAuthEndpoint(options.loginUrl());
        count("login");
        try {
            new PartnerConnection(c);
        } catch (ApiFault f) {
            throw new SalesforceException("salesforce source '" + spec.id() + "': login at " + options.loginUrl()
                    + " refused: " + f.getExceptionCode() + ": " + scrub(f.getExceptionMessage())
                    + " (check the user name, password and security token; not retried, to avoid a lockout)",
                    String.valueOf(f.getExceptionCode()), null);
        } catch (ConnectionException e) {
            throw new SalesforceException("salesforce source '" + spec.id() + "': cannot reach the login endpoint "
                    + options.loginUrl() + ": " + describe(e), "CONNECTION", null);
        }
        sessionId = c.getSessionId();
        serviceEndpoint = c.getServiceEndpoint();
        LOG.info("salesforce source '{}': logged in, service endpoint {}", spec.id(), serviceEndpoint.replaceFirst("/[^/]*$", "/..."));
    }

    /** Called with the session a call was refused with; logs in again unless another thread already did. */
    private synchronized void renew(String stale) {
        if (stale != null && !stale.equals(sessionId)) {
            return;
        }
        SalesforceAuth a = auth();
        if (a.fixedSession()) {
            throw new SalesforceException("salesforce source '" + spec.id() + "': the given session id / access token"
                    + " was refused (INVALID_SESSION_ID: expired or revoked); a fixed session cannot be renewed by the"
                    + " scanner: get a new one and rerun with --resume", "INVALID_SESSION_ID", null);
        }
        LOG.warn("salesforce source '{}': session no longer valid (INVALID_SESSION_ID), logging in again", spec.id());
        sessionId = null;
        login(a);
    }

    private ConnectorConfig baseConfig() {
        ConnectorConfig c = new ConnectorConfig();
        c.setConnectionTimeout(30_000);
        c.setReadTimeout(options.readTimeoutMillis());
        c.setCompression(true);
        return c;
    }

    /** A connection on the current session, for one partition's thread. */
    PartnerConnection partner() {
        ensureSession();
        ConnectorConfig c = baseConfig();
        c.setSessionId(sessionId);
        c.setServiceEndpoint(serviceEndpoint);
        c.setManualLogin(true);
        try {
            PartnerConnection p = new PartnerConnection(c);
            p.setQueryOptions(options.batchSize());
            return p;
        } catch (ConnectionException e) {
            throw new SalesforceException("salesforce source '" + spec.id() + "': cannot set up a connection: "
                    + describe(e), "CONNECTION", null);
        }
    }

    BulkConnection bulk() {
        ensureSession();
        ConnectorConfig c = baseConfig();
        c.setSessionId(sessionId);
        c.setRestEndpoint(SalesforceOptions.restEndpoint(serviceEndpoint));
        try {
            return new BulkConnection(c);
        } catch (AsyncApiException e) {
            throw new SalesforceException("salesforce source '" + spec.id() + "': cannot set up a Bulk API connection: "
                    + e.getExceptionCode() + ": " + scrub(e.getExceptionMessage()), String.valueOf(e.getExceptionCode()), null);
        }
    }

    String sessionId() {
        return sessionId;
    }

    // ---- calls with the fault policy

    /**
     * Runs one SOAP call ({@code operation} names it in counts and messages, {@code what} says on which object),
     * with the fault policy of this class. {@code reconnect} is called after a new login so the caller can
     * rebuild its connection on the new session.
     */
    <T> T soap(String operation, String what, Call<T> call, Runnable reconnect) throws LocatorLost {
        for (int attempt = 0; ; attempt++) {
            String session = sessionId;
            count(operation);
            try {
                return call.run();
            } catch (ApiFault f) {
                String code = String.valueOf(f.getExceptionCode());
                String msg = scrub(f.getExceptionMessage());
                switch (code) {
                    case "INVALID_SESSION_ID" -> {
                        if (attempt >= options.retries()) {
                            throw failed(operation, what, code, msg, f);
                        }
                        renew(session);
                        reconnect.run();
                        continue;
                    }
                    case "INVALID_QUERY_LOCATOR" -> throw new LocatorLost();
                    case "REQUEST_LIMIT_EXCEEDED" -> {
                        if (msg != null && msg.contains("ConcurrentRequests") && attempt < options.retries()) {
                            backoff(operation, what, code, attempt);
                            continue;
                        }
                        throw limitReached(operation, what, msg);
                    }
                    case "SERVER_UNAVAILABLE", "UNKNOWN_EXCEPTION", "REQUEST_RUNNING_TOO_LONG", "QUERY_TIMEOUT" -> {
                        if (attempt < options.retries()) {
                            backoff(operation, what, code, attempt);
                            continue;
                        }
                        throw failed(operation, what, code, msg, f);
                    }
                    default -> throw failed(operation, what, code, msg, f);
                }
            } catch (ConnectionException e) {
                // timeouts, HTTP 5xx HTML pages, connection resets: transient
                if (attempt < options.retries()) {
                    backoff(operation, what, transportKind(e), attempt);
                    continue;
                }
                throw failed(operation, what, transportKind(e), describe(e), e);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw failed(operation, what, e.getClass().getSimpleName(), describe(e), e);
            }
        }
    }

    /** Runs one Bulk API request with the same policy (codes are the Bulk API's AsyncExceptionCode). */
    <T> T bulkCall(String operation, String what, Call<T> call, Runnable reconnect) {
        for (int attempt = 0; ; attempt++) {
            String session = sessionId;
            count("bulk:" + operation);
            try {
                return call.run();
            } catch (AsyncApiException e) {
                String code = String.valueOf(e.getExceptionCode());
                String msg = scrub(e.getExceptionMessage());
                if (code.equals("InvalidSessionId") && attempt < options.retries()) {
                    renew(session);
                    reconnect.run();
                    continue;
                }
                if (code.equals("ExceededQuota") || msg != null && msg.contains("TotalRequests Limit exceeded")) {
                    throw limitReached("bulk " + operation, what, msg);
                }
                if ((code.equals("ClientInputError") || code.equals("InternalServerError") || code.equals("Timeout"))
                        && attempt < options.retries()) {
                    backoff("bulk " + operation, what, code, attempt);
                    continue;
                }
                throw failed("bulk " + operation, what, code, msg, e);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                if (attempt < options.retries()) {
                    backoff("bulk " + operation, what, e.getClass().getSimpleName(), attempt);
                    continue;
                }
                throw failed("bulk " + operation, what, e.getClass().getSimpleName(), describe(e), e);
            }
        }
    }

    private void backoff(String operation, String what, String why, int attempt) {
        long base = options.backoffMillis() * (1L << Math.min(attempt, 6));
        long wait = Math.min(60_000, base + ThreadLocalRandom.current().nextLong(Math.max(1, base / 2)));
        LOG.warn("salesforce source '{}': {} on {} failed ({}), retry {} of {} in {} ms", spec.id(), operation, what, why,
                attempt + 1, options.retries(), wait);
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SalesforceException("salesforce source '" + spec.id() + "': interrupted while waiting to retry "
                    + operation, "INTERRUPTED", e);
        }
    }

    private ResumableStopException limitReached(String operation, String what, String msg) {
        return new ResumableStopException("Salesforce API request limit reached on source '" + spec.id() + "' ("
                + "REQUEST_LIMIT_EXCEEDED: " + msg + ") during " + operation + " on " + what + " after "
                + total() + " API calls by this process; every partition's position is saved: rerun 'scanner scan"
                + " --resume' with the same sources once the org's rolling 24-hour API allocation allows");
    }

    private SalesforceException failed(String operation, String what, String code, String msg, Throwable cause) {
        return new SalesforceException("salesforce source '" + spec.id() + "': " + operation + " on " + what
                + " failed: " + code + ": " + msg, code, cause instanceof ApiFault ? null : cause);
    }

    private static String transportKind(ConnectionException e) {
        String m = describe(e);
        return m.contains("timed out") ? "TIMEOUT" : m.contains("HTML") || m.contains("html") ? "HTTP error page" : "CONNECTION";
    }

    /** force-wsc's message (null on SOAP faults), or the cause's; never a secret. */
    static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null && e.getCause() != null) {
            m = e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
        }
        return scrub(m == null ? e.getClass().getSimpleName() : m);
    }

    /** Drops anything shaped like a session id from a server message before it is logged or stored. */
    static String scrub(String m) {
        if (m == null) {
            return null;
        }
        String s = m.replaceAll("00D[0-9A-Za-z]{12,15}![0-9A-Za-z._]+", "00D...!<redacted>");
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }

    // ---- call counts

    void count(String operation) {
        ApiBudget b = budget;
        if (b != null && !operation.equals("login")) {
            b.spend("salesforce-api " + SourceLimits.key(spec), options.apiCallsPerDay(), "salesforce source '" + spec.id() + "'");
        }
        calls.computeIfAbsent(operation, k -> new AtomicLong()).incrementAndGet();
    }

    public long total() {
        return calls.entrySet().stream().filter(e -> !e.getKey().equals("login")).mapToLong(e -> e.getValue().get()).sum();
    }

    public Map<String, Long> calls() {
        Map<String, Long> out = new TreeMap<>();
        calls.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Adds the calls made since the last flush to the run's counters in the store. */
    public synchronized void flushCalls(FindingsStore store, String runId) {
        Map<String, Long> delta = new TreeMap<>();
        calls.forEach((k, v) -> {
            long now = v.get();
            long before = flushed.getOrDefault(k, 0L);
            if (now > before) {
                delta.put(k, now - before);
                flushed.put(k, now);
            }
        });
        if (!delta.isEmpty()) {
            store.addCounters(runId, spec.id(), delta);
        }
    }
}

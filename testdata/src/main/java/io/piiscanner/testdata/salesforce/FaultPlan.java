package io.piiscanner.testdata.salesforce;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fault injection switches of the emulator, settable from a test (Java) or over HTTP
 * ({@code POST /emulator/faults?...}). "Call N" counts every API call the emulator answers except
 * {@code login} (SOAP calls and Bulk API requests alike), from 1.
 *
 * <ul>
 *   <li>{@link #invalidSessionAfter}: once N calls were answered, every session issued so far is dropped;
 *       the next call with one gets {@code INVALID_SESSION_ID} (a new login works).</li>
 *   <li>{@link #requestLimitAfter}: after N calls every call gets {@code REQUEST_LIMIT_EXCEEDED}
 *       ({@code TotalRequests Limit exceeded.}) until {@link #clearRequestLimit()}.</li>
 *   <li>{@link #httpErrorOnCall}: call N is answered with that HTTP status and an HTML page (a 500 or
 *       503 from a load balancer).</li>
 *   <li>{@link #slowOnCall}: call N is answered only after that many milliseconds (a client timeout).</li>
 *   <li>{@link #invalidLocatorOnQueryMore}: the N-th {@code queryMore} gets {@code INVALID_QUERY_LOCATOR}
 *       and its cursor is gone.</li>
 * </ul>
 */
public final class FaultPlan {

    volatile long invalidSessionAfter = -1;
    volatile long requestLimitAfter = -1;
    final Map<Long, Integer> httpErrors = new ConcurrentHashMap<>();
    final Map<Long, Long> slowCalls = new ConcurrentHashMap<>();
    volatile long invalidLocatorOnQueryMore = -1;
    final Map<String, AtomicLong> fired = new ConcurrentHashMap<>();

    public FaultPlan invalidSessionAfter(long calls) {
        this.invalidSessionAfter = calls;
        return this;
    }

    public FaultPlan requestLimitAfter(long calls) {
        this.requestLimitAfter = calls;
        return this;
    }

    /** The API allocation is back (the rolling 24-hour window moved on): calls are answered again. */
    public FaultPlan clearRequestLimit() {
        this.requestLimitAfter = -1;
        return this;
    }

    public FaultPlan httpErrorOnCall(long call, int status) {
        httpErrors.put(call, status);
        return this;
    }

    public FaultPlan slowOnCall(long call, long millis) {
        slowCalls.put(call, millis);
        return this;
    }

    public FaultPlan invalidLocatorOnQueryMore(long nth) {
        this.invalidLocatorOnQueryMore = nth;
        return this;
    }

    public FaultPlan clear() {
        invalidSessionAfter = -1;
        requestLimitAfter = -1;
        httpErrors.clear();
        slowCalls.clear();
        invalidLocatorOnQueryMore = -1;
        return this;
    }

    /** How often a fault was served (INVALID_SESSION_ID, REQUEST_LIMIT_EXCEEDED, HTTP_503, SLOW, INVALID_QUERY_LOCATOR). */
    public long fired(String fault) {
        AtomicLong n = fired.get(fault);
        return n == null ? 0 : n.get();
    }

    void fire(String fault) {
        fired.computeIfAbsent(fault, k -> new AtomicLong()).incrementAndGet();
    }
}

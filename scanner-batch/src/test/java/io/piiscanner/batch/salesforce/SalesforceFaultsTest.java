package io.piiscanner.batch.salesforce;

import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.launch.ScanRunner;
import io.piiscanner.batch.support.ScanHarness;
import io.piiscanner.batch.support.ScanHarness.Report;
import io.piiscanner.testdata.salesforce.EmulatedOrg;
import io.piiscanner.testdata.salesforce.OrgGenerator;
import io.piiscanner.testdata.salesforce.SalesforceEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each fault is injected half-way through a scan of the emulated org (by API call count, SOAP batches of 200 so
 * there are many queryMore calls), and the scan still completes with exactly the counts of an undisturbed run:
 * an expired session is renewed by logging in again, a 503 page and a timed-out call are retried, a lost query
 * locator is re-queried from the last Id read. The API limit stops the run with a resumable state and a clear
 * message; once the allocation is back, {@code --resume} finishes it, again with the undisturbed counts.
 */
class SalesforceFaultsTest {

    @TempDir
    static Path tmp;
    static SalesforceEmulator emulator;
    static EmulatedOrg org;
    static Map<String, Long> reference;
    static long referenceCalls;
    static long referenceQueryMores;
    static final Map<String, String> OPTIONS = Map.of("batch_size", "200", "read_timeout_ms", "1000", "backoff_ms", "20");

    @BeforeAll
    static void undisturbedRun() throws Exception {
        // Contact spans 8 SOAP pages of 200, so faults late in the call sequence hit a partition mid-object
        org = OrgGenerator.generate(23, new OrgGenerator.Size(1_600, 5, 100, 30, 20, 8, 80, 40, 40, 40, 30, 40)
                .withMore(40, 30, 40, 40, 20, 20, 30, 40));
        emulator = SalesforceEmulator.start(org);
        Report r = ScanHarness.run(settings("reference"), EmulatedOrgFixture.env(emulator));
        reference = EmulatedOrgFixture.counts(r);
        referenceCalls = emulator.totalCalls();
        referenceQueryMores = emulator.calls().getOrDefault("queryMore", 0L);
        assertThat(EmulatedOrgFixture.differences(r, org.truth(), false)).isEmpty();
        assertThat(referenceCalls).isGreaterThan(40);
        assertThat(referenceQueryMores).isGreaterThan(8);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @BeforeEach
    void reset() {
        emulator.faults().clear();
        emulator.resetCallCounts();
    }

    /**
     * A call number in the partitioned scan, after discovery: discovery's calls come first, the last few are
     * partitions paging through objects.
     */
    static long midScan() {
        return referenceCalls - 6;
    }

    static ScanSettings settings(String name) {
        return EmulatedOrgFixture.settings(tmp.resolve(name), emulator, OPTIONS);
    }

    static Map<String, Long> scan(String name) throws Exception {
        return EmulatedOrgFixture.counts(ScanHarness.run(settings(name), EmulatedOrgFixture.env(emulator)));
    }

    @Test
    void expiredSessionIsRenewedByLoggingInAgain() throws Exception {
        emulator.faults().invalidSessionAfter(midScan());
        Map<String, Long> counts = scan("session");
        assertThat(emulator.faults().fired("SESSIONS_DROPPED")).isEqualTo(1);
        assertThat(emulator.faults().fired("INVALID_SESSION_ID")).isPositive();
        assertThat(emulator.calls().get("login")).isGreaterThanOrEqualTo(2);
        assertThat(counts).isEqualTo(reference);
    }

    @Test
    void serviceUnavailablePageIsRetried() throws Exception {
        emulator.faults().httpErrorOnCall(midScan(), 503).httpErrorOnCall(midScan() + 1, 500);
        Map<String, Long> counts = scan("http5xx");
        assertThat(emulator.faults().fired("HTTP_503")).isEqualTo(1);
        assertThat(emulator.faults().fired("HTTP_500")).isEqualTo(1);
        assertThat(counts).isEqualTo(reference);
    }

    @Test
    void timedOutCallIsRetried() throws Exception {
        emulator.faults().slowOnCall(midScan(), 2_500);
        Map<String, Long> counts = scan("timeout");
        assertThat(emulator.faults().fired("SLOW")).isEqualTo(1);
        assertThat(counts).isEqualTo(reference);
    }

    @Test
    void lostQueryLocatorIsReQueriedFromTheLastIdRead() throws Exception {
        emulator.faults().invalidLocatorOnQueryMore(referenceQueryMores - 2);
        Map<String, Long> counts = scan("locator");
        assertThat(emulator.faults().fired("INVALID_QUERY_LOCATOR")).isEqualTo(1);
        assertThat(counts).isEqualTo(reference);
    }

    @Test
    void apiLimitStopsTheRunWhichResumesToTheSameCounts() throws Exception {
        ScanSettings s = settings("limit");
        Credentials creds = new Credentials(EmulatedOrgFixture.env(emulator), new Properties());
        emulator.faults().requestLimitAfter(referenceCalls - 12);
        ScanRunner.Result stopped = new ScanRunner(creds, true).run(s, false);
        assertThat(stopped.folder()).as("the run stops instead of completing").isNull();
        assertThat(stopped.exitCode()).isEqualTo(1);
        assertThat(stopped.stopReason()).contains("REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.")
                .contains("--resume").contains("'sf'");
        assertThat(emulator.faults().fired("REQUEST_LIMIT_EXCEEDED")).isPositive();

        emulator.faults().clearRequestLimit(); // the rolling 24-hour window moved on
        ScanRunner.Result resumed = new ScanRunner(creds, true).run(s, true);
        assertThat(resumed.runId()).isEqualTo(stopped.runId());
        assertThat(resumed.folder()).isNotNull();
        Report report = Report.read(resumed.folder());
        assertThat(EmulatedOrgFixture.counts(report)).isEqualTo(reference);
        assertThat(report.json().path("coverage")).allSatisfy(c -> assertThat(c.path("status").asText()).isEqualTo("SCANNED"));
        // the calls of both attempts are reported, refused ones included
        assertThat(EmulatedOrgFixture.apiCalls(report)).isGreaterThan(referenceCalls);
    }

    @Test
    void dailyApiBudgetSharedThroughTheStoreStopsTheRunWhichResumesToTheSameCounts() throws Exception {
        // our own budget for the org (api_calls_per_day), counted in the work store by every worker and run
        Map<String, String> tight = new java.util.HashMap<>(OPTIONS);
        tight.put("api_calls_per_day", String.valueOf(referenceCalls - 12));
        ScanSettings s = EmulatedOrgFixture.settings(tmp.resolve("budget"), emulator, tight);
        Credentials creds = new Credentials(EmulatedOrgFixture.env(emulator), new Properties());
        ScanRunner.Result stopped = new ScanRunner(creds, true).run(s, false);
        assertThat(stopped.folder()).as("the run stops instead of completing").isNull();
        assertThat(stopped.stopReason()).contains("daily API budget of " + (referenceCalls - 12) + " calls for salesforce source 'sf'")
                .contains("--resume");
        assertThat(emulator.totalCalls()).as("no call over the budget was made").isLessThanOrEqualTo(referenceCalls - 12 + 1);

        Map<String, String> raised = new java.util.HashMap<>(OPTIONS);
        raised.put("api_calls_per_day", "100000");
        ScanRunner.Result resumed = new ScanRunner(creds, true)
                .run(EmulatedOrgFixture.settings(tmp.resolve("budget"), emulator, raised), true);
        assertThat(resumed.runId()).isEqualTo(stopped.runId());
        assertThat(resumed.folder()).isNotNull();
        assertThat(EmulatedOrgFixture.counts(Report.read(resumed.folder()))).isEqualTo(reference);
    }

    @Test
    void givenSessionIdWorksAndFailsClearlyWhenItExpires() throws Exception {
        // an existing session (or OAuth access token) with its instance URL instead of a password
        String session = emulator.newSession();
        Map<String, String> env = Map.of("SCANNER_SF_SESSION_ID", session, "SCANNER_SF_INSTANCE_URL", emulator.baseUrl());
        emulator.faults().invalidSessionAfter(midScan());
        Report r = ScanHarness.run(settings("fixed-session"), env);
        assertThat(emulator.calls()).doesNotContainKey("login");
        java.util.List<String> failed = new java.util.ArrayList<>();
        r.json().path("coverage").forEach(c -> {
            if (c.path("status").asText().equals("FAILED")) {
                failed.add(c.path("reason").asText());
            }
        });
        assertThat(failed).isNotEmpty().allSatisfy(reason -> assertThat(reason)
                .contains("INVALID_SESSION_ID").contains("cannot be renewed").doesNotContain(session.substring(16)));
        // what was read before the session died is reported, nothing is counted twice
        assertThat(r.json().path("totals").path("rows_scanned").asLong()).isPositive();
    }
}

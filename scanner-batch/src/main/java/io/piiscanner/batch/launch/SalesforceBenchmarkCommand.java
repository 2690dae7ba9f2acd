package io.piiscanner.batch.launch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.batch.ScannerBatchApplication;
import io.piiscanner.batch.cli.CliCommand;
import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.testdata.salesforce.EmulatedOrg;
import io.piiscanner.testdata.salesforce.OrgGenerator;
import io.piiscanner.testdata.salesforce.SalesforceEmulator;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code ./scanner sf-benchmark}: serves N emulated Contacts (200,000 by default) from an in-process emulator and
 * runs the whole exposure-scan job over them through force-wsc (SOAP query/queryMore, batch 2,000, Id-range
 * partitions on the job's threads), then prints records/s and the API calls used. The emulator runs in the same
 * JVM and shares the cores, so the figure is a floor for a real org's client side. Documented in
 * docs/salesforce.md.
 */
public final class SalesforceBenchmarkCommand implements CliCommand {

    @Override
    public String name() {
        return "sf-benchmark";
    }

    @Override
    public String usage() {
        return "sf-benchmark [--contacts N] [--threads N] [--partition-rows N] [--bulk] [--work DIR]   emulated-org scan throughput";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        int contacts = 200_000;
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        long partitionRows = 50_000;
        boolean bulk = false;
        Path work = null;
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--contacts" -> contacts = Integer.parseInt(args[++i]);
                    case "--threads" -> threads = Integer.parseInt(args[++i]);
                    case "--partition-rows" -> partitionRows = Long.parseLong(args[++i]);
                    case "--bulk" -> bulk = true;
                    case "--work" -> work = Path.of(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
        } catch (RuntimeException e) {
            err.println("scanner sf-benchmark: " + e.getMessage());
            err.println("usage: scanner " + usage());
            return ScannerBatchApplication.EXIT_USAGE;
        }
        try {
            Path dir = work != null ? work : Files.createTempDirectory("sf-benchmark");
            long g0 = System.nanoTime();
            EmulatedOrg org = OrgGenerator.generate(7, OrgGenerator.Size.contactsOnly(contacts));
            err.printf("sf-benchmark: generated %,d Contacts in %.1f s%n", contacts, (System.nanoTime() - g0) / 1e9);
            try (SalesforceEmulator e = SalesforceEmulator.start(org)) {
                Map<String, String> options = bulk ? Map.of("objects", "Contact", "bulk_above", "1000")
                        : Map.of("objects", "Contact");
                ScanSettings s = ScanSettings.adHoc(List.of(new SourceSpec("salesforce", "salesforce:" + e.baseUrl(), null,
                                null, options)))
                        .withName("sf-benchmark").withWorkDir(dir.resolve("work")).withOutputDir(dir.resolve("reports"))
                        .withThreads(threads);
                s = s.withLimits(s.limits().withPartitionRows(partitionRows));
                Map<String, String> env = Map.of("SCANNER_SALESFORCE_USER", e.login().username(),
                        "SCANNER_SALESFORCE_PASSWORD", e.login().password(), "SCANNER_SALESFORCE_TOKEN", e.login().securityToken());
                long t0 = System.nanoTime();
                ScanRunner.Result r = new ScanRunner(new Credentials(env, new Properties()), true).run(s, false);
                double secs = (System.nanoTime() - t0) / 1e9;
                if (r.folder() == null) {
                    err.println("sf-benchmark: the scan did not complete" + (r.stopReason() == null ? "" : ": " + r.stopReason()));
                    return ScannerBatchApplication.EXIT_FAILED;
                }
                JsonNode report = new ObjectMapper().readTree(r.folder().resolve("report.json").toFile());
                long records = report.path("totals").path("rows_scanned").asLong();
                Map<String, Long> calls = e.calls();
                long total = calls.get("total");
                long soapPaging = calls.getOrDefault("query", 0L) + calls.getOrDefault("queryMore", 0L);
                out.printf("sf-benchmark: %,d Contacts scanned in %.1f s (job start to report): %,.0f records/s, %d threads%n",
                        records, secs, records / secs, threads);
                out.printf("sf-benchmark: API calls %d in total (%s); record-reading calls %d = one per %,.0f records%n",
                        total, calls, soapPaging + calls.entrySet().stream().filter(x -> x.getKey().startsWith("bulk:"))
                                .mapToLong(Map.Entry::getValue).sum(), records / (double) Math.max(1, soapPaging));
                out.println(r.folder());
                return ScannerBatchApplication.EXIT_OK;
            }
        } catch (Exception ex) {
            err.println("scanner sf-benchmark: " + ex);
            return ScannerBatchApplication.EXIT_FAILED;
        }
    }
}

package io.piiscanner.batch.launch;

import io.piiscanner.batch.ScannerBatchApplication;
import io.piiscanner.batch.cli.CliCommand;
import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.ProfileLoader;
import io.piiscanner.batch.config.Sampling;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.batch.remote.BrokerSettings;
import io.piiscanner.batch.remote.PartitionMessages;
import io.piiscanner.batch.remote.RemoteOptions;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./scanner scan}: runs the exposure-scan job from a profile and/or ad hoc sources and prints the run
 * folder as the last line of stdout. Passwords are never accepted as arguments.
 */
public final class ScanCommand implements CliCommand {

    @Override
    public String name() {
        return "scan";
    }

    @Override
    public String usage() {
        return "scan     [--profile scan.yaml] [--source jdbc:URL|dir:PATH|salesforce:[LOGIN_URL]]... [--output DIR] [--work DIR]\n"
                + "           [--sample-first N | --sample-fraction F] [--incremental] [--resume] [--threads N]\n"
                + "           [--aware-at 2026-11-26T09:00Z] [--credentials-file F] [--quiet]\n"
                + "           [--workers remote --broker amqp://HOST[:PORT][/VHOST] --store jdbc:postgresql://... [--queue NAME]]\n"
                + "           exit 0 ok, 1 failed, 2 usage, 3 new exposure; --aware-at starts the breach-notification clocks\n"
                + "           (default: the run's start time); --workers remote: partitions run on './scanner worker' JVMs\n"
                + "           (docs/scaling.md)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        ScanSettings settings = null;
        List<SourceSpec> extra = new ArrayList<>();
        Path credentialsFile = null;
        boolean quiet = false;
        boolean resume = false;
        RemoteOptions remote = null;
        try {
            List<Runnable> later = new ArrayList<>();
            String output = null;
            String work = null;
            Sampling sampling = null;
            Integer threads = null;
            boolean incremental = false;
            java.time.Instant awareAt = null;
            String workers = "local";
            String broker = null;
            String queue = PartitionMessages.DEFAULT_QUEUE;
            String store = null;
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--profile" -> settings = ProfileLoader.load(Path.of(value(args, ++i, a)));
                    case "--source" -> extra.add(SourceSpec.parse(value(args, ++i, a)));
                    case "--output" -> output = value(args, ++i, a);
                    case "--work" -> work = value(args, ++i, a);
                    case "--credentials-file" -> credentialsFile = Path.of(value(args, ++i, a));
                    case "--sample-first" -> sampling = Sampling.firstN(Long.parseLong(value(args, ++i, a)));
                    case "--sample-fraction" -> sampling = Sampling.fraction(Double.parseDouble(value(args, ++i, a)));
                    case "--threads" -> threads = Integer.parseInt(value(args, ++i, a));
                    case "--incremental" -> incremental = true;
                    case "--aware-at" -> awareAt = io.piiscanner.batch.config.AwareAt.parse(value(args, ++i, a));
                    case "--resume" -> resume = true;
                    case "--workers" -> workers = value(args, ++i, a);
                    case "--broker" -> broker = value(args, ++i, a);
                    case "--queue" -> queue = value(args, ++i, a);
                    case "--store" -> store = value(args, ++i, a);
                    case "--quiet", "-q" -> quiet = true;
                    case "--password", "--pass", "-p" -> throw new IllegalArgumentException(
                            "passwords are not accepted as arguments: set SCANNER_DB_PASSWORD or use --credentials-file");
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (settings == null) {
                if (extra.isEmpty()) {
                    throw new IllegalArgumentException("give --profile or at least one --source");
                }
                settings = ScanSettings.adHoc(extra);
            } else if (!extra.isEmpty()) {
                List<SourceSpec> all = new ArrayList<>(settings.sources());
                all.addAll(extra);
                settings = settings.withSources(all);
            }
            if (output != null) {
                settings = settings.withOutputDir(Path.of(output));
            }
            if (work != null) {
                settings = settings.withWorkDir(Path.of(work));
            }
            if (sampling != null) {
                settings = settings.withSampling(sampling);
            }
            if (threads != null) {
                settings = settings.withThreads(threads);
            }
            if (incremental) {
                settings = settings.withIncremental(true);
            }
            if (awareAt != null) {
                settings = settings.withAwareAt(awareAt);
            }
            if (store != null) {
                if (store.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
                    throw new IllegalArgumentException("the store URL must not carry a password: set SCANNER_STORE_PASSWORD"
                            + " or use --credentials-file (store.password)");
                }
                settings = settings.withStoreUrl(store);
            }
            switch (workers) {
                case "local" -> {
                    if (broker != null) {
                        throw new IllegalArgumentException("--broker is for --workers remote");
                    }
                }
                case "remote" -> {
                    if (settings.storeUrl() == null || !settings.storeUrl().startsWith("jdbc:postgresql:")) {
                        throw new IllegalArgumentException("--workers remote needs the PostgreSQL work store the workers share:"
                                + " give --store jdbc:postgresql://HOST:5432/DB or store_url in the profile");
                    }
                    Credentials c = Credentials.fromEnvironment(credentialsFile);
                    BrokerSettings b = BrokerSettings.resolve(broker, c, System.getenv()).orElseThrow(() ->
                            new IllegalArgumentException("--workers remote needs the message broker: give --broker amqp://HOST:5672"
                                    + " or set " + BrokerSettings.ENV_URL));
                    remote = new RemoteOptions(b, queue);
                }
                default -> throw new IllegalArgumentException("--workers is local (a thread pool, the default) or remote");
            }
        } catch (IllegalArgumentException e) {
            err.println("scanner scan: " + e.getMessage());
            err.println("usage: scanner " + usage());
            return ScannerBatchApplication.EXIT_USAGE;
        } catch (Exception e) {
            err.println("scanner scan: cannot read the profile: " + e.getMessage());
            return ScannerBatchApplication.EXIT_USAGE;
        }
        try {
            ScanRunner runner = new ScanRunner(Credentials.fromEnvironment(credentialsFile), quiet, err);
            if (remote != null) {
                runner.remote(remote);
            }
            ScanRunner.Result r = runner.run(settings, resume);
            if (r.folder() == null) {
                if (r.stopReason() != null) {
                    err.println("scanner scan: run " + r.runId() + " stopped: " + r.stopReason());
                }
                err.println("scanner scan: run " + r.runId() + " did not complete; rerun with --resume to continue it");
                return r.exitCode();
            }
            if (!quiet) {
                err.println(r.summary());
                err.println("scan: run " + r.runId() + " complete" + (r.newExposure() > 0
                        ? "; NEW EXPOSURE since the previous run: " + r.newExposure() + " (see report.json new_exposure)" : ""));
            }
            out.println(r.folder());
            out.flush();
            return r.exitCode();
        } catch (Exception e) {
            err.println("scanner scan: " + e.getClass().getSimpleName() + ": "
                    + io.piiscanner.batch.source.FailureReasons.describe(e));
            return ScannerBatchApplication.EXIT_FAILED;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}

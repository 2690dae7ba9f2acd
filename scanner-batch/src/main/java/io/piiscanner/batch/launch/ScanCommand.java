package io.piiscanner.batch.launch;

import io.piiscanner.batch.ScannerBatchApplication;
import io.piiscanner.batch.cli.CliCommand;
import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.ProfileLoader;
import io.piiscanner.batch.config.Sampling;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.config.SourceSpec;

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
                + "           exit 0 ok, 1 failed, 2 usage, 3 new exposure; --aware-at starts the breach-notification clocks\n"
                + "           (default: the run's start time)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        ScanSettings settings = null;
        List<SourceSpec> extra = new ArrayList<>();
        Path credentialsFile = null;
        boolean quiet = false;
        boolean resume = false;
        try {
            List<Runnable> later = new ArrayList<>();
            String output = null;
            String work = null;
            Sampling sampling = null;
            Integer threads = null;
            boolean incremental = false;
            java.time.Instant awareAt = null;
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
        } catch (IllegalArgumentException e) {
            err.println("scanner scan: " + e.getMessage());
            err.println("usage: scanner " + usage());
            return ScannerBatchApplication.EXIT_USAGE;
        } catch (Exception e) {
            err.println("scanner scan: cannot read the profile: " + e.getMessage());
            return ScannerBatchApplication.EXIT_USAGE;
        }
        try {
            ScanRunner.Result r = new ScanRunner(Credentials.fromEnvironment(credentialsFile), quiet, err).run(settings, resume);
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

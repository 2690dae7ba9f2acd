package io.piiscanner.batch;

import io.piiscanner.batch.launch.DemoCommand;
import io.piiscanner.batch.launch.ScanCommand;

import java.io.PrintStream;

/**
 * The batch half of {@code ./scanner}: the {@code scan} and {@code demo} subcommands. The CLI dispatcher
 * ({@code ScannerCli}) hands every command other than detect/evaluate here, so Spring is only started
 * for commands that need it.
 */
public final class ScannerBatchApplication {

    /** Exit codes, documented in docs/scan-job.md. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_NEW_EXPOSURE = 3;

    private ScannerBatchApplication() {
    }

    /** Runs {@code args[0]} ({@code scan} or {@code demo}) and returns the process exit code. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println("usage: scanner scan|demo [options]");
            return EXIT_USAGE;
        }
        return switch (args[0]) {
            case "scan" -> new ScanCommand().run(args, out, err);
            case "demo" -> new DemoCommand().run(args, out, err);
            default -> {
                err.println("scanner: unknown command '" + args[0] + "' (batch commands: scan, demo)");
                yield EXIT_USAGE;
            }
        };
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}

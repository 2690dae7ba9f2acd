package io.piiscanner.batch.cli;

import io.piiscanner.core.rules.RuleFileException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ServiceLoader;

/**
 * The {@code ./scanner} entry point. {@code detect} and {@code evaluate} run without Spring, so they start
 * fast and need no database; every other command goes to the batch application.
 */
public final class ScannerCli {

    static final String USAGE = """
            usage: scanner <command> [options]
              detect   --input F.jsonl [--rules DIR]... [--threads N] [--min-confidence X] [--region CC] [--nlp]
                       reads {"id","text"} lines, writes {"id","findings":[...]} lines to stdout
              evaluate --input F.jsonl [--entities E1,E2] [--json] [--nlp] [--rules DIR]... [--threads N]
                       scores detection against labeled {"id","text","spans"} lines
            """;

    private ScannerCli() {
    }

    private static int runPlugin(String[] args, PrintStream stdout, PrintStream stderr) {
        for (CliCommand c : ServiceLoader.load(CliCommand.class)) {
            if (c.name().equals(args[0])) {
                return c.run(args, stdout, stderr);
            }
        }
        stderr.println("scanner: unknown command '" + args[0] + "'");
        printUsage(stderr);
        return 2;
    }

    private static void printUsage(PrintStream err) {
        err.print(USAGE);
        for (CliCommand c : ServiceLoader.load(CliCommand.class)) {
            err.println("  " + c.usage());
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            printUsage(stderr);
            return args.length == 0 ? 2 : 0;
        }
        try {
            OutputStream out = new BufferedOutputStream(stdout, 1 << 16);
            return switch (args[0]) {
                case "detect" -> DetectCommand.run(
                        CliOptions.parse(args, 1, DetectCommand.VALUE_OPTIONS, DetectCommand.FLAGS), out, stderr);
                case "evaluate" -> EvaluateCommand.run(
                        CliOptions.parse(args, 1, EvaluateCommand.VALUE_OPTIONS, EvaluateCommand.FLAGS), out, stderr);
                default -> runPlugin(args, stdout, stderr);
            };
        } catch (CliOptions.UsageException e) {
            stderr.println("scanner: " + e.getMessage());
            printUsage(stderr);
            return 2;
        } catch (RuleFileException e) {
            stderr.println("scanner: bad rule file: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            stderr.println("scanner: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        } finally {
            stdout.flush();
        }
    }

}

package io.piiscanner.batch.cli;

import java.io.PrintStream;

/**
 * A {@code ./scanner} subcommand contributed by another part of the application (the batch job's
 * {@code scan} and {@code demo}), found through {@link java.util.ServiceLoader}, so the fast commands
 * (detect, evaluate) never load Spring.
 */
public interface CliCommand {

    /** The subcommand word, e.g. {@code scan}. */
    String name();

    /** One usage line per form of the command. */
    String usage();

    /** Runs the command; {@code args[0]} is the command name. Returns the process exit code. */
    int run(String[] args, PrintStream out, PrintStream err);
}

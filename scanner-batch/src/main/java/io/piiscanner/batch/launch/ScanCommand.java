package io.piiscanner.batch.launch;

import io.piiscanner.batch.cli.CliCommand;

import java.io.PrintStream;

/** {@code ./scanner scan}: runs the exposure-scan job. */
public final class ScanCommand implements CliCommand {

    @Override
    public String name() {
        return "scan";
    }

    @Override
    public String usage() {
        return "scan     --profile scan.yaml | --source jdbc:...|dir:PATH ... [--mode full|sample] [--quiet]";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        err.println("scanner: scan is being built");
        return 1;
    }
}

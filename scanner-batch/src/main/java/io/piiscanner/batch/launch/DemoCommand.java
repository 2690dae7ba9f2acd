package io.piiscanner.batch.launch;

import io.piiscanner.batch.cli.CliCommand;

import java.io.PrintStream;

/** {@code ./scanner demo}: builds a synthetic staging schema and folder, scans them, prints the reports. */
public final class DemoCommand implements CliCommand {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "demo     [--work DIR]   scans a synthetic staging schema and folder of files";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        err.println("scanner: demo is being built");
        return 1;
    }
}

package io.piiscanner.batch.bench;

import io.piiscanner.batch.ScannerBatchApplication;
import io.piiscanner.batch.cli.CliCommand;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code ./scanner bench-data}: writes the benchmark inputs. {@code table} loads a synthetic 8-column customer
 * staging table ({@link StagingRows}) into a database (PostgreSQL COPY; batched inserts elsewhere) and leaves
 * an existing table of the same size and seed alone; {@code files} writes a folder of mixed exports (CSV, JSONL,
 * XLSX, logs, .gz, .zip) of a given size. Used by {@code benchmarks/batch/*.sh}; see docs/performance.md.
 */
public final class BenchDataCommand implements CliCommand {

    @Override
    public String name() {
        return "bench-data";
    }

    @Override
    public String usage() {
        return "bench-data table --url JDBC_URL [--schema bench] [--table stg_customers] [--rows 1000000] [--seed 7]\n"
                + "           bench-data files --out DIR [--bytes 1g] [--seed 7]   benchmark inputs (docs/performance.md)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2) {
            err.println("usage: scanner " + usage());
            return ScannerBatchApplication.EXIT_USAGE;
        }
        String url = null;
        String schema = "bench";
        String table = "stg_customers";
        long rows = 1_000_000;
        long seed = 7;
        Path outDir = null;
        long bytes = 1L << 30;
        try {
            for (int i = 2; i < args.length; i++) {
                String a = args[i];
                String v = i + 1 < args.length ? args[++i] : null;
                if (v == null) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                switch (a) {
                    case "--url" -> url = v;
                    case "--schema" -> schema = v;
                    case "--table" -> table = v;
                    case "--rows" -> rows = Long.parseLong(v.replace("_", ""));
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--out" -> outDir = Path.of(v);
                    case "--bytes" -> bytes = parseBytes(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            switch (args[1]) {
                case "table" -> {
                    if (url == null) {
                        throw new IllegalArgumentException("table needs --url");
                    }
                    BenchTable.ensure(url, schema, table, rows, seed, err);
                    out.println(schema + "." + table);
                }
                case "files" -> {
                    if (outDir == null) {
                        throw new IllegalArgumentException("files needs --out");
                    }
                    BenchFiles.write(outDir, bytes, seed, err);
                    out.println(outDir.toAbsolutePath().normalize());
                }
                default -> throw new IllegalArgumentException("unknown bench-data kind " + args[1]);
            }
            return ScannerBatchApplication.EXIT_OK;
        } catch (IllegalArgumentException e) {
            err.println("scanner bench-data: " + e.getMessage());
            err.println("usage: scanner " + usage());
            return ScannerBatchApplication.EXIT_USAGE;
        } catch (Exception e) {
            err.println("scanner bench-data: " + e);
            return ScannerBatchApplication.EXIT_FAILED;
        }
    }

    static long parseBytes(String v) {
        String s = v.trim().toLowerCase(java.util.Locale.ROOT);
        long mult = 1;
        if (s.endsWith("g")) {
            mult = 1L << 30;
        } else if (s.endsWith("m")) {
            mult = 1L << 20;
        } else if (s.endsWith("k")) {
            mult = 1L << 10;
        }
        if (mult > 1) {
            s = s.substring(0, s.length() - 1);
        }
        return (long) (Double.parseDouble(s) * mult);
    }
}

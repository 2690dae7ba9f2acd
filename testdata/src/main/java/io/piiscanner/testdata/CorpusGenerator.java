package io.piiscanner.testdata;

import io.piiscanner.testdata.corpus.CorpusKind;
import io.piiscanner.testdata.corpus.CorpusStats;
import io.piiscanner.testdata.corpus.GeneratedLine;
import io.piiscanner.testdata.corpus.JsonlWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

/**
 * Writes a labeled corpus as JSON Lines (the evaluation format of shared/ENTITIES.md).
 *
 * <pre>
 * --kind dev|negatives|heldout|big   which corpus (default dev)
 * --seed N                           seed of the one java.util.Random behind every choice (default 1)
 * --lines N                          number of lines (defaults: dev 5400, negatives 1300, heldout 1500, big 100000)
 * --out PATH                         a .jsonl file, or a directory (PATH/KIND.jsonl); stdout when absent
 * --stats                            print lines, languages, genres and spans per entity
 *                                    (to stdout, or to stderr when the corpus goes to stdout)
 * </pre>
 * Lines are generated and written one at a time, so {@code --kind big} streams any number of lines.
 */
public final class CorpusGenerator {
    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        CorpusKind kind = CorpusKind.DEV;
        long seed = 1;
        Integer lines = null;
        Path out = null;
        boolean stats = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--kind" -> kind = CorpusKind.of(value(args, ++i));
                case "--seed" -> seed = Long.parseLong(value(args, ++i));
                case "--lines" -> lines = Integer.parseInt(value(args, ++i));
                case "--out" -> out = Path.of(value(args, ++i));
                case "--stats" -> stats = true;
                case "-h", "--help" -> {
                    System.out.println("usage: CorpusGenerator --kind dev|negatives|heldout|big --seed N "
                        + "[--lines N] [--out FILE.jsonl|DIR] [--stats]");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        int n = lines == null ? kind.defaultLines() : lines;
        Path file = out == null ? null : Files.isDirectory(out) ? out.resolve(kind.id() + ".jsonl") : out;
        CorpusStats s = write(kind, seed, n, file);
        if (stats) {
            PrintStream ps = file == null ? System.err : System.out;
            s.print(kind.id() + " (seed " + seed + ")" + (file == null ? "" : " -> " + file), ps);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("missing value after " + args[i - 1]);
        }
        return args[i];
    }

    /** Generates and writes {@code n} lines to {@code file} (stdout when null); returns their statistics. */
    public static CorpusStats write(CorpusKind kind, long seed, int n, Path file) throws IOException {
        CorpusStats stats = new CorpusStats();
        IntFunction<GeneratedLine> source = kind.source(seed);
        if (file != null && file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        OutputStream raw = file == null ? new NonClosing(System.out) : Files.newOutputStream(file);
        try (OutputStream os = new BufferedOutputStream(raw, 1 << 16); JsonlWriter w = new JsonlWriter(os)) {
            for (int i = 0; i < n; i++) {
                GeneratedLine g = source.apply(i);
                w.write(g.line());
                stats.add(g);
            }
        }
        return stats;
    }

    /** Generates {@code n} lines without writing them; returns their statistics. */
    public static CorpusStats stats(CorpusKind kind, long seed, int n) {
        CorpusStats stats = new CorpusStats();
        IntFunction<GeneratedLine> source = kind.source(seed);
        for (int i = 0; i < n; i++) {
            stats.add(source.apply(i));
        }
        return stats;
    }

    /** Keeps System.out open after the writer is closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

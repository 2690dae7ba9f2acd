package io.piiscanner.batch.cli;

import io.piiscanner.core.Scanner;
import io.piiscanner.core.model.Finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code detect --input F.jsonl}: reads {"id","text"} lines, writes {"id","findings":[...]} lines to stdout
 * in input order, and ends stderr with {@code detect: N records, S s, R records/s, M MB/s} measured over
 * the detection loop alone (rule loading excluded), after a line with the rate of the second half of the records
 * (the rate the run sustains once the JIT has compiled the scanner). Streams: memory does not grow with the input.
 *
 * <p>The reading thread only cuts the input into chunks of whole lines ({@link LineChunks}); each worker
 * splits its chunk into lines, reads id and text from the bytes ({@link FastJsonLine}, or Jackson on the
 * decoded line for anything unusual), scans, and writes the output bytes itself ({@link FindingsWriter}).
 */
final class DetectCommand {

    static final Set<String> VALUE_OPTIONS = Set.of("--input", "--rules", "--threads", "--min-confidence", "--region");
    static final Set<String> FLAGS = Set.of("--nlp");

    /** Input bytes per batch: about 1,500 lines of ~170 bytes. */
    static final int CHUNK_BYTES = 1 << 18;

    private record Batch(byte[] output, int outputLength, long lines, long chars, List<String> errors) {
    }

    /** A worker thread's reusable parser, writer and per-chunk line tables. */
    private static final class Worker implements LineChunks.LineVisitor {
        final FastJsonLine parser = new FastJsonLine();
        final FindingsWriter writer = new FindingsWriter(CHUNK_BYTES);
        int count;
        String[] ids = new String[2048];
        String[] texts = new String[2048];
        String[] errors = new String[2048];
        @SuppressWarnings("rawtypes")
        List[] findings = new List[2048];

        void parseAll(LineChunks.Chunk chunk) {
            count = 0;
            LineChunks.forEachLine(chunk.bytes(), chunk.length(), this);
        }

        @Override
        public void line(byte[] b, int from, int to) {
            if (from == to || (b[from] != '{' && LineChunks.isBlank(b, from, to))) {
                return;
            }
            if (count == ids.length) {
                int size = count * 2;
                ids = java.util.Arrays.copyOf(ids, size);
                texts = java.util.Arrays.copyOf(texts, size);
                errors = java.util.Arrays.copyOf(errors, size);
                findings = java.util.Arrays.copyOf(findings, size);
            }
            int i = count++;
            try {
                if (parser.parse(b, from, to)) {
                    ids[i] = parser.id();
                    texts[i] = parser.text();
                } else {
                    JsonLines.Line in = JsonLines.parse(new String(b, from, to - from, StandardCharsets.UTF_8));
                    ids[i] = in.id();
                    texts[i] = in.text();
                }
            } catch (IOException e) {
                // Never quote the line: it may be the very PII being hunted.
                errors[i] = "detect: skipped a line (" + e.getMessage() + ")";
            } catch (RuntimeException e) {
                errors[i] = "detect: skipped a line (" + e.getClass().getSimpleName() + " in detection)";
            }
        }

        void clear() {
            java.util.Arrays.fill(ids, 0, count, null);
            java.util.Arrays.fill(texts, 0, count, null);
            java.util.Arrays.fill(errors, 0, count, null);
            java.util.Arrays.fill(findings, 0, count, null);
            count = 0;
        }
    }

    private DetectCommand() {
    }

    static int run(CliOptions o, OutputStream stdout, PrintStream stderr) throws IOException {
        Scanner scanner = ScannerFactory.build(o);
        int threads = o.intValue("--threads", Runtime.getRuntime().availableProcessors());
        long started = System.nanoTime();
        long[] totals;
        ThroughputLog log = new ThroughputLog();
        try (InputStream in = Inputs.openBytes(o.required("--input"))) {
            totals = detectAll(in, threads, scanner::scan, stdout, stderr, log);
        }
        stdout.flush();
        double seconds = (System.nanoTime() - started) / 1e9;
        long records = totals[0] - totals[2];
        double[] sustained = log.secondHalf();
        if (sustained != null) {
            stderr.printf(Locale.ROOT, "detect: second half of the records (start-up and JIT warm-up behind): "
                    + "%.0f records, %.2f s, %.0f records/s%n", sustained[0], sustained[1], sustained[0] / sustained[1]);
        }
        stderr.printf(Locale.ROOT, "detect: %d records, %.2f s, %.0f records/s, %.1f MB/s%n", records, seconds,
                records / seconds, totals[1] / 1e6 / seconds);
        return totals[2] == 0 ? 0 : 1;
    }

    /** @return {lines, chars of text, skipped lines} */
    static long[] detectAll(InputStream in, int threads, Function<String, List<Finding>> scan, OutputStream stdout,
                            PrintStream stderr) throws IOException {
        return detectAll(in, threads, scan, stdout, stderr, new ThroughputLog());
    }

    /** {@link #detectAll}, noting in {@code log} when each batch's records were written. */
    static long[] detectAll(InputStream in, int threads, Function<String, List<Finding>> scan, OutputStream stdout,
                            PrintStream stderr, ThroughputLog log) throws IOException {
        long[] totals = new long[3];
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);
        LineChunks chunks = new LineChunks(in, CHUNK_BYTES);
        ParallelLines.run(threads, chunks::next, chunk -> detect(workers.get(), scan, chunk), b -> {
            try {
                stdout.write(b.output(), 0, b.outputLength());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            totals[0] += b.lines();
            totals[1] += b.chars();
            totals[2] += b.errors().size();
            b.errors().forEach(stderr::println);
            log.add(b.lines() - b.errors().size(), System.nanoTime());
        });
        return totals;
    }

    /**
     * Three passes over the chunk (parse every line, scan every text, write every result), so each loop
     * stays small for the JIT: the scanner's code is not compiled again inside one loop with the parser
     * and the writer, nor thrown away with them when a rare branch of either is first taken.
     */
    private static Batch detect(Worker w, Function<String, List<Finding>> scan, LineChunks.Chunk chunk) {
        w.parseAll(chunk);
        int n = w.count;
        String[] texts = w.texts;
        String[] errors = w.errors;
        @SuppressWarnings("unchecked")
        List<Finding>[] findings = w.findings;
        for (int i = 0; i < n; i++) {
            if (errors[i] == null) {
                try {
                    findings[i] = scan.apply(texts[i]);
                } catch (RuntimeException e) {
                    // A detector fault on one line costs that line, not the run; the message names no value.
                    errors[i] = "detect: skipped a line (" + e.getClass().getSimpleName() + " in detection)";
                }
            }
        }
        FindingsWriter out = w.writer;
        List<String> skipped = new ArrayList<>(0);
        long chars = 0;
        for (int i = 0; i < n; i++) {
            if (texts[i] != null) {
                chars += texts[i].length();
            }
            if (errors[i] != null) {
                skipped.add(errors[i]);
            } else {
                out.write(w.ids[i], findings[i]);
            }
        }
        w.clear();
        int length = out.length();
        Batch batch = new Batch(out.bytes(), length, n, chars, skipped);
        out.reset(Math.max(4096, length + (length >> 3)));
        return batch;
    }
}

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
 * the detection loop alone (rule loading excluded). Streams: memory does not grow with the input.
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

    /** A worker thread's reusable parser and writer. */
    private static final class Worker {
        final FastJsonLine parser = new FastJsonLine();
        final FindingsWriter writer = new FindingsWriter(CHUNK_BYTES);
    }

    private DetectCommand() {
    }

    static int run(CliOptions o, OutputStream stdout, PrintStream stderr) throws IOException {
        Scanner scanner = ScannerFactory.build(o);
        int threads = o.intValue("--threads", Runtime.getRuntime().availableProcessors());
        long started = System.nanoTime();
        long[] totals;
        try (InputStream in = Inputs.openBytes(o.required("--input"))) {
            totals = detectAll(in, threads, scanner::scan, stdout, stderr);
        }
        stdout.flush();
        double seconds = (System.nanoTime() - started) / 1e9;
        long records = totals[0] - totals[2];
        stderr.printf(Locale.ROOT, "detect: %d records, %.2f s, %.0f records/s, %.1f MB/s%n", records, seconds,
                records / seconds, totals[1] / 1e6 / seconds);
        return totals[2] == 0 ? 0 : 1;
    }

    /** @return {lines, chars of text, skipped lines} */
    static long[] detectAll(InputStream in, int threads, Function<String, List<Finding>> scan, OutputStream stdout,
                            PrintStream stderr) throws IOException {
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
        });
        return totals;
    }

    private static Batch detect(Worker w, Function<String, List<Finding>> scan, LineChunks.Chunk chunk) {
        FastJsonLine parser = w.parser;
        FindingsWriter out = w.writer;
        List<String> errors = new ArrayList<>(0);
        long[] counts = new long[2]; // lines, chars
        LineChunks.forEachLine(chunk.bytes(), chunk.length(), (b, from, to) -> {
            if (from == to || (b[from] != '{' && LineChunks.isBlank(b, from, to))) {
                return;
            }
            counts[0]++;
            try {
                String id;
                String text;
                if (parser.parse(b, from, to)) {
                    id = parser.id();
                    text = parser.text();
                } else {
                    JsonLines.Line in = JsonLines.parse(new String(b, from, to - from, StandardCharsets.UTF_8));
                    id = in.id();
                    text = in.text();
                }
                counts[1] += text.length();
                List<Finding> findings = scan.apply(text);
                out.write(id, findings);
            } catch (IOException e) {
                // Never quote the line: it may be the very PII being hunted.
                errors.add("detect: skipped a line (" + e.getMessage() + ")");
            } catch (RuntimeException e) {
                // A detector fault on one line costs that line, not the run; the message names no value.
                errors.add("detect: skipped a line (" + e.getClass().getSimpleName() + " in detection)");
            }
        });
        int n = out.length();
        Batch batch = new Batch(out.bytes(), n, counts[0], counts[1], errors);
        out.reset(Math.max(4096, n + (n >> 3)));
        return batch;
    }
}

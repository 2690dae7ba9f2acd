package io.piiscanner.batch.cli;

import io.piiscanner.core.Scanner;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code detect --input F.jsonl}: reads {"id","text"} lines, writes {"id","findings":[...]} lines to stdout
 * in input order, and ends stderr with {@code detect: N records, S s, R records/s, M MB/s} measured over
 * the detection loop alone (rule loading excluded). Streams: memory does not grow with the input.
 */
final class DetectCommand {

    static final Set<String> VALUE_OPTIONS = Set.of("--input", "--rules", "--threads", "--min-confidence", "--region");
    static final Set<String> FLAGS = Set.of("--nlp");

    private record Batch(byte[] output, long chars, List<String> errors) {
    }

    private DetectCommand() {
    }

    static int run(CliOptions o, OutputStream stdout, PrintStream stderr) throws IOException {
        Scanner scanner = ScannerFactory.build(o);
        int threads = o.intValue("--threads", Runtime.getRuntime().availableProcessors());
        long[] chars = {0};
        long[] errors = {0};
        long started = System.nanoTime();
        long lines;
        try (BufferedReader in = Inputs.open(o.required("--input"))) {
            ParallelLines<Batch> pipeline = new ParallelLines<>(threads, batch -> detect(scanner, batch));
            lines = pipeline.run(in, b -> {
                try {
                    stdout.write(b.output());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                chars[0] += b.chars();
                errors[0] += b.errors().size();
                b.errors().forEach(stderr::println);
            });
        }
        stdout.flush();
        double seconds = (System.nanoTime() - started) / 1e9;
        long records = lines - errors[0];
        stderr.printf(Locale.ROOT, "detect: %d records, %.2f s, %.0f records/s, %.1f MB/s%n", records, seconds,
                records / seconds, chars[0] / 1e6 / seconds);
        return errors[0] == 0 ? 0 : 1;
    }

    private static Batch detect(Scanner scanner, List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(lines.size() * 64);
        List<String> errors = new ArrayList<>(0);
        long chars = 0;
        for (String line : lines) {
            try {
                JsonLines.Line in = JsonLines.parse(line);
                chars += in.text().length();
                JsonLines.writeFindings(out, in.id(), scanner.scan(in.text()));
            } catch (IOException e) {
                // Never quote the line: it may be the very PII being hunted.
                errors.add("detect: skipped a line (" + e.getMessage() + ")");
            } catch (RuntimeException e) {
                // A detector fault on one line costs that line, not the run; the message names no value.
                errors.add("detect: skipped a line (" + e.getClass().getSimpleName() + " in detection)");
            }
        }
        return new Batch(out.toByteArray(), chars, errors);
    }
}

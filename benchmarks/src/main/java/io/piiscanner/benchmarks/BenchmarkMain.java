package io.piiscanner.benchmarks;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Runs {@link ScannerBenchmark} and turns corpora/s into what the targets are stated in: texts/s and
 * MB/s per core. Usage: {@code java -jar benchmarks/target/benchmarks.jar [family,...]}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        String families = args.length > 0 ? args[0] : "all,contact,financial,national-ids,credentials";
        Options opts = new OptionsBuilder()
                .include(ScannerBenchmark.class.getSimpleName())
                .include(RecordBenchmark.class.getSimpleName())
                .param("family", families.split(","))
                .build();
        Collection<RunResult> results = new Runner(opts).run();
        List<String> texts = ScannerBenchmark.Corpus.texts("dev");
        long chars = ScannerBenchmark.Corpus.chars(texts);
        System.out.printf(Locale.ROOT, "%nscanner-core throughput, one thread, corpus dev (%d texts, %.2f MB):%n",
                texts.size(), chars / 1e6);
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith("scanRecords")) {
                System.out.printf(Locale.ROOT, "  records (9 fields: staging-table row) %10.0f records/s  (+/- %.1f%%)%n",
                        r.getPrimaryResult().getScore(),
                        100 * r.getPrimaryResult().getScoreError() / r.getPrimaryResult().getScore());
                continue;
            }
            double corporaPerSecond = r.getPrimaryResult().getScore();
            System.out.printf(Locale.ROOT, "  family %-13s %10.0f texts/s %8.1f MB/s  (+/- %.1f%%)%n",
                    r.getParams().getParam("family"), corporaPerSecond * texts.size(), corporaPerSecond * chars / 1e6,
                    100 * r.getPrimaryResult().getScoreError() / corporaPerSecond);
        }
    }
}

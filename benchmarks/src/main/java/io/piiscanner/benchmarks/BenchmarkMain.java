package io.piiscanner.benchmarks;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@link ScannerBenchmark} (or {@link NlpBenchmark}) and turns corpora/s into what the targets are stated in:
 * texts/s and MB/s per core. Usage:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [family,...]              # ScannerBenchmark, dev corpus
 * java -jar benchmarks/target/benchmarks.jar nlp [dev,big] [off,on,only] # NlpBenchmark
 * </pre>
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        if (args.length > 0 && args[0].equals("nlp")) {
            nlp(args.length > 1 ? args[1] : "dev,big", args.length > 2 ? args[2] : "off,on,only");
            return;
        }
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

    private static void nlp(String corpora, String modes) throws RunnerException, IOException {
        Options opts = new OptionsBuilder()
                .include(NlpBenchmark.class.getSimpleName())
                .param("corpus", corpora.split(","))
                .param("nlp", modes.split(","))
                .build();
        Collection<RunResult> results = new Runner(opts).run();
        Map<String, double[]> sizes = new HashMap<>();
        for (String c : corpora.split(",")) {
            List<String> texts = NlpBenchmark.texts(c);
            sizes.put(c, new double[] {texts.size(), ScannerBenchmark.Corpus.chars(texts)});
        }
        System.out.printf(Locale.ROOT, "%nscanner-core throughput with NLP, one thread (MB = 1e6 UTF-16 chars):%n");
        for (RunResult r : results) {
            String c = r.getParams().getParam("corpus");
            double[] size = sizes.get(c);
            double corporaPerSecond = r.getPrimaryResult().getScore();
            var cpu = r.getSecondaryResults().get("cpuSeconds");
            var mb = r.getSecondaryResults().get("megabytes");
            double mbPerCpuSecond = cpu == null || mb == null ? Double.NaN : mb.getScore() / cpu.getScore();
            System.out.printf(Locale.ROOT, "  corpus %-4s (%6.0f texts, %5.2f MB) nlp %-4s %9.0f texts/s %7.2f MB/s (+/- %5.1f%%)"
                            + "  %7.2f MB per CPU-second%n",
                    c, size[0], size[1] / 1e6, r.getParams().getParam("nlp"), corporaPerSecond * size[0],
                    corporaPerSecond * size[1] / 1e6, 100 * r.getPrimaryResult().getScoreError() / corporaPerSecond,
                    mbPerCpuSecond);
        }
    }
}

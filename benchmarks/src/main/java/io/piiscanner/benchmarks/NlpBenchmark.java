package io.piiscanner.benchmarks;

import io.piiscanner.core.Scanner;
import io.piiscanner.core.model.Finding;
import io.piiscanner.testdata.corpus.CorpusKind;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Throughput of scanner-core with the NLP detectors (PERSON_NAME, POSTAL_ADDRESS) off, on, and alone, one thread,
 * on the dense dev corpus and on a realistic mixed one ({@code CorpusGenerator --kind big}, seed 7: ~94 characters a
 * line, 40% of lines with PII). The score is corpora/s; {@link BenchmarkMain} turns it into MB/s.
 *
 * <ul>
 *   <li>{@code nlp=off}: all rules, NLP off (the default scanner);</li>
 *   <li>{@code nlp=on}: all rules, NLP on ({@code Scanner.builder().nlp(true)});</li>
 *   <li>{@code nlp=only}: only the NLP rules (entities PERSON_NAME, POSTAL_ADDRESS): the NLP pass's own cost.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
// The heap is committed and touched before the first iteration: a heap that grows into fresh pages during the
// measurement makes the scan pay the kernel's page faults (iterations up to 2.5 times slower just before a
// collection, in thread CPU time), which is noise, not the scanner.
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g", "-XX:+AlwaysPreTouch"})
public class NlpBenchmark {

    /** Lines of the generated "big" corpus held in memory (about 2 MB of text). */
    static final int BIG_LINES = 20_000;
    static final long BIG_SEED = 7;

    @Param({"off", "on", "only"})
    public String nlp;

    @Param({"dev", "big"})
    public String corpus;

    private Scanner scanner;
    private String[] texts;
    private double megabytes;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        var builder = Scanner.builder();
        switch (nlp) {
            case "off" -> builder.nlp(false);
            case "on" -> builder.nlp(true);
            case "only" -> builder.nlp(true).entities(Set.of("PERSON_NAME", "POSTAL_ADDRESS"));
            default -> throw new IllegalArgumentException("nlp must be off, on or only: " + nlp);
        }
        scanner = builder.build();
        texts = texts(corpus).toArray(new String[0]);
        megabytes = ScannerBenchmark.Corpus.chars(List.of(texts)) / 1e6;
        scanner.scan("warm up: Dear Mr. Smith, ship to 1 Main St, Springfield, IL 62704"); // models load outside the measurement
    }

    /**
     * CPU seconds the benchmark thread spent and megabytes it scanned, summed per iteration and reported by JMH next to
     * the score. On a shared, busy machine wall time also counts the time other processes held the core;
     * {@link BenchmarkMain} divides the megabytes by the CPU seconds to give MB per CPU-second as well.
     */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Cpu {
        /** CPU seconds of the benchmark thread, summed over an iteration. */
        public double cpuSeconds;
        /** Megabytes (1e6 UTF-16 chars) scanned, summed over an iteration. */
        public double megabytes;
    }

    private static final java.lang.management.ThreadMXBean MX = java.lang.management.ManagementFactory.getThreadMXBean();

    @Benchmark
    public void scanCorpus(Blackhole bh, Cpu cpu) {
        long t0 = MX.getCurrentThreadCpuTime();
        for (String t : texts) {
            List<Finding> f = scanner.scan(t);
            bh.consume(f);
        }
        cpu.cpuSeconds += (MX.getCurrentThreadCpuTime() - t0) / 1e9;
        cpu.megabytes += megabytes;
    }

    /** The checked-in dev corpus, or {@link #BIG_LINES} lines of the generated big corpus. */
    static List<String> texts(String corpus) throws IOException {
        if (!corpus.equals("big")) {
            return ScannerBenchmark.Corpus.texts(corpus);
        }
        IntFunction<io.piiscanner.testdata.corpus.GeneratedLine> source = CorpusKind.of("big").source(BIG_SEED);
        List<String> out = new ArrayList<>(BIG_LINES);
        for (int i = 0; i < BIG_LINES; i++) {
            out.add(source.apply(i).line().text());
        }
        return out;
    }
}

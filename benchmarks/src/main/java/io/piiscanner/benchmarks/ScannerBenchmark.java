package io.piiscanner.benchmarks;

import io.piiscanner.core.Scanner;
import io.piiscanner.core.model.Finding;
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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of scanner-core on the labeled corpora (one thread = one core). Each invocation scans every
 * text of the chosen corpus once; the figure to read is texts/s (the "ops" are texts, via
 * OperationsPerInvocation-like accounting in {@link #scanCorpus}) and MB/s = texts/s x average text size,
 * which {@link BenchmarkMain} prints.
 *
 * <p>{@code family} restricts the scanner to one family of entities, to see what each costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
// The heap is committed and touched before the first iteration: a heap that grows into fresh pages during the
// measurement makes the scan pay the kernel's page faults (iterations up to 2.5 times slower just before a
// collection, in thread CPU time), which is noise, not the scanner.
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g", "-XX:+AlwaysPreTouch"})
public class ScannerBenchmark {

    /** Entity families; "all" is the full default pack. */
    static final Map<String, Set<String>> FAMILIES = Map.of(
            "all", Set.of(),
            "contact", Set.of("EMAIL", "PHONE", "IP_ADDRESS", "DATE_OF_BIRTH"),
            "financial", Set.of("CREDIT_CARD", "IBAN", "US_BANK_ACCOUNT", "ABA_ROUTING", "CRYPTO_WALLET"),
            "national-ids", Set.of("US_SSN", "US_ITIN", "US_PASSPORT", "US_DRIVER_LICENSE", "UK_NINO", "UK_NHS",
                    "CA_SIN", "DE_TAX_ID", "FR_NIR", "ES_NIF", "IT_FISCAL_CODE", "NL_BSN", "PL_PESEL", "BR_CPF",
                    "IN_AADHAAR", "IN_PAN", "AU_TFN", "SG_NRIC"),
            "credentials", Set.of("SALESFORCE_SESSION_ID", "AWS_ACCESS_KEY", "PRIVATE_KEY", "PASSWORD"));

    @Param({"all", "contact", "financial", "national-ids", "credentials"})
    public String family;

    @Param({"dev"})
    public String corpus;

    private Scanner scanner;
    private String[] texts;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Set<String> entities = FAMILIES.get(family);
        var builder = Scanner.builder();
        if (!entities.isEmpty()) {
            builder.entities(new HashSet<>(entities));
        }
        scanner = builder.build();
        texts = Corpus.texts(corpus).toArray(new String[0]);
    }

    /** Scans the whole corpus once; divide the ops/s by nothing: the score is corpora/s. */
    @Benchmark
    public void scanCorpus(Blackhole bh) {
        for (String t : texts) {
            List<Finding> f = scanner.scan(t);
            bh.consume(f);
        }
    }

    /** Reads the texts of a checked-in corpus (testdata resources) into memory. */
    static final class Corpus {
        private Corpus() {
        }

        static List<String> texts(String name) throws IOException {
            String resource = "corpus/" + name + ".jsonl";
            InputStream in = ScannerBenchmark.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("corpus not on the classpath: " + resource);
            }
            return texts(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        /** The "text" of every non-blank {"id","text"} line (closes the reader). */
        static List<String> texts(java.io.Reader jsonLines) throws IOException {
            List<String> out = new ArrayList<>();
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            try (BufferedReader r = new BufferedReader(jsonLines)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank()) {
                        out.add(mapper.readTree(line).get("text").asText());
                    }
                }
            }
            return out;
        }

        static long chars(List<String> texts) {
            return texts.stream().mapToLong(String::length).sum();
        }
    }

}

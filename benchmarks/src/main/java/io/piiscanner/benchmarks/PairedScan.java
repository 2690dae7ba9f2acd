package io.piiscanner.benchmarks;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of scanner-core timed against each other in one JVM, for judging a change on a machine whose speed
 * swings by a quarter within minutes (this one does): separate figures from different minutes do not compare, rounds
 * alternated in one process do. Each build is loaded from its own jar by its own class loader over the same
 * libraries; the texts whose findings (fingerprints under one fixed key) differ are counted before anything is
 * timed (none may, for a change meant to keep output); then the rounds alternate which build goes first, and the
 * medians and the rounds each build won are printed.
 *
 * <pre>
 * java -Djarmode=tools -jar scanner-batch/target/scanner.jar extract --destination /tmp/app     # the libraries
 * java -cp benchmarks/target/benchmarks.jar io.piiscanner.benchmarks.PairedScan \
 *      BASE-core.jar NEW-core.jar /tmp/app/lib texts.jsonl [ROUNDS]
 * </pre>
 * The core jars are {@code scanner-core/target/scanner-core-*.jar} of the two checkouts; texts are {"text":...} lines.
 * To compare rule packs too, give each build its rules jar after its core jar ({@code BASE-core.jar:BASE-rules.jar});
 * the libraries' rules jar is then left out. Findings then differ where the rules do: they are counted, not required
 * to be equal.
 */
public final class PairedScan {

    private static final byte[] KEY = "paired-scan-fingerprint-key-0123".getBytes(StandardCharsets.US_ASCII);

    private PairedScan() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: PairedScan BASE-core.jar NEW-core.jar LIBDIR texts.jsonl [ROUNDS]");
            System.exit(2);
        }
        List<String> texts = ScannerBenchmark.Corpus.texts(Files.newBufferedReader(Path.of(args[3]), StandardCharsets.UTF_8));
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        List<Path> base = jars(args[0]);
        List<Path> changed = jars(args[1]);
        boolean ownRules = base.size() > 1 && changed.size() > 1;
        ClassLoader libraries = libraries(Path.of(args[2]), ownRules);
        Build[] builds = {new Build("base", base, libraries), new Build("new ", changed, libraries)};

        int different = 0;
        for (String t : texts) {
            if (!builds[0].findings(t).equals(builds[1].findings(t))) {
                different++;
            }
        }
        System.out.printf(Locale.ROOT, "texts %d, texts whose findings differ: %d%n", texts.size(), different);
        for (int warmUp = 0; warmUp < 4; warmUp++) {
            for (Build b : builds) {
                b.scanAll(texts);
            }
        }
        double[][] micros = new double[2][rounds];
        int newWon = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < 2; i++) {
                int k = r % 2 == 0 ? i : 1 - i; // alternate which build runs first
                long t0 = System.nanoTime();
                builds[k].scanAll(texts);
                micros[k][r] = (System.nanoTime() - t0) / 1e3 / texts.size();
            }
            if (micros[1][r] < micros[0][r]) {
                newWon++;
            }
        }
        long chars = ScannerBenchmark.Corpus.chars(texts);
        for (int k = 0; k < 2; k++) {
            double[] sorted = micros[k].clone();
            Arrays.sort(sorted);
            double median = sorted[rounds / 2];
            System.out.printf(Locale.ROOT, "%s: median %.3f us a text (min %.3f) = %.1f MB/s%n", builds[k].name,
                    median, sorted[0], chars / (median * texts.size()));
        }
        System.out.printf(Locale.ROOT, "new faster in %d of %d rounds%n", newWon, rounds);
    }

    /** One build's scanner, reached by reflection through its own class loader. */
    private static final class Build {
        final String name;
        final Object scanner;
        final Method scan;

        Build(String name, List<Path> jars, ClassLoader libraries) throws Exception {
            this.name = name;
            URL[] urls = new URL[jars.size()];
            for (int i = 0; i < urls.length; i++) {
                urls[i] = jars.get(i).toUri().toURL();
            }
            ClassLoader loader = new URLClassLoader(urls, libraries);
            Class<?> scannerClass = loader.loadClass("io.piiscanner.core.Scanner");
            Object builder = scannerClass.getMethod("builder").invoke(null);
            builder = builder.getClass().getMethod("fingerprintKey", byte[].class).invoke(builder, (Object) KEY);
            this.scanner = builder.getClass().getMethod("build").invoke(builder);
            this.scan = scannerClass.getMethod("scan", String.class);
        }

        String findings(String text) throws Exception {
            return scan.invoke(scanner, text).toString();
        }

        void scanAll(List<String> texts) throws Exception {
            for (String t : texts) {
                scan.invoke(scanner, t);
            }
        }
    }

    /** A build's jars: its core jar, and optionally its rules jar, separated like a class path. */
    private static List<Path> jars(String arg) {
        List<Path> out = new ArrayList<>();
        for (String part : arg.split(java.io.File.pathSeparator)) {
            out.add(Path.of(part));
        }
        return out;
    }

    /**
     * Every library jar of the extracted application except scanner-core (and the rules jar when each build brings
     * its own), under the platform loader.
     */
    private static ClassLoader libraries(Path dir, boolean withoutRules) throws Exception {
        List<URL> urls = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path jar : jars) {
                String name = jar.getFileName().toString();
                if (!name.startsWith("scanner-core") && !(withoutRules && name.startsWith("rules-"))) {
                    urls.add(jar.toUri().toURL());
                }
            }
        }
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("no library jars in " + dir);
        }
        return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
    }
}

package io.piiscanner.core.detect.nlp;

import io.piiscanner.core.Scanner;
import io.piiscanner.core.eval.EntityScore;
import io.piiscanner.core.eval.Evaluation;
import io.piiscanner.core.eval.Span;
import io.piiscanner.core.model.Finding;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores PERSON_NAME and POSTAL_ADDRESS on labelled JSON Lines files (ENTITIES.md format) with the full scanner
 * (all rules, so overlaps resolve as in a real scan), without the CLI:
 * <pre>
 * mvn -q -B -pl scanner-core -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp scanner-core/target/classes:$(cat scanner-core/target/classpath.txt) io.piiscanner.core.detect.nlp.NlpEvaluation \
 *     testdata/src/main/resources/corpus/dev.jsonl [--errors N] [--throughput] [--limit N]
 * </pre>
 * Files ending in {@code .txt} are read in the hand-written markup format (see {@link #read}). {@code --throughput}
 * also times one thread over the texts with NLP off, on, and the NLP rules alone, in turn (MB per CPU-second of the
 * scanning thread, so that other processes on a shared machine do not count).
 */
public final class NlpEvaluation {

    public static final Set<String> ENTITIES = Set.of("PERSON_NAME", "POSTAL_ADDRESS");

    private NlpEvaluation() {
    }

    public record Doc(String id, String text, List<Span> spans) {
    }

    /**
     * Reads a labelled file: JSON Lines ({@code .jsonl}, ENTITIES.md format) or the hand-written markup of
     * {@code src/test/resources/nlp/*.txt} (one text a line, {@code \\n} for a line break, {@code [[P:...]]} a
     * PERSON_NAME, {@code [[A:...]]} a POSTAL_ADDRESS, {@code #} comments).
     */
    public static List<Doc> read(Path file) throws IOException {
        if (file.toString().endsWith(".txt")) {
            return readMarkup(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
        Yaml yaml = new Yaml(new LoaderOptions());
        List<Doc> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> m = yaml.load(line.replace("\t", "\\t"));
            List<Span> spans = new ArrayList<>();
            Object raw = m.get("spans");
            if (raw instanceof List<?> l) {
                for (Object o : l) {
                    Map<?, ?> s = (Map<?, ?>) o;
                    spans.add(new Span(((Number) s.get("start")).intValue(), ((Number) s.get("end")).intValue(), (String) s.get("entity")));
                }
            }
            out.add(new Doc(String.valueOf(m.get("id")), (String) m.get("text"), spans));
        }
        return out;
    }

    /** Parses the markup format (see {@link #read}). */
    public static List<Doc> readMarkup(String name, String content) {
        List<Doc> out = new ArrayList<>();
        int n = 0;
        for (String line : content.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<Span> gold = new ArrayList<>();
            String l = line.replace("\\n", "\n");
            int i = 0;
            while (i < l.length()) {
                int open = l.indexOf("[[", i);
                if (open < 0) {
                    text.append(l, i, l.length());
                    break;
                }
                text.append(l, i, open);
                int close = l.indexOf("]]", open);
                String entity = l.charAt(open + 2) == 'P' ? "PERSON_NAME" : "POSTAL_ADDRESS";
                int s = text.length();
                text.append(l, open + 4, close);
                gold.add(new Span(s, text.length(), entity));
                i = close + 2;
            }
            out.add(new Doc(name + "-" + (++n), text.toString(), gold));
        }
        return out;
    }

    public static Evaluation evaluate(Scanner scanner, List<Doc> docs, int showErrors) {
        Evaluation ev = new Evaluation(ENTITIES);
        int shown = 0;
        for (Doc d : docs) {
            List<Span> pred = new ArrayList<>();
            for (Finding f : scanner.scan(d.text())) {
                pred.add(new Span(f.start(), f.end(), f.entity()));
            }
            ev.add(d.spans(), pred);
            if (shown < showErrors) {
                List<Span> g = d.spans().stream().filter(s -> ENTITIES.contains(s.entity())).toList();
                List<Span> p = pred.stream().filter(s -> ENTITIES.contains(s.entity())).toList();
                if (!Set.copyOf(g).equals(Set.copyOf(p))) {
                    shown++;
                    System.out.println("--- " + d.id() + ": " + d.text().replace("\n", "\\n"));
                    g.forEach(s -> System.out.println("  gold " + s.entity() + " '" + d.text().substring(s.start(), s.end()) + "'"));
                    p.forEach(s -> System.out.println("  pred " + s.entity() + " '" + d.text().substring(s.start(), s.end()) + "'"));
                }
            }
        }
        return ev;
    }

    public static void main(String[] args) throws IOException {
        int errors = 0;
        boolean throughput = false;
        int limit = Integer.MAX_VALUE;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--throughput")) {
                throughput = true;
            } else if (args[i].equals("--errors")) {
                errors = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--limit")) {
                limit = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        long t0 = System.nanoTime();
        byte[] key = "nlp-evaluation-key-0123456789".getBytes(StandardCharsets.UTF_8);
        Scanner scanner = Scanner.builder().nlp(true).fingerprintKey(key).build();
        scanner.scan("warm up: Dear Mr. Smith, ship to 1 Main St, Springfield, IL 62704");
        System.out.printf(Locale.ROOT, "scanner built and NLP models loaded in %.2f s (models %d ms)%n",
                (System.nanoTime() - t0) / 1e9, NlpModels.get().loadMillis());
        for (Path f : files) {
            List<Doc> docs = read(f);
            if (docs.size() > limit) {
                docs = docs.subList(0, limit);
            }
            Evaluation ev = evaluate(scanner, docs, errors);
            System.out.println(f + " (" + docs.size() + " documents, " + ev.documentsWithFalsePositive() + " with a false positive)");
            for (Map.Entry<String, EntityScore> e : ev.byEntity().entrySet()) {
                EntityScore s = e.getValue();
                System.out.printf(Locale.ROOT, "  %-15s overlap P %.3f R %.3f F1 %.3f | exact F1 %.3f | tp %d fp %d fn %d%n",
                        e.getKey(), s.precision(), s.recall(), s.f1(), s.exactF1(), s.tp(), s.fp(), s.fn());
            }
            if (throughput) {
                Map<String, Scanner> three = new java.util.LinkedHashMap<>();
                three.put("NLP off", Scanner.builder().nlp(false).fingerprintKey(key).build());
                three.put("NLP on", scanner);
                three.put("NLP rules only (PERSON_NAME, POSTAL_ADDRESS)", Scanner.builder().nlp(true).entities(ENTITIES).fingerprintKey(key).build());
                StringBuilder line = new StringBuilder("  throughput, one thread, all rules unless said, MB per CPU-second:");
                mbPerSecond(three, docs).forEach((k, v) -> line.append(String.format(Locale.ROOT, " %s %.2f;", k, v)));
                System.out.println(line);
            }
        }
    }

    /**
     * MB (UTF-16 chars / 1e6) per second of this thread's CPU time for each scanner: 8 rounds, each scanning the texts
     * once with every scanner in turn (so a change of machine load hits all alike), best of rounds 4 to 8. On a shared
     * machine wall time measures the other processes too; CPU time only this scan's work.
     */
    static Map<String, Double> mbPerSecond(Map<String, Scanner> scanners, List<Doc> docs) {
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Double> best = new java.util.LinkedHashMap<>();
        for (int round = 0; round < 8; round++) {
            for (Map.Entry<String, Scanner> e : scanners.entrySet()) {
                long t0 = mx.getCurrentThreadCpuTime();
                long n = 0;
                for (Doc d : docs) {
                    n += e.getValue().scan(d.text()).size();
                }
                double secs = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
                if (round >= 3 && n >= 0) {
                    best.merge(e.getKey(), chars / 1e6 / secs, Math::max);
                }
            }
        }
        return best;
    }
}

package io.piiscanner.batch.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.piiscanner.core.Scanner;
import io.piiscanner.core.eval.EntityScore;
import io.piiscanner.core.eval.Evaluation;
import io.piiscanner.core.eval.Span;
import io.piiscanner.core.model.Finding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code evaluate --input F.jsonl [--entities E1,E2] [--json]}: scans labeled lines and prints per-entity
 * TP, FP, FN, precision, recall and F1 under overlap matching, exact-match F1, the micro average, and how
 * many lines had any false positive (the hard-negative measure).
 */
final class EvaluateCommand {

    static final Set<String> VALUE_OPTIONS = Set.of("--input", "--rules", "--threads", "--min-confidence", "--region", "--entities");
    static final Set<String> FLAGS = Set.of("--json", "--nlp");

    private record Scored(List<Span> gold, List<Span> predicted) {
    }

    private EvaluateCommand() {
    }

    static int run(CliOptions o, OutputStream stdout, PrintStream stderr) throws IOException {
        Set<String> only = new LinkedHashSet<>();
        String list = o.value("--entities", "");
        if (!list.isBlank()) {
            Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(only::add);
        }
        Scanner scanner = ScannerFactory.build(o);
        Evaluation eval = new Evaluation(only);
        int threads = o.intValue("--threads", Runtime.getRuntime().availableProcessors());
        long[] errors = {0};
        try (BufferedReader in = Inputs.open(o.required("--input"))) {
            ParallelLines<List<Scored>> pipeline = new ParallelLines<>(threads, batch -> score(scanner, batch, errors));
            pipeline.run(in, batch -> batch.forEach(s -> eval.add(s.gold(), s.predicted())));
        }
        if (errors[0] > 0) {
            stderr.println("evaluate: skipped " + errors[0] + " malformed lines");
        }
        if (o.flag("--json")) {
            writeJson(eval, stdout);
        } else {
            PrintStream out = new PrintStream(stdout, true, java.nio.charset.StandardCharsets.UTF_8);
            writeTable(eval, out);
        }
        stdout.flush();
        return errors[0] == 0 ? 0 : 1;
    }

    private static List<Scored> score(Scanner scanner, List<String> lines, long[] errors) {
        List<Scored> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            try {
                JsonLines.Line in = JsonLines.parse(line);
                List<Span> predicted = new ArrayList<>();
                for (Finding f : scanner.scan(in.text())) {
                    predicted.add(new Span(f.start(), f.end(), f.entity()));
                }
                out.add(new Scored(in.spans(), predicted));
            } catch (IOException e) {
                synchronized (errors) {
                    errors[0]++;
                }
            }
        }
        return out;
    }

    static void writeTable(Evaluation eval, PrintStream out) {
        out.printf(Locale.ROOT, "%-22s %6s %6s %6s %6s %6s %9s %7s %6s %8s%n",
                "entity", "gold", "TP", "FP", "FN", "", "precision", "recall", "F1", "exact-F1");
        for (Map.Entry<String, EntityScore> e : eval.byEntity().entrySet()) {
            row(out, e.getKey(), e.getValue());
        }
        row(out, "micro", eval.micro());
        out.printf(Locale.ROOT, "documents: %d, with a false positive: %d (%.2f per 500)%n", eval.documents(),
                eval.documentsWithFalsePositive(), eval.documents() == 0 ? 0.0
                        : 500.0 * eval.documentsWithFalsePositive() / eval.documents());
    }

    private static void row(PrintStream out, String name, EntityScore s) {
        out.printf(Locale.ROOT, "%-22s %6d %6d %6d %6d %6s %9.4f %7.4f %6.4f %8.4f%n", name, s.tp() + s.fn(), s.tp(),
                s.fp(), s.fn(), "", s.precision(), s.recall(), s.f1(), s.exactF1());
    }

    private static void writeJson(Evaluation eval, OutputStream stdout) throws IOException {
        try (JsonGenerator g = JsonLines.FACTORY.createGenerator(stdout)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeObjectFieldStart("entities");
            for (Map.Entry<String, EntityScore> e : eval.byEntity().entrySet()) {
                g.writeFieldName(e.getKey());
                scoreObject(g, e.getValue());
            }
            g.writeEndObject();
            g.writeFieldName("micro");
            scoreObject(g, eval.micro());
            g.writeNumberField("documents", eval.documents());
            g.writeNumberField("documents_with_false_positive", eval.documentsWithFalsePositive());
            g.writeEndObject();
        }
        stdout.write('\n');
    }

    private static void scoreObject(JsonGenerator g, EntityScore s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("tp", s.tp());
        g.writeNumberField("fp", s.fp());
        g.writeNumberField("fn", s.fn());
        g.writeNumberField("precision", round(s.precision()));
        g.writeNumberField("recall", round(s.recall()));
        g.writeNumberField("f1", round(s.f1()));
        g.writeNumberField("exact_f1", round(s.exactF1()));
        g.writeEndObject();
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}

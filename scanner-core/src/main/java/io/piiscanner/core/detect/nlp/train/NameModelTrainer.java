package io.piiscanner.core.detect.nlp.train;

import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Trains the PERSON_NAME model from {@code rules/src/main/resources/rules/nlp/} and writes
 * {@code person-name.bin} with {@code person-name.properties} (version, SHA-256 of the training data, parameters,
 * evaluation figures on held-out names and templates). Deterministic: fixed seed, one training thread.
 *
 * <pre>
 * mvn -q -B -pl scanner-core -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp "scanner-core/target/classes:$(cat scanner-core/target/classpath.txt)" io.piiscanner.core.detect.nlp.train.NameModelTrainer [--check]
 * </pre>
 * Options: {@code --nlp-dir DIR} (default: found from the working directory),
 * {@code --sentences N}, {@code --iterations N}, {@code --cutoff N}, {@code --seed N}, {@code --dry-run}
 * (train and print the figures, write nothing), {@code --check} (retrain, compare with the shipped
 * person-name.properties: same training-data hash and figures within 0.01, exit 1 otherwise).
 */
public final class NameModelTrainer {

    public static final String MODEL_VERSION = "1.1.0";
    public static final long DEFAULT_SEED = 20261127L;
    public static final int DEFAULT_SENTENCES = 30_000;
    public static final int DEFAULT_EVAL_SENTENCES = 3_000;
    public static final int DEFAULT_ITERATIONS = 100;
    public static final int DEFAULT_CUTOFF = 1;

    /** Settings of one training run. */
    public record Settings(long seed, int sentences, int evalSentences, int iterations, int cutoff) {
        public static Settings defaults() {
            return new Settings(DEFAULT_SEED, DEFAULT_SENTENCES, DEFAULT_EVAL_SENTENCES, DEFAULT_ITERATIONS, DEFAULT_CUTOFF);
        }
    }

    /** A trained model with its evaluation on held-out names and templates. */
    public record Result(TokenNameFinderModel model, Map<String, String> info) {
    }

    private NameModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = null;
        Settings s = Settings.defaults();
        boolean dryRun = false;
        boolean check = false;
        long seed = s.seed();
        int sentences = s.sentences();
        int iterations = s.iterations();
        int cutoff = s.cutoff();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--nlp-dir" -> dir = Path.of(args[++i]);
                case "--sentences" -> sentences = Integer.parseInt(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--cutoff" -> cutoff = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--dry-run" -> dryRun = true;
                case "--check" -> check = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (dir == null) {
            dir = findNlpDir();
        }
        Settings settings = new Settings(seed, sentences, s.evalSentences(), iterations, cutoff);
        long t0 = System.nanoTime();
        Result r = train(dir, settings);
        System.out.printf(Locale.ROOT, "trained in %.1f s from %s%n", (System.nanoTime() - t0) / 1e9, dir);
        r.info().forEach((k, v) -> System.out.println("  " + k + " = " + v));
        if (check) {
            Properties shipped = new Properties();
            try (java.io.Reader in = Files.newBufferedReader(dir.resolve("person-name.properties"), StandardCharsets.UTF_8)) {
                shipped.load(in);
            }
            boolean ok = shipped.getProperty("training.data.sha256", "").equals(r.info().get("training.data.sha256"));
            for (String k : List.of("eval.exact.f1", "eval.overlap.f1", "eval.overlap.precision", "eval.overlap.recall")) {
                double a = Double.parseDouble(shipped.getProperty(k, "-1"));
                double b = Double.parseDouble(r.info().get(k));
                System.out.printf(Locale.ROOT, "  check %s shipped %.4f retrained %.4f%n", k, a, b);
                ok &= Math.abs(a - b) <= 0.01;
            }
            System.out.println(ok ? "CHECK OK: retrained model matches the shipped figures (+/-0.01) and training data hash"
                    : "CHECK FAILED");
            if (!ok) {
                System.exit(1);
            }
            return;
        }
        if (dryRun) {
            return;
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("person-name.bin"))) {
            r.model().serialize(out);
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("person-name.properties"), StandardCharsets.UTF_8)) {
            w.write("# Metadata of person-name.bin, written by NameModelTrainer (see docs/nlp.md). Do not edit by hand.\n");
            for (Map.Entry<String, String> e : r.info().entrySet()) {
                w.write(e.getKey() + "=" + e.getValue() + "\n");
            }
        }
        System.out.println("wrote " + dir.resolve("person-name.bin") + " and person-name.properties");
    }

    /** Trains and evaluates; writes nothing. */
    public static Result train(Path nlpDir, Settings settings) throws IOException {
        NameTrainingData data = new NameTrainingData(nlpDir);
        TokenizerME tokenizer = new TokenizerME(englishTokenizerModel());
        List<NameSample> train = NameTrainingData.samples(data.sentences(settings.seed(), settings.sentences(), false), tokenizer);
        List<NameTrainingData.Labelled> evalSentences = data.sentences(settings.seed() + 1, settings.evalSentences(), true);

        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        TokenNameFinderModel model = NameFinderME.train("en", "person",
                ObjectStreamUtils.createObjectStream(train), params,
                TokenNameFinderFactory.create(null, null, Map.of(), new BioCodec()));

        Map<String, String> info = new TreeMap<>();
        info.put("model.version", MODEL_VERSION);
        info.put("model.file", "person-name.bin");
        info.put("opennlp.version", opennlp.tools.util.Version.currentVersion().toString());
        info.put("training.data.sha256", data.sha256());
        info.put("training.data.files", String.join(",", NameTrainingData.FILES));
        info.put("training.seed", Long.toString(settings.seed()));
        info.put("training.sentences", Integer.toString(settings.sentences()));
        info.put("training.samples", Integer.toString(train.size()));
        info.put("training.algorithm", "PERCEPTRON");
        info.put("training.iterations", Integer.toString(settings.iterations()));
        info.put("training.cutoff", Integer.toString(settings.cutoff()));
        info.putAll(evaluate(model, evalSentences, tokenizer));
        return new Result(model, info);
    }

    /** Token-span precision, recall and F1 (exact and overlap) on generated held-out sentences. */
    public static Map<String, String> evaluate(TokenNameFinderModel model, List<NameTrainingData.Labelled> sentences, TokenizerME tokenizer) {
        NameFinderME finder = new NameFinderME(model);
        long tp = 0, fp = 0, fn = 0, otp = 0, ofp = 0, ofn = 0;
        for (NameTrainingData.Labelled l : sentences) {
            NameSample gold = NameTrainingData.sample(l, tokenizer);
            if (gold == null) {
                continue;
            }
            Span[] pred = finder.find(gold.getSentence());
            finder.clearAdaptiveData();
            List<Span> g = List.of(gold.getNames());
            for (Span p : pred) {
                boolean exact = g.stream().anyMatch(x -> x.getStart() == p.getStart() && x.getEnd() == p.getEnd());
                boolean overlap = g.stream().anyMatch(x -> x.getStart() < p.getEnd() && p.getStart() < x.getEnd());
                if (exact) tp++; else fp++;
                if (overlap) otp++; else ofp++;
            }
            for (Span x : g) {
                if (java.util.Arrays.stream(pred).noneMatch(p -> x.getStart() == p.getStart() && x.getEnd() == p.getEnd())) fn++;
                if (java.util.Arrays.stream(pred).noneMatch(p -> x.getStart() < p.getEnd() && p.getStart() < x.getEnd())) ofn++;
            }
        }
        Map<String, String> m = new TreeMap<>();
        m.put("eval.sentences", Integer.toString(sentences.size()));
        m.put("eval.exact.precision", f(tp, tp + fp));
        m.put("eval.exact.recall", f(tp, tp + fn));
        m.put("eval.exact.f1", f(2 * tp, 2 * tp + fp + fn));
        m.put("eval.overlap.precision", f(otp, otp + ofp));
        m.put("eval.overlap.recall", f(otp, otp + ofn));
        m.put("eval.overlap.f1", f(2 * otp, 2 * otp + ofp + ofn));
        return m;
    }

    private static String f(long a, long b) {
        return String.format(Locale.ROOT, "%.4f", b == 0 ? 0.0 : (double) a / b);
    }

    /** The English tokenizer model of opennlp-models-tokenizer-en (the same the finder uses). */
    public static TokenizerModel englishTokenizerModel() throws IOException {
        ClassLoader cl = NameModelTrainer.class.getClassLoader();
        Enumeration<URL> props = cl.getResources("model.properties");
        while (props.hasMoreElements()) {
            Properties p = new Properties();
            try (InputStream in = props.nextElement().openStream()) {
                p.load(in);
            }
            String name = p.getProperty("model.name", "");
            if (name.startsWith("opennlp-en-") && name.contains("-tokens-")) {
                try (InputStream in = cl.getResourceAsStream(name)) {
                    return io.piiscanner.core.detect.nlp.NlpModels.withAlphaNumericShortcut(new TokenizerModel(in));
                }
            }
        }
        throw new IOException("opennlp-models-tokenizer-en is not on the class path");
    }

    /** {@code rules/src/main/resources/rules/nlp} under the working directory or one of its parents. */
    static Path findNlpDir() {
        Path p = Path.of("").toAbsolutePath();
        String root = System.getenv("SCANNER_REPO_ROOT");
        if (root != null && Files.isDirectory(Path.of(root, "rules/src/main/resources/rules/nlp"))) {
            return Path.of(root, "rules/src/main/resources/rules/nlp");
        }
        for (; p != null; p = p.getParent()) {
            Path c = p.resolve("rules/src/main/resources/rules/nlp");
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new IllegalStateException("cannot find rules/src/main/resources/rules/nlp; pass --nlp-dir");
    }

    static byte[] serialize(TokenNameFinderModel m) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        m.serialize(b);
        return b.toByteArray();
    }
}

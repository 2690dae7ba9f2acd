package io.piiscanner.core.detect.nlp;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The OpenNLP models, loaded once per class loader and shared (models are immutable and thread-safe; the
 * {@code *ME} taggers built on them are not, see {@link Taggers}).
 *
 * <p>The English sentence, token and POS models come from the {@code opennlp-models-*-en} jars of Maven
 * Central. Each of those jars has its {@code .bin} at the jar root next to a {@code model.properties} naming it
 * ({@code model.name}) with its SHA-256; OpenNLP 2.5 has no classpath model finder, so every
 * {@code model.properties} on the class path is read here, the model it names is loaded and its hash checked.
 *
 * <p>The person-name model is the project's own ({@code rules/nlp/person-name.bin}, trained by
 * {@link io.piiscanner.core.detect.nlp.train.NameModelTrainer}); its metadata ({@code person-name.properties})
 * carries its version and the SHA-256 of the training data it was trained from. Start-up never trains.
 */
public final class NlpModels {

    public static final String NAME_MODEL = "rules/nlp/person-name.bin";
    public static final String NAME_MODEL_PROPERTIES = "rules/nlp/person-name.properties";

    /** The models of opennlp-models-*-en 1.3.0 and the SHA-256 their model.properties give. */
    private static final String[][] KNOWN_MODELS = {
            {"opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", "4de58d12b09421003c8b1ba13e8b58ec533b28e1f22a65272119dc0993d333e8"},
            {"opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", "95139111197ba9f1165fc12be8d4cbac05ea3912f995d167efa1a0e04e3e649a"},
            {"opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", "510b89087e7ef7ffb8c50c63e3e999122404ac9fa64790dfa93b38d1938c52ce"},
    };

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    private final TokenNameFinderModel nameModel;
    private final Properties nameModelInfo;
    private final long loadMillis;

    private NlpModels(ClassLoader cl) {
        long t0 = System.nanoTime();
        SentenceModel sent = null;
        TokenizerModel tok = null;
        POSModel pos = null;
        try {
            Enumeration<URL> props = cl.getResources("model.properties");
            while (props.hasMoreElements()) {
                Properties p = new Properties();
                try (InputStream in = props.nextElement().openStream()) {
                    p.load(in);
                }
                String name = p.getProperty("model.name", "");
                if (!name.startsWith("opennlp-en-")) {
                    continue;
                }
                byte[] bytes = read(cl, name);
                String expected = p.getProperty("model.sha256");
                if (expected != null && !expected.equalsIgnoreCase(sha256(bytes))) {
                    throw new IllegalStateException("OpenNLP model " + name + " does not match the SHA-256 in its model.properties");
                }
                if (name.contains("-sentence-")) {
                    sent = new SentenceModel(new ByteArrayInputStream(bytes));
                } else if (name.contains("-tokens-")) {
                    tok = withAlphaNumericShortcut(new TokenizerModel(new ByteArrayInputStream(bytes)));
                } else if (name.contains("-pos-")) {
                    pos = new POSModel(new ByteArrayInputStream(bytes));
                }
            }
            // A shaded jar keeps one of the three model.properties at its root: the models are then found by name.
            for (String[] known : KNOWN_MODELS) {
                boolean missing = known[0].contains("-sentence-") ? sent == null : known[0].contains("-tokens-") ? tok == null : pos == null;
                java.net.URL url = missing ? cl.getResource(known[0]) : null;
                if (url == null) {
                    continue;
                }
                byte[] bytes = read(cl, known[0]);
                if (!known[1].equalsIgnoreCase(sha256(bytes))) {
                    throw new IllegalStateException("OpenNLP model " + known[0] + " does not match its SHA-256");
                }
                if (known[0].contains("-sentence-")) {
                    sent = new SentenceModel(new ByteArrayInputStream(bytes));
                } else if (known[0].contains("-tokens-")) {
                    tok = withAlphaNumericShortcut(new TokenizerModel(new ByteArrayInputStream(bytes)));
                } else {
                    pos = new POSModel(new ByteArrayInputStream(bytes));
                }
            }
            if (sent == null || tok == null || pos == null) {
                throw new IllegalStateException("OpenNLP English models missing from the class path (need "
                        + "opennlp-models-sentdetect-en, -tokenizer-en and -pos-en): sentence=" + (sent != null)
                        + " tokenizer=" + (tok != null) + " pos=" + (pos != null));
            }
            this.nameModel = new TokenNameFinderModel(new ByteArrayInputStream(read(cl, NAME_MODEL)));
            this.nameModelInfo = new Properties();
            try (InputStream in = cl.getResourceAsStream(NAME_MODEL_PROPERTIES)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + NAME_MODEL_PROPERTIES);
                }
                nameModelInfo.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP models", e);
        }
        this.sentenceModel = sent;
        this.tokenizerModel = tok;
        this.posModel = pos;
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    private static final class Holder {
        static final NlpModels INSTANCE = new NlpModels(NlpModels.class.getClassLoader());
    }

    /** The shared models, loaded on first use. */
    public static NlpModels get() {
        return Holder.INSTANCE;
    }

    /** Loads models afresh (tests measure load time with this). */
    static NlpModels loadFresh() {
        return new NlpModels(NlpModels.class.getClassLoader());
    }

    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    public TokenizerModel tokenizerModel() {
        return tokenizerModel;
    }

    public POSModel posModel() {
        return posModel;
    }

    public TokenNameFinderModel nameModel() {
        return nameModel;
    }

    /** Version, training-data SHA-256, parameters and evaluation figures of the person-name model. */
    public Properties nameModelInfo() {
        Properties copy = new Properties();
        copy.putAll(nameModelInfo);
        return copy;
    }

    public long loadMillis() {
        return loadMillis;
    }

    /**
     * The same tokenizer model, told to keep a white-space token made only of letters and digits whole without asking
     * the model at each of its characters (OpenNLP's alpha-numeric optimisation, off in the shipped English model).
     * Tokenising then costs a fraction; tokens differ only for the few letter-only words the UD model splits ("cannot").
     * The name model is trained and run with this tokenizer.
     */
    public static TokenizerModel withAlphaNumericShortcut(TokenizerModel m) {
        if (m.useAlphaNumericOptimization()) {
            return m;
        }
        try {
            return new TokenizerModel(m.getMaxentModel(), java.util.Map.of(), new opennlp.tools.tokenize.TokenizerFactory(
                    m.getLanguage(), m.getAbbreviations(), true, java.util.regex.Pattern.compile("^[\\p{L}\\p{N}]+$")));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot configure the OpenNLP tokenizer", e);
        }
    }

    static byte[] read(ClassLoader cl, String resource) throws IOException {
        try (InputStream in = cl.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("resource not found on the class path: " + resource);
            }
            return in.readAllBytes();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

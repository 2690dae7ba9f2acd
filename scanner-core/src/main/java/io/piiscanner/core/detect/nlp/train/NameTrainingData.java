package io.piiscanner.core.detect.nlp.train;

import io.piiscanner.core.detect.nlp.NameLexicon;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Builds labelled sentences for the person-name model from the data in {@code rules/nlp/}: the name lists, the
 * sentence templates and the filler lists. Everything is drawn from one {@link Random} with a fixed seed, so the
 * same files and parameters give the same sentences on every machine ({@code java.util.Random} is specified).
 *
 * <p>Names are split by a stable hash into a training part (4/5) and an evaluation part (1/5); templates after
 * {@code ## heldout} are evaluation-only. The evaluation sentences thus pair unseen names with unseen phrasing.
 */
public final class NameTrainingData {

    /** The files whose bytes define the training data (hashed into the model's metadata). */
    public static final List<String> FILES = List.of("names/authored-names.txt", "names/census-1990-first-names.txt",
            "names/census-1990-last-names.txt", "names/faker-first-names.txt", "names/faker-last-names.txt", "negative-fillers.txt", "person-name-templates.txt");

    private static final String[] PARTICLES = {"van", "de", "von", "da", "di", "van der", "de la", "del", "bin", "al", "Van der", "De", "Le", "Mac", "O'"};
    private static final String[] TITLES_SKIP = {};

    private final NameLexicon lexicon;
    private final List<String> trainTemplates = new ArrayList<>();
    private final List<String> evalTemplates = new ArrayList<>();
    private final List<String> negativeTemplates = new ArrayList<>();
    private final Map<String, List<String>> fillers = new LinkedHashMap<>();
    private final List<String> trainFirst = new ArrayList<>();
    private final List<String> trainLast = new ArrayList<>();
    private final List<String> evalFirst = new ArrayList<>();
    private final List<String> evalLast = new ArrayList<>();
    private final String sha256;

    public NameTrainingData(Path nlpDir) {
        this.lexicon = NameLexicon.fromFolder(nlpDir);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : FILES) {
                byte[] bytes = Files.readAllBytes(nlpDir.resolve(f));
                sha.update(f.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
                sha.update((byte) 0);
            }
            this.sha256 = HexFormat.of().formatHex(sha.digest());
            readTemplates(Files.readAllLines(nlpDir.resolve("person-name-templates.txt"), StandardCharsets.UTF_8));
            readFillers(Files.readAllLines(nlpDir.resolve("negative-fillers.txt"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String f : lexicon.firstNames()) {
            (heldOut(f) ? evalFirst : trainFirst).add(f);
        }
        for (String l : lexicon.lastNames()) {
            (heldOut(l) ? evalLast : trainLast).add(l);
        }
    }

    /** The same hash over the files as read by {@code reader} (e.g. from the class path). */
    public static String sha256(java.util.function.Function<String, byte[]> reader) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : FILES) {
                sha.update(f.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(reader.apply(f));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 over the training files (names, templates, fillers), in {@link #FILES} order. */
    public String sha256() {
        return sha256;
    }

    private static boolean heldOut(String name) {
        return Math.floorMod(name.toLowerCase(Locale.ROOT).hashCode(), 5) == 0;
    }

    private void readTemplates(List<String> lines) {
        String section = "train";
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("# ") || line.equals("#")) {
                continue;
            }
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
                continue;
            }
            String t = line.replace("\\n", "\n");
            if (t.startsWith("- ")) {
                negativeTemplates.add(t.substring(2));
            } else if (section.equals("heldout")) {
                evalTemplates.add(t);
            } else {
                trainTemplates.add(t);
            }
        }
    }

    private void readFillers(List<String> lines) {
        List<String> current = null;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = fillers.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line.strip());
            }
        }
    }

    /** One generated sentence with its person spans (character offsets). */
    public record Labelled(String text, List<int[]> persons) {
    }

    /** {@code count} sentences for training (eval = false) or for evaluation (eval = true). */
    public List<Labelled> sentences(long seed, int count, boolean eval) {
        Random rnd = new Random(seed);
        List<String> templates = eval ? evalTemplates : trainTemplates;
        List<String> first = eval ? evalFirst : trainFirst;
        List<String> last = eval ? evalLast : trainLast;
        List<Labelled> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String t = rnd.nextInt(100) < 28
                    ? negativeTemplates.get(rnd.nextInt(negativeTemplates.size()))
                    : templates.get(rnd.nextInt(templates.size()));
            out.add(fill(t, rnd, first, last));
        }
        return out;
    }

    /** Tokenises generated sentences into OpenNLP samples; sentences whose names do not align with tokens are dropped. */
    public static List<NameSample> samples(List<Labelled> sentences, TokenizerME tokenizer) {
        List<NameSample> out = new ArrayList<>(sentences.size());
        for (Labelled l : sentences) {
            NameSample s = sample(l, tokenizer);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    static NameSample sample(Labelled l, TokenizerME tokenizer) {
        Span[] tok = tokenizer.tokenizePos(l.text());
        String[] tokens = Span.spansToStrings(tok, l.text());
        List<Span> names = new ArrayList<>();
        for (int[] p : l.persons()) {
            int s = -1;
            int e = -1;
            for (int i = 0; i < tok.length; i++) {
                if (tok[i].getStart() == p[0]) {
                    s = i;
                }
                if (tok[i].getEnd() == p[1]) {
                    e = i + 1;
                }
            }
            if (s < 0 || e <= s) {
                return null;
            }
            names.add(new Span(s, e, "person"));
        }
        return new NameSample(tokens, names.toArray(new Span[0]), true);
    }

    private Labelled fill(String template, Random rnd, List<String> first, List<String> last) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        List<int[]> persons = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                sb.append(c);
                i++;
                continue;
            }
            String slot = template.substring(i + 1, close);
            i = close + 1;
            int start = sb.length();
            boolean person = slot.startsWith("PER");
            sb.append(person ? person(slot, rnd, first, last) : filler(slot, rnd, first, last));
            if (person) {
                persons.add(new int[] {start, sb.length()});
            }
        }
        return new Labelled(sb.toString(), persons);
    }

    private static String pick(List<String> l, Random rnd) {
        return l.get(rnd.nextInt(l.size()));
    }

    private String person(String slot, Random rnd, List<String> first, List<String> last) {
        String f = pick(first, rnd);
        String l = pick(last, rnd);
        return switch (slot) {
            case "PER_FULL" -> f + " " + l;
            case "PER_FIRST" -> f;
            case "PER_LAST" -> rnd.nextInt(5) == 0 ? l + "-" + pick(last, rnd) : l;
            case "PER_COMMA" -> l + ", " + f;
            case "PER_CAPS" -> (rnd.nextBoolean() ? f + " " + l : l + ", " + f).toUpperCase(Locale.ROOT);
            default -> randomForm(f, l, rnd, first, last);
        };
    }

    private static String randomForm(String f, String l, Random rnd, List<String> first, List<String> last) {
        int r = rnd.nextInt(100);
        if (r < 46) return f + " " + l;
        if (r < 53) return f + " " + pick(first, rnd) + " " + l;
        if (r < 60) return f + " " + (char) ('A' + rnd.nextInt(26)) + ". " + l;
        if (r < 66) return l + ", " + f;
        if (r < 72) return (f + " " + l).toUpperCase(Locale.ROOT);
        if (r < 77) return f + " " + l + "-" + pick(last, rnd);
        if (r < 82) return f + " " + PARTICLES[rnd.nextInt(PARTICLES.length)] + (r % 2 == 0 ? " " : " ") + l;
        if (r < 88) return f;
        if (r < 92) return l;
        if (r < 96) return f.charAt(0) + ". " + l;
        return f + " " + l.toUpperCase(Locale.ROOT);
    }

    private String filler(String slot, Random rnd, List<String> first, List<String> last) {
        switch (slot) {
            case "FIRST_NEG":
                return pick(first, rnd);
            case "LAST_NEG":
                return pick(last, rnd);
            case "CITY":
                return pick(fillers.get("city"), rnd);
            case "MONTH":
                return pick(fillers.get("month"), rnd);
            case "COMPANY": {
                int r = rnd.nextInt(10);
                String suffix = pick(fillers.get("company-suffix"), rnd);
                if (r < 5) return pick(last, rnd) + " " + suffix;
                if (r < 7) return pick(fillers.get("company-word"), rnd) + " " + suffix;
                if (r < 9) return pick(last, rnd) + " & " + pick(last, rnd);
                return pick(first, rnd) + "'s " + pick(fillers.get("product-noun"), rnd) + " Shop";
            }
            case "PRODUCT": {
                int r = rnd.nextInt(10);
                String noun = pick(fillers.get("product-noun"), rnd);
                String model = pick(fillers.get("product-model"), rnd);
                if (r < 5) return pick(first, rnd) + " " + noun + (rnd.nextBoolean() ? " " + model : "");
                if (r < 7) return pick(fillers.get("company-word"), rnd) + " " + pick(first, rnd) + " " + model;
                if (r < 9) return pick(fillers.get("company-word"), rnd) + " " + noun + " " + model;
                return pick(last, rnd) + " " + noun;
            }
            case "STREET": {
                int r = rnd.nextInt(10);
                String suffix = pick(fillers.get("street-suffix"), rnd);
                String who = rnd.nextBoolean() ? pick(first, rnd) : pick(last, rnd);
                if (r < 6) return (1 + rnd.nextInt(999)) + " " + who + " " + suffix;
                if (r < 8) return who + " " + suffix + " " + (1 + rnd.nextInt(99));
                return pick(first, rnd) + "-" + pick(last, rnd) + "-Straße " + (1 + rnd.nextInt(99));
            }
            case "NUM":
                return Integer.toString(rnd.nextInt(5000));
            case "ID": {
                int r = rnd.nextInt(4);
                if (r == 0) return "SO-" + (2020 + rnd.nextInt(7)) + "-" + (100000 + rnd.nextInt(900000));
                if (r == 1) return "#" + (10000 + rnd.nextInt(90000));
                if (r == 2) return "00Q" + Long.toString(Math.abs(rnd.nextLong()), 36).substring(0, 9).toUpperCase(Locale.ROOT);
                return "CASE-" + (1000 + rnd.nextInt(9000));
            }
            case "DATE":
                return switch (rnd.nextInt(3)) {
                    case 0 -> String.format(Locale.ROOT, "%04d-%02d-%02d", 2020 + rnd.nextInt(7), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
                    case 1 -> String.format(Locale.ROOT, "%02d.%02d.%04d", 1 + rnd.nextInt(28), 1 + rnd.nextInt(12), 1950 + rnd.nextInt(70));
                    default -> (1 + rnd.nextInt(28)) + " " + pick(fillers.get("month"), rnd);
                };
            case "EMAIL":
                return ascii(pick(first, rnd)) + "." + ascii(pick(last, rnd)) + "@" + pick(List.of("example.com", "gmail.com", "acme.io", "web.de", "orange.fr"), rnd);
            case "PHONE":
                return "+" + (1 + rnd.nextInt(60)) + " " + (100 + rnd.nextInt(900)) + " " + (1000000 + rnd.nextInt(9000000));
            case "HOST":
                return pick(List.of("app-", "web-", "db-", "worker-"), rnd) + rnd.nextInt(20) + ".prod.internal";
            default:
                throw new IllegalArgumentException("unknown slot {" + slot + "}");
        }
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}

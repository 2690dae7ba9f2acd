package io.piiscanner.testdata.gen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.piiscanner.testdata.LabeledLine;
import io.piiscanner.testdata.Span;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Writes the labeled corpora (JSON Lines in the evaluation format of ENTITIES.md), seeded and reproducible:
 * <pre>
 *   --kind dev|heldout|negatives|big  --seed N  --lines N  [--out FILE]  [--stats]
 * </pre>
 * {@code big} streams mixed lines (one in five with PII) for throughput runs without holding them in memory.
 */
public final class CorpusGenerator {

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        String kind = "dev";
        long seed = 1;
        int lines = 5200;
        Path out = null;
        boolean stats = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--kind" -> kind = args[++i];
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--lines" -> lines = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--stats" -> stats = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Map<io.piiscanner.testdata.Entity, Integer> counts = new EnumMap<>(io.piiscanner.testdata.Entity.class);
        try (OutputStream os = out == null ? System.out : Files.newOutputStream(out);
             OutputStream buffered = new BufferedOutputStream(os, 1 << 16);
             JsonGenerator g = new JsonFactory().createGenerator(buffered)) {
            g.setRootValueSeparator(null);
            generate(kind, seed, lines, line -> {
                write(g, line);
                line.spans().forEach(s -> counts.merge(s.entity(), 1, Integer::sum));
            });
        }
        if (stats) {
            System.err.println(kind + " seed " + seed + ": " + lines + " lines");
            counts.forEach((e, n) -> System.err.printf("  %-22s %6d%n", e, n));
        }
    }

    /** Generates {@code lines} lines of a corpus kind and hands each to {@code sink}. */
    public static void generate(String kind, long seed, int lines, Consumer<LabeledLine> sink) {
        Pick pick = new Pick(new Random(seed));
        Ids ids = new Ids(pick);
        Contacts contacts = new Contacts(pick);
        List<Template> templates = switch (kind) {
            case "dev", "big" -> DevTemplates.ALL;
            case "heldout" -> HeldoutTemplates.ALL;
            case "negatives" -> NegativeTemplates.ALL;
            default -> throw new IllegalArgumentException("kind must be dev, heldout, negatives or big");
        };
        for (int i = 0; i < lines; i++) {
            LineBuilder b = new LineBuilder();
            if (kind.equals("big")) {
                // About 100 characters: a business line joined to a second one that holds PII one time in five.
                pick.one(NegativeTemplates.ALL).write(b, ids, contacts, pick);
                b.t(" | ");
                pick.one(pick.chance(0.2) ? DevTemplates.ALL : NegativeTemplates.ALL).write(b, ids, contacts, pick);
            } else {
                // Every template in turn, so each entity gets its share, in a seeded shuffled order.
                templates.get((i + pick.between(0, templates.size() - 1)) % templates.size()).write(b, ids, contacts, pick);
            }
            sink.accept(b.build(kind + "-" + seed + "-" + i));
        }
    }

    private static void write(JsonGenerator g, LabeledLine line) {
        try {
            g.writeStartObject();
            g.writeStringField("id", line.id());
            g.writeStringField("text", line.text());
            g.writeArrayFieldStart("spans");
            for (Span s : line.spans()) {
                g.writeStartObject();
                g.writeNumberField("start", s.start());
                g.writeNumberField("end", s.end());
                g.writeStringField("entity", s.entity().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

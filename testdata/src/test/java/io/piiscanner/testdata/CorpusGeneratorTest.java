package io.piiscanner.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.testdata.check.Validators;
import io.piiscanner.testdata.corpus.CorpusKind;
import io.piiscanner.testdata.corpus.CorpusStats;
import io.piiscanner.testdata.corpus.GeneratedLine;
import io.piiscanner.testdata.text.Lang;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CorpusGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(value = CorpusKind.class, names = {"DEV", "HELDOUT", "BIG"})
    void everySpanIsInBoundsSortedTightAndRevalidates(CorpusKind kind) {
        IntFunction<GeneratedLine> source = kind.source(42);
        for (int i = 0; i < 2500; i++) {
            LabeledLine line = source.apply(i).line();
            String text = line.text();
            int previousEnd = 0;
            for (Span s : line.spans()) {
                assertThat(s.start()).as(line.id()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(s.end()).as(line.id()).isLessThanOrEqualTo(text.length());
                previousEnd = s.end();
                String value = s.of(text);
                assertThat(value).as("%s %s", line.id(), s.entity()).isEqualTo(value.strip());
                assertThat(Validators.isValid(s.entity(), value)).as("%s %s '%s'", line.id(), s.entity(), value).isTrue();
                assertThat(gluedToWord(text, s)).as("%s %s '%s' in: %s", line.id(), s.entity(), value, text).isFalse();
            }
        }
    }

    /** A span must not start or end in the middle of a word (an escaped "\n" before or after is fine). */
    private static boolean gluedToWord(String text, Span s) {
        boolean before = s.start() > 0 && Character.isLetterOrDigit(text.charAt(s.start() - 1))
            && !(s.start() >= 2 && text.charAt(s.start() - 2) == '\\');
        boolean after = s.end() < text.length() && Character.isLetterOrDigit(text.charAt(s.end()))
            && text.charAt(s.end() - 1) != '-';
        return before || after;
    }

    @ParameterizedTest
    @EnumSource(CorpusKind.class)
    void sameSeedSameBytesOtherSeedOtherBytes(CorpusKind kind, @TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        Path c = dir.resolve("c.jsonl");
        CorpusGenerator.write(kind, 7, 400, a);
        CorpusGenerator.write(kind, 7, 400, b);
        CorpusGenerator.write(kind, 8, 400, c);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
        assertThat(Files.readAllLines(a)).hasSize(400);
    }

    @Test
    void linesAreInTheEvaluationFormat(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("dev.jsonl");
        CorpusGenerator.write(CorpusKind.DEV, 3, 200, f);
        for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            JsonNode n = JSON.readTree(l);
            assertThat(n.fieldNames()).toIterable().containsExactly("id", "text", "spans");
            String text = n.get("text").asText();
            for (JsonNode s : n.get("spans")) {
                assertThat(s.fieldNames()).toIterable().containsExactly("start", "end", "entity");
                assertThat(Entity.valueOf(s.get("entity").asText())).isNotNull();
                assertThat(s.get("end").asInt()).isLessThanOrEqualTo(text.length());
            }
        }
    }

    @Test
    void devMeetsItsCoverageTargets() throws IOException {
        CorpusStats s = CorpusGenerator.stats(CorpusKind.DEV, 1, CorpusKind.DEV.defaultLines());
        for (Entity e : Entity.values()) {
            assertThat(s.spans(e)).as(e.name()).isGreaterThanOrEqualTo(120);
        }
        double noPii = (double) s.noPiiLines() / s.lines();
        assertThat(noPii).isBetween(0.10, 0.20);
        assertThat(1.0 - (double) s.lang(Lang.EN) / s.lines()).isGreaterThanOrEqualTo(0.25);
    }

    @Test
    void heldoutKeepsASimilarEntityMix() throws IOException {
        CorpusStats s = CorpusGenerator.stats(CorpusKind.HELDOUT, 3, CorpusKind.HELDOUT.defaultLines());
        for (Entity e : Entity.values()) {
            assertThat(s.spans(e)).as(e.name()).isGreaterThanOrEqualTo(25);
        }
        assertThat(1.0 - (double) s.lang(Lang.EN) / s.lines()).isGreaterThanOrEqualTo(0.25);
    }

    @Test
    void bigLinesAreShortAndMixed() throws IOException {
        CorpusStats s = CorpusGenerator.stats(CorpusKind.BIG, 5, 5000);
        assertThat(s.averageLength()).isBetween(80.0, 130.0);
        assertThat((double) s.noPiiLines() / s.lines()).isBetween(0.4, 0.8);
    }

    /** The checked-in corpora are exactly what the generator writes for their seeds (see README). */
    @ParameterizedTest
    @EnumSource(value = CorpusKind.class, names = {"DEV", "NEGATIVES", "HELDOUT"})
    void checkedInCorporaAreUpToDate(CorpusKind kind, @TempDir Path dir) throws IOException {
        byte[] checkedIn;
        try (InputStream in = getClass().getResourceAsStream("/corpus/" + kind.id() + ".jsonl")) {
            assertThat(in).as("corpus/" + kind.id() + ".jsonl").isNotNull();
            checkedIn = in.readAllBytes();
        }
        long lines = new String(checkedIn, StandardCharsets.UTF_8).lines().count();
        long seed = switch (kind) {
            case DEV -> 1;
            case NEGATIVES -> 2;
            default -> 3;
        };
        Path regenerated = dir.resolve("x.jsonl");
        CorpusGenerator.write(kind, seed, (int) lines, regenerated);
        List<String> now = Files.readAllLines(regenerated, StandardCharsets.UTF_8);
        List<String> before = new String(checkedIn, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.min(now.size(), before.size()); i++) {
            assertThat(now.get(i)).as("line %d of %s.jsonl differs from the generator's output; regenerate it "
                + "with the command in testdata/README.md", i + 1, kind.id()).isEqualTo(before.get(i));
        }
        assertThat(Files.readAllBytes(regenerated)).as(kind.id() + ".jsonl bytes").isEqualTo(checkedIn);
    }

    @Test
    void stdoutStreamingWritesEveryLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var old = System.out;
        try {
            System.setOut(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
            CorpusGenerator.main(new String[] {"--kind", "big", "--seed", "9", "--lines", "300"});
        } finally {
            System.setOut(old);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).hasSize(300);
    }
}

package io.piiscanner.testdata.gen;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.LabeledLine;
import io.piiscanner.testdata.Span;
import io.piiscanner.testdata.check.Luhn;
import io.piiscanner.testdata.check.Mod97;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator is reproducible, its spans are well-formed, and its identifiers carry valid check digits. */
class CorpusGeneratorTest {

    private static List<LabeledLine> generate(String kind, long seed, int lines) {
        List<LabeledLine> out = new ArrayList<>();
        CorpusGenerator.generate(kind, seed, lines, out::add);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "heldout", "negatives", "big"})
    void sameSeedGivesTheSameLines(String kind) {
        assertThat(generate(kind, 42, 300)).isEqualTo(generate(kind, 42, 300));
        assertThat(generate(kind, 42, 300)).isNotEqualTo(generate(kind, 43, 300));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "heldout", "big"})
    void spansAreInsideTheTextSortedAndDoNotOverlap(String kind) {
        for (LabeledLine line : generate(kind, 7, 2000)) {
            Span previous = null;
            for (Span s : line.spans()) {
                assertThat(s.end()).isLessThanOrEqualTo(line.text().length());
                assertThat(s.of(line.text())).as(line.id()).isEqualTo(s.of(line.text()).strip());
                if (previous != null) {
                    assertThat(s.start()).as(line.id()).isGreaterThanOrEqualTo(previous.end());
                }
                previous = s;
            }
        }
    }

    @Test
    void negativesHoldNoSpans() {
        assertThat(generate("negatives", 2, 1000)).allSatisfy(l -> assertThat(l.spans()).isEmpty());
    }

    @Test
    void devCoversEveryEntity() {
        Set<Entity> seen = EnumSet.noneOf(Entity.class);
        generate("dev", 1, 5200).forEach(l -> l.spans().forEach(s -> seen.add(s.entity())));
        assertThat(seen).containsExactlyInAnyOrder(Entity.values());
    }

    @Test
    void checksummedIdentifiersValidateWithThisModulesOwnCode() {
        for (LabeledLine line : generate("dev", 1, 3000)) {
            for (Span s : line.spans()) {
                String v = s.of(line.text());
                if (s.entity() == Entity.CREDIT_CARD || s.entity() == Entity.CA_SIN) {
                    assertThat(Luhn.isValid(v.replaceAll("[ -]", ""))).as(v).isTrue();
                }
                if (s.entity() == Entity.IBAN) {
                    assertThat(Mod97.ibanValid(v.replace(" ", ""))).as(v).isTrue();
                }
            }
        }
    }
}

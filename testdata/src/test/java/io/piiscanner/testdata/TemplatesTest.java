package io.piiscanner.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.testdata.text.Sections;
import io.piiscanner.testdata.text.TemplateSet;
import io.piiscanner.testdata.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Template resources are well formed, and the held-out set shares no clause or frame with dev. */
class TemplatesTest {

    @Test
    void everyClauseHoldsExactlyOneValue() {
        for (String set : List.of("dev", "heldout")) {
            Sections m = TemplateSet.load(set).mentionSections();
            for (Map.Entry<String, List<String>> e : m.all().entrySet()) {
                if (e.getKey().contains(".field") || e.getKey().contains(".sfield") || e.getKey().contains(".label")) {
                    continue;
                }
                assertThat(Entity.valueOf(e.getKey().substring(0, e.getKey().indexOf('.')))).isNotNull();
                for (String clause : e.getValue()) {
                    long values = Token.parse(clause).stream().filter(t -> t.kind() == Token.Kind.VALUE).count();
                    assertThat(values).as(set + " @" + e.getKey() + ": " + clause).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void everyEntityHasClausesAndFieldNamesInBothSets() {
        for (String set : List.of("dev", "heldout")) {
            Sections m = TemplateSet.load(set).mentionSections();
            for (Entity e : Entity.values()) {
                assertThat(m.has(e.name() + ".en")).as(set + " " + e).isTrue();
                assertThat(m.has(e.name() + ".field")).as(set + " " + e).isTrue();
                assertThat(m.has(e.name() + ".sfield")).as(set + " " + e).isTrue();
                assertThat(m.has(e.name() + ".label")).as(set + " " + e).isTrue();
            }
        }
    }

    @Test
    void heldoutPhrasingIsDisjointFromDev() {
        Set<String> dev = normalized(TemplateSet.load("dev").mentionSections(), false);
        Set<String> held = normalized(TemplateSet.load("heldout").mentionSections(), false);
        held.retainAll(dev);
        assertThat(held).as("clauses used by both dev and heldout").isEmpty();
        Set<String> devFrames = normalized(TemplateSet.load("dev").frameSections(), true);
        Set<String> heldFrames = normalized(TemplateSet.load("heldout").frameSections(), true);
        heldFrames.retainAll(devFrames);
        assertThat(heldFrames).as("frames used by both dev and heldout").isEmpty();
    }

    private static Set<String> normalized(Sections s, boolean all) {
        Set<String> out = new HashSet<>();
        s.all().forEach((k, v) -> {
            if (all || !(k.contains(".field") || k.contains(".sfield") || k.contains(".label"))) {
                v.forEach(x -> out.add(x.toLowerCase(Locale.ROOT).replaceAll("\\$\\{[^}]*}", "#").strip()));
            }
        });
        return out;
    }
}

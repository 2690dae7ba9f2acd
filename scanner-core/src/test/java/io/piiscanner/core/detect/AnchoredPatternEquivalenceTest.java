package io.piiscanner.core.detect;

import io.piiscanner.core.detect.nlp.NlpEvaluation;
import io.piiscanner.core.Scanner;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.rules.EntityRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pattern marked {@code starts: trigger} is run anchored at its keywords instead of searched over its
 * windows. That is only a speed-up if it finds the same: every such rule of the default pack, with and without
 * the marking, gives the same findings on the labeled corpora and the hard negatives.
 */
class AnchoredPatternEquivalenceTest {

    @TempDir
    Path unanchored;

    @Test
    void anchoredRulesFindWhatTheirWindowSearchFinds() throws IOException {
        List<String> anchoredRules = new ArrayList<>();
        for (EntityRule rule : Scanner.builder().build().rulePack().rules()) {
            if (rule.isPatternRule() && rule.patterns().stream().anyMatch(p -> p.startsAtTrigger())) {
                anchoredRules.add(rule.id());
            }
        }
        assertThat(anchoredRules).as("rules with anchored patterns").contains("password");
        Path corpora = Path.of(System.getenv().getOrDefault("SCANNER_REPO_ROOT", ".."), "testdata/src/main/resources/corpus");
        assertThat(corpora).as("the labeled corpora of testdata (set SCANNER_REPO_ROOT)").isDirectory();
        List<String> texts = new ArrayList<>();
        for (String corpus : List.of("dev", "heldout", "negatives")) {
            NlpEvaluation.read(corpora.resolve(corpus + ".jsonl")).forEach(d -> texts.add(d.text()));
        }
        for (String id : anchoredRules) {
            String file = ruleFile(id);
            Files.writeString(unanchored.resolve(id + ".yaml"), file.replaceAll("(?m)^\\s+starts: trigger\\n", ""));
            Scanner anchored = Scanner.builder().fingerprintKey(new byte[32]).onlyRules(Set.of(id)).build();
            Scanner searched = Scanner.builder().fingerprintKey(new byte[32]).defaultRules(false)
                    .ruleFolder(unanchored).onlyRules(Set.of(id)).build();
            assertThat(searched.rulePack().rules()).allMatch(r -> r.patterns().stream().noneMatch(p -> p.startsAtTrigger()));
            int found = 0;
            for (String text : texts) {
                List<String> a = describe(anchored.scan(text));
                assertThat(a).as(id + " on: " + text.substring(0, Math.min(80, text.length())))
                        .isEqualTo(describe(searched.scan(text)));
                found += a.size();
            }
            assertThat(found).as(id + " findings").isGreaterThan(100);
            Files.delete(unanchored.resolve(id + ".yaml"));
        }
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.entity() + "@" + f.start() + "-" + f.end() + ":" + f.confidence() + ":"
                + f.detectorId()).toList();
    }

    private static String ruleFile(String id) throws IOException {
        try (InputStream in = AnchoredPatternEquivalenceTest.class.getClassLoader()
                .getResourceAsStream("rules/entities/" + id + ".yaml")) {
            assertThat(in).as("rule file of " + id).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

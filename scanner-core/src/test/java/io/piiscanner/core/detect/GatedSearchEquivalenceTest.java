package io.piiscanner.core.detect;

import com.google.re2j.Pattern;
import io.piiscanner.core.Scanner;
import io.piiscanner.core.detect.nlp.NlpEvaluation;
import io.piiscanner.core.internal.RegexGate;
import io.piiscanner.core.internal.TextWindow;
import io.piiscanner.core.rules.EntityRule;
import io.piiscanner.core.rules.PatternSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine searches a gated pattern by asking the gate where the next match may begin and running RE2J anchored
 * there ({@link DetectionEngine#searchGated}). It must find exactly what RE2J's search of the window finds
 * ({@link DetectionEngine#search}), also where the DFA alone decides a match ({@code RegexGate.matchEnd}): for
 * every searched pattern of the default pack, on whole texts and random
 * windows of the labeled corpora and of random texts (rule examples cut up and spliced with digits, separators,
 * letters in both cases, accented letters, surrogate pairs and lone surrogates). A rule's patterns search from where
 * the alternation gate of all of them finds the first possible start ({@code RegexGate.ofAny}): each must find
 * there what it finds from the window's start.
 */
class GatedSearchEquivalenceTest {

    /** A pattern with its gate, and the alternation gate of its rule's patterns (null for a rule of one pattern). */
    private record Searched(EntityRule rule, PatternSpec pattern, Pattern anchored, RegexGate gate, RegexGate anyGate) {
    }

    @Test
    void gatedSearchFindsWhatTheWindowSearchFinds() throws IOException {
        List<Searched> searched = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        for (EntityRule rule : Scanner.builder().build().rulePack().rules()) {
            RegexGate anyGate = rule.patterns().size() < 2 ? null
                    : RegexGate.ofAny(rule.patterns().stream().map(p -> p.regex().pattern()).toList(),
                            rule.patterns().stream().map(p -> (p.regex().flags() & Pattern.CASE_INSENSITIVE) != 0).toList());
            for (PatternSpec p : rule.patterns()) {
                RegexGate gate = RegexGate.of(p.regex().pattern(), (p.regex().flags() & Pattern.CASE_INSENSITIVE) != 0);
                searched.add(new Searched(rule, p, PatternSpec.anchoredForm(p.regex()), gate, anyGate));
            }
            pieces.addAll(rule.examples().match());
            pieces.addAll(rule.examples().noMatch());
        }
        assertThat(searched).as("every pattern of the pack has a gate").allMatch(s -> s.gate() != null);
        assertThat(searched.stream().filter(s -> s.gate().exact() && s.pattern().group() == 0).count())
                .as("patterns whose matches the DFA finds without RE2J where it sees one end").isGreaterThan(40);
        List<String> texts = new ArrayList<>();
        Path corpora = Path.of(System.getenv().getOrDefault("SCANNER_REPO_ROOT", ".."), "testdata/src/main/resources/corpus");
        for (String corpus : List.of("dev", "heldout", "negatives")) {
            NlpEvaluation.read(corpora.resolve(corpus + ".jsonl")).forEach(d -> texts.add(d.text()));
        }
        Random random = new Random(31);
        String noise = "0123456789 -./:()@_+XYZabcKkSsÅåÉéñÑ\n\t\uD83D\uDE00\u00a0\uDE00\uD83D";
        for (int i = 0; i < 6_000; i++) {
            StringBuilder t = new StringBuilder();
            for (int p = 1 + random.nextInt(6); p > 0; p--) {
                String piece = pieces.get(random.nextInt(pieces.size()));
                int a = random.nextInt(piece.length());
                String cut = piece.substring(a, a + random.nextInt(piece.length() - a + 1));
                t.append(random.nextBoolean() ? cut : cut.toUpperCase(Locale.ROOT));
                for (int n = random.nextInt(4); n > 0; n--) {
                    t.append(noise.charAt(random.nextInt(noise.length())));
                }
            }
            texts.add(t.toString());
        }
        long found = 0;
        long fromAlternationStart = 0;
        List<Candidate> expected = new ArrayList<>();
        List<Candidate> actual = new ArrayList<>();
        for (String text : texts) {
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = from + random.nextInt(Math.min(200, text.length() - from) + 1);
            for (int[] w : new int[][] {{0, text.length()}, {from, to}}) {
                for (Searched s : searched) {
                    expected.clear();
                    actual.clear();
                    DetectionEngine.search(s.rule(), s.pattern(), new TextWindow(text, w[0], w[1]), w[0], 0, expected);
                    DetectionEngine.searchGated(s.rule(), s.pattern(), s.anchored(), s.gate(), text, w[0], w[0], w[1], actual);
                    assertThat(actual).as(s.rule().id() + "/" + s.pattern().name() + " on [" + text.substring(w[0], w[1]) + "]")
                            .isEqualTo(expected);
                    found += expected.size();
                    int anyStart = s.anyGate() == null ? -1 : s.anyGate().firstStart(text, w[0], w[1]);
                    if (anyStart >= 0) {
                        actual.clear();
                        DetectionEngine.searchGated(s.rule(), s.pattern(), s.anchored(), s.gate(), text, w[0], anyStart, w[1],
                                actual);
                        assertThat(actual).as(s.rule().id() + "/" + s.pattern().name() + " from the alternation's first start "
                                + (anyStart - w[0]) + " on [" + text.substring(w[0], w[1]) + "]").isEqualTo(expected);
                        fromAlternationStart += anyStart > w[0] ? 1 : 0;
                    } else if (anyStart == -1 && s.anyGate() != null) {
                        assertThat(expected).as("no match where the alternation gate finds no start").isEmpty();
                    }
                }
            }
        }
        assertThat(found).as("matches compared").isGreaterThan(20_000);
        assertThat(fromAlternationStart).as("searches begun after the window's start").isGreaterThan(10_000);
    }
}

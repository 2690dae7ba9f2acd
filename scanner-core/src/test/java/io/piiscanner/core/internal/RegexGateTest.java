package io.piiscanner.core.internal;

import com.google.re2j.Pattern;
import io.piiscanner.core.Scanner;
import io.piiscanner.core.detect.nlp.NlpEvaluation;
import io.piiscanner.core.rules.EntityRule;
import io.piiscanner.core.rules.PatternSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gate may only say "no match" where RE2J finds none: every pattern, not-after check and context pattern of the
 * default pack is searched by RE2J and asked of its gate on windows of the labeled corpora and of random texts
 * (rule examples cut up and spliced with digits, separators, letters in both cases, accented letters and
 * surrogate pairs). The gates must also rule out most windows, or they would be no use.
 */
class RegexGateTest {

    private record Gated(String name, Pattern pattern, RegexGate gate) {
    }

    @Test
    void noWindowWithARe2jMatchIsRuledOut() throws IOException {
        List<Gated> gated = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        for (EntityRule rule : Scanner.builder().build().rulePack().rules()) {
            for (PatternSpec p : rule.patterns()) {
                gated.add(new Gated(rule.id() + "/" + p.name(), p.regex(), gate(p.regex())));
            }
            for (Pattern p : rule.notAfter()) {
                gated.add(new Gated(rule.id() + "/not_after", p, gate(p)));
            }
            for (Pattern p : rule.context().patterns()) {
                gated.add(new Gated(rule.id() + "/context", p, gate(p)));
            }
            if (rule.examples() != null) {
                pieces.addAll(rule.examples().match());
                pieces.addAll(rule.examples().noMatch());
            }
        }
        assertThat(gated).as("every pattern of the pack has a gate").allMatch(g -> g.gate() != null);
        List<String> texts = new ArrayList<>();
        Path corpora = Path.of(System.getenv().getOrDefault("SCANNER_REPO_ROOT", ".."), "testdata/src/main/resources/corpus");
        for (String corpus : List.of("dev", "negatives")) {
            NlpEvaluation.read(corpora.resolve(corpus + ".jsonl")).forEach(d -> texts.add(d.text()));
        }
        Random random = new Random(29);
        String noise = "0123456789 -./:()@_+XYZabcKkSsÅåÉéñÑ\n\t\uD83D\uDE00\u00a0";
        for (int i = 0; i < 6_000; i++) {
            StringBuilder t = new StringBuilder();
            int parts = 1 + random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                String piece = pieces.get(random.nextInt(pieces.size()));
                int a = random.nextInt(piece.length());
                int b = a + random.nextInt(piece.length() - a + 1);
                String cut = piece.substring(a, b);
                t.append(random.nextBoolean() ? cut : cut.toUpperCase(java.util.Locale.ROOT));
                for (int n = random.nextInt(4); n > 0; n--) {
                    t.append(noise.charAt(random.nextInt(noise.length())));
                }
            }
            texts.add(t.toString());
        }
        long windows = 0;
        long ruledOut = 0;
        long matched = 0;
        for (String text : texts) {
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = from + random.nextInt(Math.min(200, text.length() - from) + 1);
            for (int[] w : new int[][] {{0, text.length()}, {from, to}}) {
                for (Gated g : gated) {
                    boolean re2j = g.pattern().matcher(new TextWindow(text, w[0], w[1])).find();
                    boolean may = g.gate().mayMatch(text, w[0], w[1]);
                    if (re2j) {
                        assertThat(may).as(g.name() + " on [" + text.substring(w[0], w[1]) + "]").isTrue();
                        matched++;
                    }
                    windows++;
                    ruledOut += may ? 0 : 1;
                }
            }
        }
        assertThat(matched).as("windows with a match").isGreaterThan(20_000);
        assertThat(ruledOut).as("windows ruled out of " + windows).isGreaterThan(windows / 2);
    }

    @Test
    void readsCaseInsensitivityFlagsClassesAndRepeatsAsRe2Does() {
        RegexGate word = RegexGate.of("(?i)\\bgeb(?:oren|\\.)\\s+am\\b", false);
        assertThat(word.mayMatch("GEBOREN  Am", 0, 11)).isTrue();
        assertThat(word.mayMatch("geboren: am", 0, 11)).isFalse();
        RegexGate inner = RegexGate.of("x(?i:ab)c", false);
        assertThat(inner.mayMatch("xABc", 0, 4)).isTrue();
        assertThat(inner.mayMatch("xABC", 0, 4)).isFalse();
        RegexGate negated = RegexGate.of("(?i)a[^b]c", false);
        assertThat(negated.mayMatch("aBc", 0, 3)).isFalse();
        assertThat(negated.mayMatch("A-C", 0, 3)).isTrue();
        RegexGate counted = RegexGate.of("\\b\\d{3}[ -]?\\d{2,3}\\b", false);
        assertThat(counted.mayMatch("tel 123-45", 0, 10)).isTrue();
        assertThat(counted.mayMatch("tel 123-4", 0, 9)).isFalse();
        assertThat(counted.mayMatch("tel 123-45", 0, 9)).as("the window's end is the text's end").isFalse();
        assertThat(RegexGate.of("(?P<n>x)", false)).as("named groups are not read").isNull();
        assertThat(RegexGate.of("(?s)x", false)).as("other flags are not read").isNull();
        assertThat(RegexGate.of("x", false).mayMatch("a\uD83D\uDE00b", 0, 4)).as("surrogates: may match").isTrue();
    }

    private static RegexGate gate(Pattern p) {
        return RegexGate.of(p.pattern(), (p.flags() & Pattern.CASE_INSENSITIVE) != 0);
    }
}

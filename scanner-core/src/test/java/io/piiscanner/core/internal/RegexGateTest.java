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
                    com.google.re2j.Matcher m = g.pattern().matcher(new TextWindow(text, w[0], w[1]));
                    boolean re2j = m.find();
                    boolean may = g.gate().mayMatch(text, w[0], w[1]);
                    int first = g.gate().firstStart(text, w[0], w[1]);
                    String what = g.name() + " on [" + text.substring(w[0], w[1]) + "]";
                    assertThat(first == -1).as("firstStart finds no start exactly where mayMatch is false: " + what)
                            .isEqualTo(!may);
                    if (re2j) {
                        assertThat(may).as(what).isTrue();
                        if (first != RegexGate.SURROGATE) {
                            assertThat(first).as("first possible start, " + what).isLessThanOrEqualTo(w[0] + m.start());
                        }
                        if (m.start() > 0 || w[0] == 0) {
                            // as the engine asks it: the character before the place is in RE2J's window
                            boolean at = g.gate().mayMatchAt(text, w[0] + m.start(), w[1]);
                            assertThat(at).as("may match where RE2J's match begins, " + what).isTrue();
                        }
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
    void buildsACharacterClassAsTheSameLanguageAsOneTransitionACharacter() {
        Random random = new Random(11);
        List<String> sets = new ArrayList<>(List.of("0123456789", "aA", "z", "\u00e9\u00c9\u00e8"));
        StringBuilder notDigits = new StringBuilder();
        for (char c = 0; c < 65535; c++) {
            if (c < '0' || c > '9') {
                notDigits.append(c);
            }
        }
        notDigits.append('\uffff');
        sets.add(notDigits.toString());
        for (int i = 0; i < 20; i++) {
            StringBuilder set = new StringBuilder();
            for (int n = random.nextInt(2000); n > 0; n--) {
                set.append((char) random.nextInt(65536));
            }
            sets.add(set.toString());
        }
        for (String set : sets) {
            assertThat(RegexGate.charSet(set).equals(dk.brics.automaton.BasicAutomata.makeCharSet(set)))
                    .as("a set of %d characters", set.length()).isTrue();
        }
        assertThat(RegexGate.charSet("ab").run("c")).isFalse();
        assertThat(RegexGate.charSet("ab").run("b")).isTrue();
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

    @Test
    void firstStartIsWhereTheFirstMatchMayBegin() {
        RegexGate ssn = RegexGate.of("\\b\\d{3}-\\d{2}-\\d{4}\\b", false);
        String text = "SSN 123-45-6789, 987-65-4321";
        assertThat(ssn.firstStart(text, 0, text.length())).isEqualTo(4);
        assertThat(ssn.firstStart(text, 5, text.length())).isEqualTo(17);
        assertThat(ssn.firstStart(text, 5, text.length() - 1)).as("the match must end in the window").isEqualTo(-1);
        assertThat(ssn.firstStart("x1123-45-6789", 0, 13)).as("a leading \\b: only starts at a word boundary")
                .isEqualTo(-1);
        assertThat(ssn.firstStart("x123-45-6789", 1, 1, 12)).as("the window's start is a boundary").isEqualTo(1);
        assertThat(ssn.firstStart("x123-45-6789", 0, 1, 12)).as("a start after the window's start reads the character before it")
                .isEqualTo(-1);
        assertThat(ssn.firstStart("123-45-67890", 0, 12)).as("a trailing \\b: only ends at a word boundary").isEqualTo(-1);
        assertThat(ssn.firstStart("123-45-67890", 0, 11)).as("the window's end is a boundary").isEqualTo(0);
        RegexGate inner = RegexGate.of("\\d{3}\\b\\d", false);
        assertThat(inner.firstStart("1234", 0, 4)).as("a \\b inside the pattern is not read").isEqualTo(0);
        RegexGate alternatives = RegexGate.of("\\bab|cd", false);
        assertThat(alternatives.firstStart("xab", 0, 3)).as("not every alternative begins with \\b").isEqualTo(1);
        String surrogateFirst = "x \uD83D\uDE00 123-45-6789";
        assertThat(ssn.firstStart(surrogateFirst, 0, surrogateFirst.length())).as("a run meets a surrogate first")
                .isEqualTo(RegexGate.SURROGATE);
        String surrogateAfter = "123-45-6789 \uD83D\uDE00";
        assertThat(ssn.firstStart(surrogateAfter, 0, surrogateAfter.length())).as("a start found before the surrogate")
                .isEqualTo(0);
        assertThat(RegexGate.of("a*", false).firstStart("bbb", 1, 3)).as("a pattern that matches the empty string")
                .isEqualTo(1);
    }

    @Test
    void mayMatchAtRunsTheDfaFromOnePlaceOnly() {
        RegexGate password = RegexGate.of("(?i)password\\s*[:=]\\s*\\S+", false);
        String text = "reset the password policy; Password: hunter2";
        assertThat(password.mayMatchAt(text, text.indexOf("password"), text.length())).isFalse();
        assertThat(password.mayMatchAt(text, text.indexOf("Password"), text.length())).isTrue();
        assertThat(password.mayMatchAt(text, text.indexOf("Password"), text.indexOf(':') + 1))
                .as("the match must end by the given end").isFalse();
        assertThat(password.mayMatchAt(text, 0, text.length())).as("not a search: only from the given place").isFalse();
        assertThat(password.mayMatchAt("password: \uD83D\uDE00", 0, 12)).as("surrogates: may match").isTrue();
        RegexGate word = RegexGate.of("(?i)\\bpassword\\s*[:=]\\s*\\S+", false);
        assertThat(word.mayMatchAt("DB_PASSWORD: x", 3, 14)).as("\\b read against the character before").isFalse();
        assertThat(word.mayMatchAt("DB PASSWORD: x", 3, 14)).isTrue();
    }

    /**
     * A gate reads a pattern exactly when its DFA, with a leading and trailing \\b read at a run's ends, accepts just
     * the pattern's matches: then where it finds one place a match can end, that is the match.
     */
    @Test
    void anExactGateTellsWhereTheOnlyPossibleMatchEnds() {
        RegexGate ssn = RegexGate.of("\\b\\d{3}-\\d{2}-\\d{4}\\b", false);
        assertThat(ssn.exact()).isTrue();
        String text = "SSN 536-22-1234, x536-22-1234";
        assertThat(ssn.matchEnd(text, 0, 4, text.length())).isEqualTo(15);
        assertThat(ssn.matchEnd(text, 0, 5, text.length())).as("no match begins inside the number").isEqualTo(-1);
        assertThat(ssn.matchEnd(text, 0, 18, text.length())).as("no word boundary before it").isEqualTo(-1);
        assertThat(ssn.matchEnd(text, 0, 4, 14)).as("the window ends inside it").isEqualTo(-1);
        RegexGate account = RegexGate.of("\\b\\d{3,6}-\\d{3,8}(?:-\\d{1,4})?\\b", false);
        assertThat(account.matchEnd("123-4567-89", 0, 0, 11)).as("two places it may end: RE2J chooses")
                .isEqualTo(RegexGate.AMBIGUOUS);
        assertThat(RegexGate.of("\\b\\d{3}\\b", false).matchEnd("12\uD83D\uDE00", 0, 0, 4)).as("a surrogate")
                .isEqualTo(RegexGate.AMBIGUOUS);
        assertThat(RegexGate.of("(?i)\\bssn\\b", false).exact()).as("case folding is a superset").isFalse();
        assertThat(RegexGate.of("\\bab", true).exact()).as("case-insensitive pattern").isFalse();
        assertThat(RegexGate.of("a.b", false).exact()).as(". is any character but a newline in RE2").isFalse();
        assertThat(RegexGate.of("^ab$", false).exact()).as("anchors").isFalse();
        assertThat(RegexGate.of("a\\bb", false).exact()).as("a \\b inside").isFalse();
        assertThat(RegexGate.of("\\d{2,60}", false).exact()).as("a bound above 40 is opened").isFalse();
        assertThat(RegexGate.of("a*", false).exact()).as("matches the empty string").isFalse();
        assertThat(RegexGate.of("[^\\s/@]+", false).exact()).isTrue();
    }

    /** RE2's \\s is [\\t\\n\\f\\r ]: its complement holds the vertical tab, which the gate must not rule out. */
    @Test
    void readsPerlClassesAsRe2Does() {
        for (String regex : List.of("\\S+", "[^\\s]+", "\\s", "\\d", "\\D", "\\w", "\\W")) {
            RegexGate gate = RegexGate.of(regex, false);
            for (char c = 0; c < 256; c++) {
                String one = String.valueOf(c);
                boolean re2j = Pattern.compile(regex).matcher(one).matches();
                assertThat(gate.mayMatch(one, 0, 1)).as(regex + " on U+%04X", (int) c).isEqualTo(re2j);
            }
        }
    }

    private static RegexGate gate(Pattern p) {
        return RegexGate.of(p.pattern(), (p.flags() & Pattern.CASE_INSENSITIVE) != 0);
    }
}

package io.piiscanner.core.detect;

import io.piiscanner.core.Scanner;
import io.piiscanner.core.rules.EntityRule;
import io.piiscanner.core.rules.Prefilter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate index against the one it replaced ({@link BaselineCandidateIndex}, whose tokens came from a pass
 * over the whole text and whose runs were read for every separator set at once): on generated texts full of digit
 * groups, separators, letters glued to digits, non-ASCII letters and token extras, both answer the same for every
 * separator set and extra-character set of the default rule pack (and a few more), whatever order the sets are
 * asked in, index reused from text to text as a scan does.
 */
class CandidateIndexEquivalenceTest {

    private static final String[] PIECES = {
        " ", " ", " ", "-", ".", "/", "(", ")", "_", ":", ",", "\n", "\u00a0", "é", "ß", "Ж", "中", "ª", "+", "#",
        "a", "Z", "x", "AB", "DE", "GB", "IT", "ABCDE", "Order", "Bestellung", "Straße", "номер", "réf", "SO-", "INV_",
        "::", "fe80::", "192.168.", "(415) ", "-L", "Z ", " X",
    };

    private static List<String> separatorSets(List<EntityRule> rules) {
        Set<String> sets = new LinkedHashSet<>();
        for (EntityRule rule : rules) {
            if (rule.prefilter().digits() != null) {
                sets.add(rule.prefilter().digits().separators());
            }
        }
        return new ArrayList<>(sets);
    }

    private static List<String> tokenExtras(List<EntityRule> rules) {
        Set<String> extras = new LinkedHashSet<>();
        for (EntityRule rule : rules) {
            if (rule.prefilter().tokens() != null) {
                extras.add(rule.prefilter().tokens().extraChars());
            }
        }
        return new ArrayList<>(extras);
    }

    /** A text of digit groups (up to a dozen digits), separators, words, letters glued to digits and non-ASCII. */
    private static String text(Random random) {
        StringBuilder t = new StringBuilder();
        int pieces = random.nextInt(10) == 0 ? 200 + random.nextInt(600) : random.nextInt(24);
        for (int p = 0; p < pieces; p++) {
            if (random.nextInt(20) == 0) {
                // a date's shape, or one digit off it
                char sep = "-./ ".charAt(random.nextInt(4));
                int[] widths = random.nextBoolean() ? new int[] {4, 2, 2} : new int[] {2, 2, random.nextBoolean() ? 4 : 2};
                for (int part = 0; part < 3; part++) {
                    t.append(part == 0 ? "" : String.valueOf(sep));
                    for (int d = widths[part] + (random.nextInt(8) == 0 ? 1 : 0); d > 0; d--) {
                        t.append((char) ('0' + random.nextInt(10)));
                    }
                }
            } else if (random.nextInt(5) < 2) {
                for (int d = 1 + random.nextInt(random.nextBoolean() ? 4 : 12); d > 0; d--) {
                    t.append((char) ('0' + random.nextInt(10)));
                }
            } else {
                t.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return t.toString();
    }

    @Test
    void answersAsTheBaselineForEverySetOfTheDefaultPack() {
        List<EntityRule> rules = Scanner.builder().build().rulePack().rules();
        List<String> separators = new ArrayList<>(separatorSets(rules));
        List<String> extras = new ArrayList<>(tokenExtras(rules));
        assertThat(separators).as("the pack's separator sets").hasSizeGreaterThan(5).contains("", " ", " -./()");
        assertThat(extras).as("the pack's token extras").contains("", "-", ":.");
        // sets the pack does not have yet: every separator, and extras with an underscore or a non-ASCII letter
        separators.add(" -./()_:");
        extras.add("_:é");
        extras.add("ß");
        CandidateIndex.Shapes shapes = new CandidateIndex.Shapes(separators, extras);
        BaselineCandidateIndex.Shapes baselineShapes = new BaselineCandidateIndex.Shapes(separators, extras);
        CandidateIndex index = new CandidateIndex(null, shapes);
        BaselineCandidateIndex baseline = new BaselineCandidateIndex(null, baselineShapes);
        Random random = new Random(8);
        int runs = 0;
        int joined = 0;
        int tokens = 0;
        int lettered = 0;
        int glued = 0;
        int dates = 0;
        for (int trial = 0; trial < 40_000; trial++) {
            String text = text(random);
            if (random.nextInt(50) == 0) {
                // a fresh index now and then, as a second scan thread would have
                index = new CandidateIndex(text, shapes);
            } else {
                index.reset(text);
            }
            baseline.reset(text);
            // the sets in another order each text: each is read when first asked, tokens before or after runs
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < separators.size() + extras.size(); i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, random);
            if (random.nextBoolean()) {
                assertThat(index.hasDigits()).as(text).isEqualTo(baseline.hasDigits());
            }
            for (int which : order) {
                if (which >= separators.size()) {
                    int e = which - separators.size();
                    String what = "'" + text + "' extras '" + extras.get(e) + "'";
                    int n = index.tokenInts(e);
                    assertThat(n).as(what).isEqualTo(baseline.tokenInts(e));
                    assertThat(java.util.Arrays.copyOf(index.tokens(e), n)).as(what)
                            .isEqualTo(java.util.Arrays.copyOf(baseline.tokens(e), n));
                    tokens += n / 4;
                    continue;
                }
                int set = which;
                String what = "'" + text + "' separators '" + separators.get(set) + "'";
                CandidateIndex.DigitRun[] got = index.digitRuns(set);
                BaselineCandidateIndex.DigitRun[] want = baseline.digitRuns(set);
                int n = index.digitRunCount(set);
                assertThat(n).as(what).isEqualTo(baseline.digitRunCount(set));
                assertThat(index.maxRunDigits(set)).as(what).isEqualTo(baseline.maxRunDigits(set));
                assertThat(index.maxRunGroups(set)).as(what).isEqualTo(baseline.maxRunGroups(set));
                for (int i = 0; i < n; i++) {
                    CandidateIndex.DigitRun run = got[i];
                    BaselineCandidateIndex.DigitRun old = want[i];
                    String shape = describe(run);
                    assertThat(shape).as(what).isEqualTo(describe(old));
                    for (Prefilter.LetterSide side : Prefilter.LetterSide.values()) {
                        assertThat(index.letterOn(run, side)).as("%s %s %s", what, side, shape)
                                .isEqualTo(baseline.letterOn(old, side));
                    }
                    assertThat(index.gluedToLetter(run)).as("%s glued %s", what, shape)
                            .isEqualTo(baseline.gluedToLetter(old));
                    assertThat(index.isDateLike(run)).as("%s date-like %s", what, shape)
                            .isEqualTo(baseline.isDateLike(old));
                    runs++;
                    joined += run.groupCount() > 1 ? 1 : 0;
                    lettered += index.letterOn(run, Prefilter.LetterSide.EITHER) ? 1 : 0;
                    glued += index.gluedToLetter(run) ? 1 : 0;
                    dates += index.isDateLike(run) ? 1 : 0;
                }
            }
            assertThat(index.hasDigits()).as(text).isEqualTo(baseline.hasDigits());
            if (random.nextInt(20) == 0) {
                index.reset(null);
                baseline.reset(null);
            }
        }
        // the texts reached every case the answers tell apart
        assertThat(runs).isGreaterThan(4_000_000);
        assertThat(joined).isGreaterThan(500_000);
        assertThat(tokens).isGreaterThan(2_000_000);
        assertThat(lettered).isGreaterThan(1_000_000);
        assertThat(glued).isGreaterThan(2_000_000);
        assertThat(dates).isGreaterThan(40_000);
    }

    private static String describe(CandidateIndex.DigitRun run) {
        StringBuilder b = new StringBuilder().append(run.start()).append('-').append(run.end()).append(':');
        for (int g = 0; g < run.groupCount(); g++) {
            b.append(run.groupStart(g)).append('/').append(run.groupEnd(g)).append('=').append(run.digits(g)).append(' ');
        }
        return b.toString();
    }

    private static String describe(BaselineCandidateIndex.DigitRun run) {
        StringBuilder b = new StringBuilder().append(run.start()).append('-').append(run.end()).append(':');
        for (int g = 0; g < run.groupCount(); g++) {
            b.append(run.groupStart(g)).append('/').append(run.groupEnd(g)).append('=').append(run.digits(g)).append(' ');
        }
        return b.toString();
    }
}

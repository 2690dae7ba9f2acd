package io.piiscanner.core.detect;

import io.piiscanner.core.rules.Prefilter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateIndexTest {

    /** An index whose shapes hold one separator set (number 0) and the token extras "" (number 0). */
    private static CandidateIndex index(String text, String separators) {
        return new CandidateIndex(text, new CandidateIndex.Shapes(List.of(separators), List.of("")));
    }

    private static List<CandidateIndex.DigitRun> runs(CandidateIndex idx) {
        return runs(idx, 0);
    }

    /** The runs of separator set {@code set}: the first {@code digitRunCount} places of the index's array. */
    private static List<CandidateIndex.DigitRun> runs(CandidateIndex idx, int set) {
        CandidateIndex.DigitRun[] all = idx.digitRuns(set);
        return List.of(java.util.Arrays.copyOf(all, idx.digitRunCount(set)));
    }

    /** The tokens that fit {@code t}, as start/end pairs. */
    private static List<int[]> tokens(CandidateIndex idx, Prefilter.TokenTrigger t) {
        int[] all = idx.tokens(0);
        List<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < idx.tokenInts(0); i += 4) {
            if (idx.tokenFits(all, i, t)) {
                out.add(new int[] {all[i], all[i + 1]});
            }
        }
        return out;
    }

    @Test
    void joinsDigitGroupsAcrossTheGivenSeparatorsOnly() {
        String text = "card 4539 1488 0343 6467, tel (415) 555-2671";
        List<CandidateIndex.DigitRun> spaced = runs(index(text, " -"));
        assertThat(spaced).extracting(r -> text.substring(r.start(), r.end()))
                .containsExactly("4539 1488 0343 6467", "415", "555-2671");
        List<CandidateIndex.DigitRun> phone = runs(index(text, " -()"));
        assertThat(phone).extracting(r -> text.substring(r.start(), r.end()))
                .containsExactly("4539 1488 0343 6467", "415) 555-2671");
    }

    @Test
    void findsASpanOfTheRightDigitCountInsideALongerRun() {
        CandidateIndex.DigitRun run = runs(index("536-22-1234 4155552671", " -")).get(0);
        assertThat(CandidateIndex.hasDigitSpan(run, 9, 9)).isTrue();
        assertThat(CandidateIndex.hasDigitSpan(run, 12, 12)).isFalse();
    }

    @Test
    void digitSpanAnswerEqualsTryingEveryRangeOfGroups() {
        java.util.Random random = new java.util.Random(11);
        int yes = 0;
        for (int trial = 0; trial < 5_000; trial++) {
            int groups = 1 + random.nextInt(12);
            StringBuilder text = new StringBuilder();
            for (int g = 0; g < groups; g++) {
                text.append(g == 0 ? "" : " ").append("7".repeat(1 + random.nextInt(6)));
            }
            CandidateIndex.DigitRun run = runs(index(text.toString(), " ")).get(0);
            int min = 1 + random.nextInt(20);
            int max = min + random.nextInt(6);
            boolean expected = false;
            for (int a = 0; a < run.groupCount() && !expected; a++) {
                int total = 0;
                for (int b = a; b < run.groupCount(); b++) {
                    total += run.digits(b);
                    expected |= total >= min && total <= max;
                }
            }
            assertThat(CandidateIndex.hasDigitSpan(run, min, max)).as(text + " [" + min + ", " + max + "]").isEqualTo(expected);
            yes += expected ? 1 : 0;
        }
        assertThat(yes).isBetween(1_000, 4_000);
    }

    @Test
    void recognisesDateShapes() {
        CandidateIndex sep = index("2024-03-12", "-./");
        assertThat(sep.isDateLike(runs(sep).get(0))).isTrue();
        CandidateIndex phone = index("030-123-4567", "-./");
        assertThat(phone.isDateLike(runs(phone).get(0))).isFalse();
        CandidateIndex mixed = index("12.03-2024", "-./");
        assertThat(mixed.isDateLike(runs(mixed).get(0))).isFalse();
    }

    @Test
    void tokensNeedADigitAndTheRequestedShape() {
        CandidateIndex idx = index("Codice RSSMRA85T10A562S, word Supercalifragilistic, DE89 x", "");
        Prefilter.TokenTrigger sixteen = new Prefilter.TokenTrigger(16, 16, 1, 8, "", 0, "");
        assertThat(tokens(idx, sixteen)).extracting(t -> idx.text().substring(t[0], t[1])).containsExactly("RSSMRA85T10A562S");
        assertThat(tokens(index("no digits here at all", ""), new Prefilter.TokenTrigger(1, 99, 0, 0, "", 0, ""))).isEmpty();
    }

    @Test
    void aLetterPrefixMustStandAloneNotEndARecordId() {
        CandidateIndex nino = index("NI number XN 10 95 58 D", " ");
        assertThat(nino.letterOn(runs(nino).get(0), Prefilter.LetterSide.BEFORE)).isTrue();
        CandidateIndex recordId = index("contact 00U3t000063mChX", " ");
        CandidateIndex.DigitRun inside = runs(recordId).get(2);
        assertThat(recordId.text().substring(inside.start(), inside.end())).isEqualTo("000063");
        assertThat(recordId.letterOn(inside, Prefilter.LetterSide.BEFORE)).isFalse();
    }

    @Test
    void aRunIsWorthValidatingWhenSomeSpanOfItsGroupsPasses() {
        var ssn = io.piiscanner.core.validate.Validators.byName("us-ssn").orElseThrow();
        CandidateIndex idx = index("ref 12 536-22-1234 and order 000-00-0000", " -");
        List<CandidateIndex.DigitRun> runs = runs(idx);
        assertThat(idx.someSpanValidates(runs.get(0), 9, 9, ssn)).as("the SSN after a stray group").isTrue();
        assertThat(idx.someSpanValidates(runs.get(1), 9, 9, ssn)).as("an SSN the SSA never issues").isFalse();
    }

    /**
     * The engine's runs (separator sets numbered once, every gap's joining sets computed in one pass) against a
     * reference that reads each gap per set: random texts of digit groups and the separators of the rule pack,
     * letters and non-ASCII characters between them.
     */
    @Test
    void numberedSeparatorSetsGiveTheReferenceRuns() {
        List<String> sets = List.of(" -./()", " -", ".-", " /", ".", "", " .", " -.", "-", " ", "()", "-./");
        CandidateIndex.Shapes shapes = new CandidateIndex.Shapes(sets, List.of(""));
        String filler = " -./()x:é\u00a0_";
        java.util.Random random = new java.util.Random(17);
        int runs = 0;
        for (int trial = 0; trial < 5_000; trial++) {
            StringBuilder t = new StringBuilder();
            int parts = random.nextInt(12);
            for (int i = 0; i < parts; i++) {
                t.append("0123456789".substring(0, 1 + random.nextInt(5)));
                int gap = random.nextInt(5);
                for (int j = 0; j < gap; j++) {
                    t.append(filler.charAt(random.nextInt(filler.length())));
                }
            }
            String text = t.toString();
            CandidateIndex fast = new CandidateIndex(text, shapes);
            for (String set : sets) {
                List<String> expected = referenceRuns(text, set);
                List<String> actual = runs(fast, shapes.separatorSet(set)).stream()
                        .map(CandidateIndexTest::describe).toList();
                assertThat(actual).as("'" + text + "' / '" + set + "'").isEqualTo(expected);
                runs += expected.size();
                int maxDigits = 0;
                int maxGroups = 0;
                for (CandidateIndex.DigitRun run : runs(fast, shapes.separatorSet(set))) {
                    int digits = 0;
                    for (int g = 0; g < run.groupCount(); g++) {
                        digits += run.digits(g);
                    }
                    maxDigits = Math.max(maxDigits, digits);
                    maxGroups = Math.max(maxGroups, run.groupCount());
                }
                assertThat(fast.maxRunDigits(shapes.separatorSet(set))).as("most digits in '" + text + "' / '" + set + "'")
                        .isEqualTo(maxDigits);
                assertThat(fast.maxRunGroups(shapes.separatorSet(set))).as("most groups in '" + text + "' / '" + set + "'")
                        .isEqualTo(maxGroups);
            }
        }
        assertThat(runs).isGreaterThan(10_000);
    }

    /**
     * An index lives as long as its scan thread: the runs of a usual text are kept for the next one, but those of a
     * field with thousands of digit groups are let go once the index is reset to no text.
     */
    @Test
    void keepsTheRunsOfUsualTextsButNotOfAHugeOne() {
        CandidateIndex idx = index("call 555 0100 or 555 0199, order 42", " ");
        assertThat(runs(idx)).hasSize(3);
        idx.reset(null);
        assertThat(idx.largestRunPool()).as("a usual text's runs are kept").isBetween(1, CandidateIndex.KEPT_RUNS);

        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            huge.append(i).append(i % 7 == 0 ? " " : ", ");
        }
        idx.reset(huge.toString());
        assertThat(runs(idx).size()).isGreaterThan(CandidateIndex.KEPT_RUNS);
        idx.reset(null);
        assertThat(idx.largestRunPool()).as("a huge text's runs are dropped").isLessThanOrEqualTo(CandidateIndex.KEPT_RUNS);

        idx.reset("SSN 123 45 6789");
        assertThat(runs(idx)).extracting(CandidateIndexTest::describe).containsExactly(describe(runs(index("SSN 123 45 6789", " ")).get(0)));
    }

    /**
     * What touches a run's edges is read once a text, per digit group: letterOn and gluedToLetter must answer as the
     * definitions read at the run's own edges do (below), on random texts of digits, letters, separators and
     * non-ASCII letters, for every separator set.
     */
    @Test
    void edgeFlagsAnswerAsTheDefinitionsAtTheRunsEdges() {
        List<String> sets = List.of(" -./()", " -", ".-", " /", ".", "", " .", " -.", "-", " ", "()", "-./");
        CandidateIndex.Shapes shapes = new CandidateIndex.Shapes(sets, List.of(""));
        String filler = " -./_xYéZ\u00e9:";
        java.util.Random random = new java.util.Random(19);
        int letters = 0;
        int glued = 0;
        for (int trial = 0; trial < 5_000; trial++) {
            StringBuilder t = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                t.append("0123456789".substring(0, 1 + random.nextInt(4)));
                for (int j = random.nextInt(5); j > 0; j--) {
                    t.append(filler.charAt(random.nextInt(filler.length())));
                }
            }
            String text = t.toString();
            CandidateIndex idx = new CandidateIndex(text, shapes);
            for (String set : sets) {
                for (CandidateIndex.DigitRun run : runs(idx, shapes.separatorSet(set))) {
                    String what = "'" + text + "' / '" + set + "' " + describe(run);
                    boolean before = letterBefore(text, run.start());
                    boolean after = letterAfter(text, run.end());
                    assertThat(idx.letterOn(run, Prefilter.LetterSide.BEFORE)).as(what).isEqualTo(before);
                    assertThat(idx.letterOn(run, Prefilter.LetterSide.AFTER)).as(what).isEqualTo(after);
                    assertThat(idx.letterOn(run, Prefilter.LetterSide.EITHER)).as(what).isEqualTo(before || after);
                    assertThat(idx.letterOn(run, Prefilter.LetterSide.ANY_OR_NONE)).as(what).isTrue();
                    boolean g = glued(text, run.start(), run.end());
                    assertThat(idx.gluedToLetter(run)).as(what).isEqualTo(g);
                    letters += before || after ? 1 : 0;
                    glued += g ? 1 : 0;
                }
            }
        }
        assertThat(letters).as("runs with a letter on a side").isGreaterThan(5_000);
        assertThat(glued).as("runs glued to a letter").isGreaterThan(5_000);
    }

    /** One index reset for text after text answers as a new index for each text: nothing is carried over. */
    @Test
    void aResetIndexAnswersAsANewOne() {
        List<String> sets = List.of(" -", "", "()- ");
        List<String> extras = List.of("", ":", "-_");
        CandidateIndex.Shapes shapes = new CandidateIndex.Shapes(sets, extras);
        CandidateIndex reused = new CandidateIndex(null, shapes);
        String alphabet = "0123456789 -():_aZé\u00a0";
        java.util.Random random = new java.util.Random(37);
        int tokens = 0;
        for (int trial = 0; trial < 5_000; trial++) {
            StringBuilder t = new StringBuilder();
            for (int i = random.nextInt(trial % 10 == 0 ? 400 : 40); i > 0; i--) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = t.toString();
            reused.reset(text);
            CandidateIndex fresh = new CandidateIndex(text, shapes);
            assertThat(reused.hasDigits()).as(text).isEqualTo(fresh.hasDigits());
            for (int e = 0; e < extras.size(); e++) {
                assertThat(reused.tokenInts(e)).as(text).isEqualTo(fresh.tokenInts(e));
                assertThat(java.util.Arrays.copyOf(reused.tokens(e), reused.tokenInts(e)))
                        .as(text).isEqualTo(java.util.Arrays.copyOf(fresh.tokens(e), fresh.tokenInts(e)));
                tokens += fresh.tokenInts(e) / 4;
            }
            for (int set = 0; set < sets.size(); set++) {
                List<String> a = runs(reused, set).stream().map(r -> describe(r)
                        + reused.gluedToLetter(r) + reused.letterOn(r, Prefilter.LetterSide.EITHER)).toList();
                List<String> b = runs(fresh, set).stream().map(r -> describe(r)
                        + fresh.gluedToLetter(r) + fresh.letterOn(r, Prefilter.LetterSide.EITHER)).toList();
                assertThat(a).as(text).isEqualTo(b);
            }
        }
        assertThat(tokens).isGreaterThan(10_000);
    }

    /** Tokens against their definition: maximal runs of ASCII letters, digits and the extras, holding a digit. */
    @Test
    void tokensAreTheMaximalRunsOfTokenCharactersHoldingADigit() {
        List<String> extras = List.of("", ":", "-_", "é");
        CandidateIndex.Shapes shapes = new CandidateIndex.Shapes(List.of(" "), extras);
        String alphabet = "0123456789 :-_aZé\u00a0.";
        java.util.Random random = new java.util.Random(41);
        for (int trial = 0; trial < 5_000; trial++) {
            StringBuilder t = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = t.toString();
            CandidateIndex idx = new CandidateIndex(text, shapes);
            for (int e = 0; e < extras.size(); e++) {
                String extra = extras.get(e);
                List<String> expected = new java.util.ArrayList<>();
                StringBuilder cls = new StringBuilder("[0-9A-Za-z");
                extra.chars().forEach(c -> cls.append(c < 128 ? "\\" : "").append((char) c));
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(cls + "]+").matcher(text);
                while (m.find()) {
                    String tok = m.group();
                    long digits = tok.chars().filter(c -> c >= '0' && c <= '9').count();
                    long letters = tok.chars().filter(c -> c < 128 && Character.isLetter(c)).count();
                    if (digits > 0) {
                        expected.add(m.start() + "-" + m.end() + ":" + digits + "/" + letters);
                    }
                }
                List<String> actual = new java.util.ArrayList<>();
                int[] all = idx.tokens(e);
                for (int i = 0; i < idx.tokenInts(e); i += 4) {
                    actual.add(all[i] + "-" + all[i + 1] + ":" + all[i + 2] + "/" + all[i + 3]);
                }
                assertThat(actual).as("'" + text + "' extras '" + extra + "'").isEqualTo(expected);
            }
        }
    }

    /** One to three letters standing alone just before the run, one space or dash between at most. */
    private static boolean letterBefore(String text, int s) {
        int i = s - 1;
        if (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i--;
        }
        int letters = 0;
        while (i >= 0 && letters <= 3 && Character.isLetter(text.charAt(i))) {
            letters++;
            i--;
        }
        return letters >= 1 && letters <= 3 && (i < 0 || !Character.isLetterOrDigit(text.charAt(i)));
    }

    /** A single letter just after the run, one space or dash between at most, not the start of a word. */
    private static boolean letterAfter(String text, int e) {
        int i = e;
        if (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i++;
        }
        return i < text.length() && Character.isLetter(text.charAt(i))
                && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)));
    }

    /** A letter touches the run, or stands behind a joining "-", "_" or "/". */
    private static boolean glued(String text, int s, int e) {
        boolean before = s > 0 && (Character.isLetter(text.charAt(s - 1))
                || s > 1 && "-_/".indexOf(text.charAt(s - 1)) >= 0 && Character.isLetter(text.charAt(s - 2)));
        boolean after = e < text.length() && (Character.isLetter(text.charAt(e))
                || e + 1 < text.length() && "-_/".indexOf(text.charAt(e)) >= 0 && Character.isLetter(text.charAt(e + 1)));
        return before || after;
    }

    /**
     * The definition: maximal groups of ASCII digits, joined when the gap between two is one to three characters,
     * all of the set.
     */
    private static List<String> referenceRuns(String text, String separators) {
        List<int[]> groups = new java.util.ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                int start = i;
                while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                groups.add(new int[] {start, i});
            }
        }
        List<String> out = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int k = 0; k < groups.size(); k++) {
            run.append(groups.get(k)[0]).append('/').append(groups.get(k)[1]).append(' ');
            boolean joins = false;
            if (k + 1 < groups.size()) {
                String gap = text.substring(groups.get(k)[1], groups.get(k + 1)[0]);
                joins = gap.length() <= 3 && !separators.isEmpty() && gap.chars().allMatch(c -> separators.indexOf(c) >= 0);
            }
            if (!joins) {
                int first = run.indexOf("/");
                int start = Integer.parseInt(run.substring(0, first));
                out.add(start + "-" + groups.get(k)[1] + ":" + run);
                run.setLength(0);
            }
        }
        return out;
    }

    private static String describe(CandidateIndex.DigitRun run) {
        StringBuilder b = new StringBuilder().append(run.start()).append('-').append(run.end()).append(':');
        for (int g = 0; g < run.groupCount(); g++) {
            b.append(run.groupStart(g)).append('/').append(run.groupEnd(g)).append(' ');
        }
        return b.toString();
    }
}

package io.piiscanner.core.detect;

import io.piiscanner.core.rules.Prefilter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateIndexTest {

    @Test
    void joinsDigitGroupsAcrossTheGivenSeparatorsOnly() {
        CandidateIndex idx = new CandidateIndex("card 4539 1488 0343 6467, tel (415) 555-2671");
        List<CandidateIndex.DigitRun> spaced = idx.digitRuns(" -");
        assertThat(spaced).extracting(r -> idx.text().substring(r.start(), r.end()))
                .containsExactly("4539 1488 0343 6467", "415", "555-2671");
        List<CandidateIndex.DigitRun> phone = idx.digitRuns(" -()");
        assertThat(phone).extracting(r -> idx.text().substring(r.start(), r.end()))
                .containsExactly("4539 1488 0343 6467", "415) 555-2671");
    }

    @Test
    void findsASpanOfTheRightDigitCountInsideALongerRun() {
        CandidateIndex idx = new CandidateIndex("536-22-1234 4155552671");
        CandidateIndex.DigitRun run = idx.digitRuns(" -").get(0);
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
            CandidateIndex.DigitRun run = new CandidateIndex(text.toString()).digitRuns(" ").get(0);
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
        CandidateIndex sep = new CandidateIndex("2024-03-12");
        assertThat(sep.isDateLike(sep.digitRuns("-./").get(0))).isTrue();
        CandidateIndex phone = new CandidateIndex("030-123-4567");
        assertThat(phone.isDateLike(phone.digitRuns("-./").get(0))).isFalse();
        CandidateIndex mixed = new CandidateIndex("12.03-2024");
        assertThat(mixed.isDateLike(mixed.digitRuns("-./").get(0))).isFalse();
    }

    @Test
    void tokensNeedADigitAndTheRequestedShape() {
        CandidateIndex idx = new CandidateIndex("Codice RSSMRA85T10A562S, word Supercalifragilistic, DE89 x");
        Prefilter.TokenTrigger sixteen = new Prefilter.TokenTrigger(16, 16, 1, 8, "", 0, "");
        assertThat(idx.tokens(sixteen)).extracting(t -> idx.text().substring(t[0], t[1])).containsExactly("RSSMRA85T10A562S");
        assertThat(new CandidateIndex("no digits here at all").tokens(new Prefilter.TokenTrigger(1, 99, 0, 0, "", 0, ""))).isEmpty();
    }

    @Test
    void aLetterPrefixMustStandAloneNotEndARecordId() {
        CandidateIndex nino = new CandidateIndex("NI number XN 10 95 58 D");
        assertThat(nino.letterOn(nino.digitRuns(" ").get(0), Prefilter.LetterSide.BEFORE)).isTrue();
        CandidateIndex recordId = new CandidateIndex("contact 00U3t000063mChX");
        CandidateIndex.DigitRun inside = recordId.digitRuns(" ").get(2);
        assertThat(recordId.text().substring(inside.start(), inside.end())).isEqualTo("000063");
        assertThat(recordId.letterOn(inside, Prefilter.LetterSide.BEFORE)).isFalse();
    }

    @Test
    void aRunIsWorthValidatingWhenSomeSpanOfItsGroupsPasses() {
        var ssn = io.piiscanner.core.validate.Validators.byName("us-ssn").orElseThrow();
        CandidateIndex idx = new CandidateIndex("ref 12 536-22-1234 and order 000-00-0000");
        List<CandidateIndex.DigitRun> runs = idx.digitRuns(" -");
        assertThat(idx.someSpanValidates(runs.get(0), 9, 9, ssn)).as("the SSN after a stray group").isTrue();
        assertThat(idx.someSpanValidates(runs.get(1), 9, 9, ssn)).as("an SSN the SSA never issues").isFalse();
    }
}

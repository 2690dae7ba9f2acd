package io.piiscanner.core.internal;

import com.google.re2j.Pattern;
import io.piiscanner.core.Scanner;
import io.piiscanner.core.rules.EntityRule;
import io.piiscanner.core.rules.PatternSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gate reads ASCII characters through a table of character classes (characters every state treats alike) rather
 * than a row of 128 next states a state: it must step exactly as the DFA it was built from, and be small enough to
 * stay in the cache while the other rules of a scan run.
 */
class RegexGateTableTest {

    private static boolean caseInsensitive(Pattern p) {
        return (p.flags() & Pattern.CASE_INSENSITIVE) != 0;
    }

    private static List<RegexGate> packGates() {
        List<RegexGate> gates = new ArrayList<>();
        for (EntityRule rule : Scanner.builder().build().rulePack().rules()) {
            for (PatternSpec p : rule.patterns()) {
                gates.add(RegexGate.of(p.regex().pattern(), caseInsensitive(p.regex())));
            }
            if (rule.patterns().size() > 1) {
                gates.add(RegexGate.ofAny(rule.patterns().stream().map(p -> p.regex().pattern()).toList(),
                        rule.patterns().stream().map(p -> caseInsensitive(p.regex())).toList()));
            }
        }
        gates.removeIf(g -> g == null);
        return gates;
    }

    @Test
    void theClassTableStepsAsTheDfaOnEveryAsciiCharacterFromEveryState() {
        List<RegexGate> gates = packGates();
        assertThat(gates).hasSizeGreaterThan(50);
        long compared = 0;
        for (RegexGate gate : gates) {
            for (int s = 0; s < gate.stateCount(); s++) {
                for (char c = 0; c < 128; c++) {
                    if (gate.asciiStep(s, c) != gate.dfaStep(s, c)) {
                        assertThat(gate.asciiStep(s, c)).as("state " + s + " on " + (int) c).isEqualTo(gate.dfaStep(s, c));
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100_000);
    }

    @Test
    void caseInsensitiveLettersShareAClassSoAMonthNameGateIsAFractionOfA128CharacterTable() {
        RegexGate months = RegexGate.of("(?i)\\b\\d{1,2}\\.\\s*(?:januar|februar|märz|april|mai|juni|juli|august)\\s+\\d{4}\\b", true);
        assertThat(months.stateCount()).isGreaterThan(20);
        assertThat(months.asciiTableBytes()).isLessThan(months.stateCount() * 128 * Integer.BYTES / 4);
        assertThat(months.asciiStep(0, 'J')).isEqualTo(months.dfaStep(0, 'J'));
    }

    @Test
    void aGateStillTellsWhereAMatchMayBegin() {
        RegexGate date = RegexGate.of("(?i)\\b\\d{1,2}\\s+de\\s+(?:enero|febrero|marzo)\\s+\\d{4}\\b", true);
        String text = "nacido el 12 de MARZO 1984, llamar";
        assertThat(date.firstStart(text, 0, text.length())).isEqualTo(text.indexOf("12"));
        assertThat(date.firstStart(text, 0, text.indexOf(" 1984"))).isEqualTo(-1);
        assertThat(date.mayMatch("12 de abril 1984", 0, 16)).isFalse();
    }
}

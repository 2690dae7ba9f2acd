package io.piiscanner.core.internal;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import dk.brics.automaton.Automaton;
import dk.brics.automaton.RegExp;
import dk.brics.automaton.State;
import dk.brics.automaton.Transition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link DigitDfa} has the language of each of libphonenumber's metadata patterns: equal, as a language, to the
 * automaton dk.brics.automaton makes of the same pattern (an independent construction), for every national number
 * pattern, leading digits and international prefix of every region; and {@code matches()} and {@code lookingAt()}
 * agree with {@code java.util.regex} on example numbers, their prefixes and random digits, for each pattern alone
 * and for all of a region's patterns in one DFA (one bit each).
 */
class DigitDfaTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final MetadataSource SOURCE = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();

    private static List<PhoneMetadata> allMetadata() {
        List<PhoneMetadata> all = new ArrayList<>();
        for (String region : new TreeSet<>(UTIL.getSupportedRegions())) {
            all.add(SOURCE.getMetadataForRegion(region));
        }
        for (int cc : new TreeSet<>(UTIL.getSupportedGlobalNetworkCallingCodes())) {
            all.add(SOURCE.getMetadataForNonGeographicalRegion(cc));
        }
        return all;
    }

    private static List<PhoneNumberDesc> descs(PhoneMetadata md) {
        return List.of(md.getGeneralDesc(), md.getPremiumRate(), md.getTollFree(), md.getSharedCost(), md.getVoip(),
                md.getPersonalNumber(), md.getPager(), md.getUan(), md.getVoicemail(), md.getFixedLine(), md.getMobile());
    }

    @Test
    void everyMetadataPatternHasTheLanguageBricsGivesIt() {
        int patterns = 0;
        for (PhoneMetadata md : allMetadata()) {
            List<String> regexes = new ArrayList<>();
            for (PhoneNumberDesc d : descs(md)) {
                regexes.add(d.getNationalNumberPattern());
            }
            regexes.add(md.hasLeadingDigits() ? md.getLeadingDigits() : "");
            regexes.add(md.getInternationalPrefix());
            for (String p : regexes) {
                if (!p.isEmpty()) {
                    assertThat(language(DigitDfa.of(p), 1)).as(md.getId() + " " + p).isEqualTo(brics(p));
                    patterns++;
                }
            }
        }
        assertThat(patterns).isGreaterThan(1_500);
    }

    @Test
    void matchesAndLookingAtAgreeWithJavaRegex() {
        Random random = new Random(11);
        int compared = 0;
        for (PhoneMetadata md : allMetadata()) {
            List<String> inputs = new ArrayList<>();
            for (PhoneNumberDesc d : descs(md)) {
                if (d.hasExampleNumber()) {
                    String ex = d.getExampleNumber();
                    for (int end = 0; end <= ex.length(); end++) {
                        inputs.add(ex.substring(0, end));
                    }
                    inputs.add(ex + random.nextInt(10));
                }
            }
            for (int i = 0; i < 40; i++) {
                StringBuilder b = new StringBuilder();
                for (int n = random.nextInt(18); n > 0; n--) {
                    b.append(random.nextInt(10));
                }
                inputs.add(b.toString());
            }
            List<String> regexes = new ArrayList<>();
            for (PhoneNumberDesc d : descs(md)) {
                regexes.add(d.getNationalNumberPattern());
            }
            regexes.add(md.hasLeadingDigits() ? md.getLeadingDigits() : "");
            regexes.add(md.getInternationalPrefix());
            // all of the region's patterns in one DFA, pattern i on bit i
            DigitDfa together = DigitDfa.of(regexes);
            for (int i = 0; i < regexes.size(); i++) {
                String regex = regexes.get(i);
                if (regex.isEmpty()) {
                    continue;
                }
                DigitDfa dfa = DigitDfa.of(regex);
                Pattern pattern = Pattern.compile(regex);
                for (String s : inputs) {
                    boolean matches = pattern.matcher(s).matches();
                    boolean lookingAt = pattern.matcher(s).lookingAt();
                    assertThat(dfa.matches(s)).as(regex + " matches " + s).isEqualTo(matches);
                    assertThat(dfa.lookingAt(s, 0, s.length())).as(regex + " lookingAt " + s).isEqualTo(lookingAt);
                    assertThat((together.matchMask(s, 0, s.length()) >> i & 1) != 0).as(regex + " together " + s).isEqualTo(matches);
                    assertThat((together.prefixMask(s, 0, s.length()) >> i & 1) != 0).as(regex + " prefix " + s).isEqualTo(lookingAt);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100_000);
    }

    @Test
    void syntaxTheReaderDoesNotKnowIsRefused() {
        for (String regex : List.of("^1", "1$", "[^1]", "\\s", "\\D", "1*?", "1+?", "1?+", "a", ".", "(?=1)", "(?i)1",
                "[a-z]", "[1-]", "[]", "(1", "1)", "1{2", "1{3,2}", "\\1")) {
            assertThatThrownBy(() -> DigitDfa.of(regex)).as(regex).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void readsTheMetadataSyntax() {
        DigitDfa dfa = DigitDfa.of(List.of("1[2-46]\\d{2,3}|(?:7|8(?:0|9)?)5", "", "(?:\\d{2}){2,}"));
        assertThat(dfa.matchMask("12345", 0, 5)).isEqualTo(1);
        assertThat(dfa.matchMask("1634", 0, 4)).isEqualTo(1 | 4);
        assertThat(dfa.matchMask("1534", 0, 4)).isEqualTo(4);
        assertThat(dfa.matchMask("895", 0, 3)).isEqualTo(1);
        assertThat(dfa.matchMask("85", 0, 2)).isEqualTo(1);
        assertThat(dfa.matchMask("123456", 0, 6)).isEqualTo(4);
        assertThat(dfa.matchMask("12x", 0, 3)).isZero();
        assertThat(DigitDfa.of("0|").lookingAt("5", 0, 1)).isTrue(); // the empty alternative matches at once
        assertThat(DigitDfa.of("00[1-9]").lookingAt("0012", 0, 4)).isTrue();
        assertThat(DigitDfa.of("00[1-9]").lookingAt("0001", 0, 4)).isFalse();
    }

    /** The language of the DFA's states whose mask has {@code bit}, as a brics automaton. */
    private static Automaton language(DigitDfa dfa, int bit) {
        State[] states = new State[dfa.states()];
        for (int s = 0; s < states.length; s++) {
            states[s] = new State();
            states[s].setAccept((dfa.mask(s) & bit) != 0);
        }
        for (int s = 0; s < states.length; s++) {
            for (int d = 0; d < 10; d++) {
                int t = dfa.next(s, d);
                if (t >= 0) {
                    states[s].addTransition(new Transition((char) ('0' + d), states[t]));
                }
            }
        }
        Automaton a = new Automaton();
        a.setInitialState(states[0]);
        a.setDeterministic(true);
        a.minimize();
        return a;
    }

    /** brics' own reading of the pattern ({@code \d} and {@code (?:} spelled its way). */
    private static Automaton brics(String regex) {
        Automaton a = new RegExp(regex.replace("\\d", "[0-9]").replace("(?:", "("), RegExp.NONE).toAutomaton();
        a.minimize();
        return a;
    }
}

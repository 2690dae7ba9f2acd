package io.piiscanner.core.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordMatcherTest {

    private static List<String> hits(KeywordMatcher m, String text) {
        List<String> out = new ArrayList<>();
        m.forEachHit(text, 0, text.length(), (k, s, e) -> {
            out.add(m.keyword(k) + "@" + s);
            return true;
        });
        return out;
    }

    @Test
    void findsOverlappingKeywordsInOnePassIgnoringCase() {
        KeywordMatcher m = KeywordMatcher.of(List.of("ssn", "social security", "security"), false);
        assertThat(hits(m, "Social Security / SSN")).containsExactly("social security@0", "security@7", "ssn@18");
    }

    @Test
    void wholeWordsDoNotMatchInsideOtherWords() {
        KeywordMatcher m = KeywordMatcher.of(List.of("lic", "pan"), true);
        assertThat(hits(m, "duplicate company pan: x, PAN")).containsExactly("pan@18", "pan@26");
    }

    @Test
    void identifierWordsAreWordsInSnakeKebabAndCamelCase() {
        KeywordMatcher m = KeywordMatcher.of(List.of("bsn", "uid", "ss no", "number", "id"), true);
        assertThat(hits(m, "<BSNNumber>")).containsExactly("bsn@1", "number@4");
        assertThat(hits(m, "UIDNumber=")).containsExactly("uid@0", "number@3");
        assertThat(hits(m, "SS_NO=1, crm.contact.ss-no=2")).containsExactly("ss no@0", "ss no@21");
        assertThat(hits(m, "orderId")).containsExactly("id@5");
        // no boundary inside a capitalised word or an all-capitals one
        assertThat(hits(m, "Bsnumber UIDS Ssno")).isEmpty();
    }

    @Test
    void keywordsMadeOfPunctuationMatchAnywhere() {
        KeywordMatcher m = KeywordMatcher.of(List.of("@", "://"), true);
        assertThat(hits(m, "a@b https://x")).containsExactly("@@1", "://@9");
    }

    @Test
    void boundaryIsJudgedOnTheWholeTextNotTheWindow() {
        KeywordMatcher m = KeywordMatcher.of(List.of("ssn"), true);
        String text = "xssn 1";
        List<Integer> out = new ArrayList<>();
        m.forEachHit(text, 1, text.length(), (k, s, e) -> out.add(s));
        assertThat(out).isEmpty();
    }

    @Test
    void handlesNonAsciiKeywords() {
        KeywordMatcher m = KeywordMatcher.of(List.of("contraseña", "téléphone"), true);
        assertThat(hits(m, "CONTRASEÑA: x, TÉLÉPHONE 01")).containsExactly("contraseña@0", "téléphone@15");
    }

    /**
     * The automaton against the definition: every keyword at every place its lower-cased text spells it ("_"
     * and "-" read as spaces), in order of end and, at one end, longest first. Random texts over the keywords' own
     * letters, accented ones of other words, upper case and a few characters no keyword holds, so that the DFA's
     * non-ASCII columns and its resets to the root are both exercised.
     */
    @Test
    void everyHitOfTheAutomatonIsAKeywordInTheTextAndNoneIsMissed() {
        List<String> words = List.of("né", "née", "né le", "nacido", "nació", "téléphone", "tél", "straße", "größe",
                "contraseña", "año", "an", "ssn", "social security", "security", "tax_file", "é", "ñn", "e-mail", "://",
                "ik", "łk");
        // with characters whose lower case is a keyword character from far away: İ (U+0130) is "i", the Kelvin sign
        // "k", ẞ (U+1E9E) "ß", Ł (U+0141) "ł"
        String alphabet = "néeléacidotphorsaßgñzyNÉÑÀÜ _-:/ü中Ωx\u0130\u212a\u1e9e\u0141kK";
        for (boolean whole : new boolean[] {false, true}) {
            KeywordMatcher m = KeywordMatcher.of(words, whole);
            java.util.Random random = new java.util.Random(whole ? 5 : 3);
            int hitsSeen = 0;
            for (int trial = 0; trial < 3_000; trial++) {
                StringBuilder t = new StringBuilder();
                int length = random.nextInt(40);
                for (int i = 0; i < length; i++) {
                    if (random.nextInt(4) == 0) {
                        t.append(words.get(random.nextInt(words.size())));
                    } else {
                        t.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
                String text = t.toString();
                List<String> expected = new ArrayList<>();
                for (int end = 1; end <= text.length(); end++) {
                    List<Integer> here = new ArrayList<>();
                    for (int k = 0; k < m.size(); k++) {
                        int start = end - m.keyword(k).length();
                        if (start >= 0 && spells(text, start, m.keyword(k))
                                && (!whole || KeywordMatcher.isWholeWord(text, start, end))) {
                            here.add(k);
                        }
                    }
                    here.sort((a, b) -> m.keyword(b).length() - m.keyword(a).length());
                    for (int k : here) {
                        expected.add(m.keyword(k) + "@" + (end - m.keyword(k).length()));
                    }
                }
                assertThat(hits(m, text)).as(text).containsExactlyElementsOf(expected);
                hitsSeen += expected.size();
            }
            assertThat(hitsSeen).isGreaterThan(1_000);
        }
    }

    private static boolean spells(String text, int start, String keyword) {
        for (int i = 0; i < keyword.length(); i++) {
            char c = text.charAt(start + i);
            char lower = c == '_' || c == '-' ? ' ' : Character.toLowerCase(c);
            if (lower != keyword.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}

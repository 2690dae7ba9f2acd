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
}

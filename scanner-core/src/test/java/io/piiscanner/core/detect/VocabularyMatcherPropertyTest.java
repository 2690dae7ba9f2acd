package io.piiscanner.core.detect;

import io.piiscanner.core.Scanner;
import io.piiscanner.core.internal.KeywordMatcher;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyword automaton over the default pack's whole vocabulary (and over a vocabulary too large for its compact
 * table) against a naive reference: every case-insensitive occurrence of every keyword ("_" and "-" read as spaces),
 * whole words only when asked, in order of end and, at one end, longest first; stopping when the consumer says so.
 */
class VocabularyMatcherPropertyTest {

    /** Words with accents, punctuation and spaces, some of them in the vocabulary. */
    private static final List<String> EXTRA = List.of("né", "née", "né(e)", "cumpleaños", "://", "d.o.b", "d.o.b.",
            "-----begin", "date of birth", "tax_file_number", "e-mail", "téléphone", "straße", "ssn", "iban", "n°",
            "contraseña", "geburtsdatum", "passport no.", "#", "@", "dob:");
    private static final String NOISE = "abcdeklmnostuxyzAEKNOSZ0123456789 _-.:/#@()'°ºéÉñÑüÜßçà€Ж中\u212a\u0130\n\t,;\"";

    private static List<String> vocabulary() {
        Vocabulary v = new Vocabulary(Scanner.builder().build().rulePack().rules());
        List<String> words = new ArrayList<>();
        for (int k = 0; k < v.matcher().size(); k++) {
            words.add(v.word(k));
        }
        return words;
    }

    @Test
    void defaultVocabularyHitsAreTheNaiveOnes() {
        List<String> vocabulary = vocabulary();
        assertThat(vocabulary).hasSizeGreaterThan(500);
        LinkedHashSet<String> all = new LinkedHashSet<>(vocabulary);
        all.addAll(EXTRA);
        List<String> words = new ArrayList<>(all);
        for (boolean whole : new boolean[] {false, true}) {
            KeywordMatcher m = KeywordMatcher.of(words, whole);
            check(m, words, whole ? 11 : 7, 3_000, 120);
        }
    }

    /** So many nodes that the table's entries do not fit a char. */
    @Test
    void largeVocabularyHitsAreTheNaiveOnes() {
        Random random = new Random(17);
        LinkedHashSet<String> all = new LinkedHashSet<>(EXTRA);
        while (all.size() < 7_000) {
            StringBuilder w = new StringBuilder();
            int length = 3 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                w.append("abcdefghijklmnopqrstuvwxyz é-".charAt(random.nextInt(29)));
            }
            all.add(w.toString().trim());
        }
        all.remove("");
        List<String> words = new ArrayList<>(all);
        for (boolean whole : new boolean[] {false, true}) {
            check(KeywordMatcher.of(words, whole), words, whole ? 13 : 19, 300, 200);
        }
    }

    private static void check(KeywordMatcher m, List<String> words, long seed, int trials, int maxParts) {
        Random random = new Random(seed);
        int hitsSeen = 0;
        for (int trial = 0; trial < trials; trial++) {
            String text = text(random, words, random.nextInt(maxParts));
            int from = 0;
            int to = text.length();
            if (random.nextInt(4) == 0 && to > 0) {
                from = random.nextInt(to);
                to = from + random.nextInt(text.length() - from + 1);
            }
            List<int[]> expected = naive(m, text, from, to);
            List<int[]> actual = hits(m, text, from, to, Integer.MAX_VALUE);
            assertThat(format(m, actual)).as(text).containsExactlyElementsOf(format(m, expected));
            hitsSeen += expected.size();
            if (!expected.isEmpty()) {
                // early stop: the consumer returning false ends the search right there
                int stopAt = 1 + random.nextInt(expected.size());
                assertThat(format(m, hits(m, text, from, to, stopAt)))
                        .containsExactlyElementsOf(format(m, expected.subList(0, stopAt)));
                assertThat(m.firstHit(text, from, to)).isEqualTo(expected.get(0)[0]);
            } else {
                assertThat(m.firstHit(text, from, to)).isEqualTo(-1);
            }
        }
        assertThat(hitsSeen).isGreaterThan(trials);
    }

    private static String text(Random random, List<String> words, int parts) {
        StringBuilder t = new StringBuilder();
        for (int p = 0; p < parts; p++) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                String w = random.nextInt(3) == 0 ? EXTRA.get(random.nextInt(EXTRA.size())) : words.get(random.nextInt(words.size()));
                switch (random.nextInt(6)) {
                    case 0 -> w = w.toUpperCase(java.util.Locale.ROOT);
                    case 1 -> w = w.replace(' ', '_');
                    case 2 -> w = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
                    case 3 -> w = w.replace('k', '\u212a');
                    default -> { }
                }
                t.append(w);
            } else if (kind < 6) {
                t.append(' ');
            } else {
                t.append(NOISE.charAt(random.nextInt(NOISE.length())));
            }
        }
        return t.toString();
    }

    /** Every keyword spelled in {@code text[from, to)}, by end, then start. */
    private static List<int[]> naive(KeywordMatcher m, String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        for (int end = from + 1; end <= to; end++) {
            List<int[]> here = new ArrayList<>();
            for (int k = 0; k < m.size(); k++) {
                String w = m.keyword(k);
                int start = end - w.length();
                if (start >= from && spells(text, start, w) && (!wholeWords(m) || KeywordMatcher.isWholeWord(text, start, end))) {
                    here.add(new int[] {k, start, end});
                }
            }
            here.sort((a, b) -> Integer.compare(a[1], b[1]));
            out.addAll(here);
        }
        return out;
    }

    private static boolean wholeWords(KeywordMatcher m) {
        return m.toString().contains("whole words");
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

    private static List<int[]> hits(KeywordMatcher m, String text, int from, int to, int stopAt) {
        List<int[]> out = new ArrayList<>();
        m.forEachHit(text, from, to, (k, s, e) -> {
            out.add(new int[] {k, s, e});
            return out.size() < stopAt;
        });
        return out;
    }

    private static List<String> format(KeywordMatcher m, List<int[]> hits) {
        List<String> out = new ArrayList<>();
        for (int[] h : hits) {
            out.add(h[0] + ":" + m.keyword(h[0]) + "@" + h[1] + "-" + h[2]);
        }
        return out;
    }
}

package io.piiscanner.core.detect;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.piiscanner.core.Scanner;
import io.piiscanner.core.internal.TextWindow;
import io.piiscanner.core.rules.EntityRule;
import io.piiscanner.core.rules.PatternSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine tries a pattern anchored behind one character of context ({@code (?s:.)(regex)}, run with lookingAt)
 * and, for a pattern whose value is its whole match, reads the value off the anchored match's own bounds instead
 * of asking RE2J for group 1, which would run the pattern over the match a second time
 * ({@link DetectionEngine#contextIsOneChar}). That is right only where {@code (?s:.)} reads one char: these tests
 * hold RE2J's group 1 against the bounds the engine takes, for every whole-match pattern of the default pack.
 */
class AnchoredFormSpanTest {

    @Test
    void aCharacterOtherThanASurrogateIsOneCharOfContext() {
        assertThat(DetectionEngine.contextIsOneChar("a1", 0)).isTrue();
        assertThat(DetectionEngine.contextIsOneChar(" 1", 0)).isTrue();
        assertThat(DetectionEngine.contextIsOneChar("ñ1", 0)).isTrue();
    }

    @Test
    void aSurrogateIsNotTakenAsOneCharOfContext() {
        // RE2J reads a pair as one code point: group 1 then begins two chars in, not one
        Pattern anchored = PatternSpec.anchoredForm(Pattern.compile("\\d+"));
        Matcher m = anchored.matcher("\uD83D\uDE00123");
        assertThat(m.lookingAt()).isTrue();
        assertThat(m.start(1)).isEqualTo(2);
        assertThat(DetectionEngine.contextIsOneChar("\uD83D\uDE00123", 0)).isFalse();
        assertThat(DetectionEngine.contextIsOneChar("\uDE00123", 0)).isFalse();
    }

    @Test
    void groupOneOfAnAnchoredMatchIsTheMatchAfterItsContextCharacter() {
        List<PatternSpec> wholeMatch = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        for (EntityRule rule : Scanner.builder().build().rulePack().rules()) {
            for (PatternSpec p : rule.patterns()) {
                if (p.group() == 0) {
                    wholeMatch.add(p);
                }
            }
            pieces.addAll(rule.examples().match());
        }
        assertThat(wholeMatch).as("patterns whose value is the whole match").hasSizeGreaterThan(40);
        // what stands before a match: ASCII, Latin-1, a surrogate pair, lone surrogates
        List<String> contexts = List.of(" ", "-", ":", "=", "(", "_", "x", "K", "9", "ñ", "É", "\n", "\u00a0",
                "\uD83D\uDE00", "\uDE00", "\uD83D");
        long checked = 0;
        for (PatternSpec p : wholeMatch) {
            Pattern anchored = PatternSpec.anchoredForm(p.regex());
            for (String piece : pieces) {
                Matcher found = p.regex().matcher(piece);
                while (found.find()) {
                    int s = found.start();
                    for (String context : contexts) {
                        for (String rest : List.of(piece.substring(s), piece.substring(s).toUpperCase(Locale.ROOT))) {
                            String text = piece.substring(0, s) + context + rest;
                            // each char of the context in turn stands just before the place tried
                            for (int at = s + 1; at <= s + context.length(); at++) {
                                if (!DetectionEngine.contextIsOneChar(text, at - 1)) {
                                    continue;
                                }
                                Matcher m = anchored.matcher(new TextWindow(text, at - 1, text.length()));
                                if (m.lookingAt()) {
                                    assertThat(new int[] {m.start(1), m.end(1)})
                                            .as(p.name() + " at " + at + " in: " + text).containsExactly(1, m.end());
                                    checked++;
                                }
                            }
                        }
                    }
                    if (found.end() == found.start()) {
                        break;
                    }
                }
            }
        }
        assertThat(checked).as("anchored matches compared").isGreaterThan(1_000);
    }
}

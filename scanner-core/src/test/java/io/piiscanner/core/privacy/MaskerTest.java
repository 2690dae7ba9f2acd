package io.piiscanner.core.privacy;

import io.piiscanner.core.rules.MaskSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskerTest {

    @Test
    void keepsTheShapeAndTheLastDigits() {
        assertThat(Masker.mask("CREDIT_CARD", "4539 1488 0343 6467", new MaskSpec(MaskSpec.Style.KEEP, 0, 4)))
                .isEqualTo("**** **** **** 6467");
        assertThat(Masker.mask("US_SSN", "536-22-1234", new MaskSpec(MaskSpec.Style.KEEP, 0, 4)))
                .isEqualTo("***-**-*234");
    }

    @Test
    void neverShowsMoreThanAThirdOfAShortValue() {
        assertThat(Masker.mask("X", "ab12", new MaskSpec(MaskSpec.Style.KEEP, 4, 4))).isEqualTo("***2");
    }

    @Test
    void emailKeepsFirstLetterAndTopLevelDomain() {
        assertThat(Masker.mask("EMAIL", "maria.lopez@gmail.com", new MaskSpec(MaskSpec.Style.EMAIL, 0, 0)))
                .isEqualTo("m***@***.com");
    }

    @Test
    void secretsShowOnlyTheirLength() {
        assertThat(Masker.mask("PASSWORD", "Tr0ub4dor&3", new MaskSpec(MaskSpec.Style.REDACT, 0, 0)))
                .isEqualTo("[PASSWORD, 11 chars]");
    }

    /** The preview against its definition, on random values: a third of the letters and digits at most. */
    @Test
    void keepsAsDefinedOnRandomValues() {
        java.util.Random random = new java.util.Random(53);
        String alphabet = "0123456789abcXYZ -./@_\t\u00a0éß中\uD83D\uDE00";
        for (int trial = 0; trial < 5_000; trial++) {
            StringBuilder v = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                v.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = v.toString();
            int first = random.nextInt(5);
            int last = random.nextInt(5);
            int alnum = (int) value.chars().filter(c -> Character.isLetterOrDigit((char) c)).count();
            int shownLast = Math.min(last, alnum / 3);
            int shownFirst = Math.min(first, alnum / 3 - shownLast);
            StringBuilder expected = new StringBuilder();
            int idx = 0;
            for (char c : value.toCharArray()) {
                if (Character.isLetterOrDigit(c)) {
                    expected.append(idx < shownFirst || idx >= alnum - shownLast ? c : '*');
                    idx++;
                } else {
                    expected.append(Character.isWhitespace(c) ? ' ' : c);
                }
            }
            assertThat(Masker.keep(value, first, last)).as(value).isEqualTo(expected.toString());
        }
    }
}

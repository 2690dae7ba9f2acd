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
}

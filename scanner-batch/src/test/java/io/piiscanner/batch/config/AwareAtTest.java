package io.piiscanner.batch.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The incident-awareness time: an exact instant with an offset, from the command line or the scan profile. */
class AwareAtTest {

    @Test
    void isoDateTimesWithAnOffset() {
        assertThat(AwareAt.parse("2026-11-26T09:00Z")).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
        assertThat(AwareAt.parse("2026-11-26T09:00:30Z")).isEqualTo(Instant.parse("2026-11-26T09:00:30Z"));
        assertThat(AwareAt.parse("2026-11-26T10:00+01:00")).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
    }

    @Test
    void aDateOrALocalTimeIsRefused() {
        assertThatThrownBy(() -> AwareAt.parse("2026-11-26")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("with an offset");
        assertThatThrownBy(() -> AwareAt.parse("2026-11-26T09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AwareAt.parse("yesterday")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProfileKeyAwareAt(@TempDir Path tmp) throws Exception {
        Path quoted = tmp.resolve("a.yaml");
        Files.writeString(quoted, "name: nightly\nsources: [\"dir:x\"]\naware_at: \"2026-11-26T09:00Z\"\nmin_confidence: 0.6\n");
        ScanSettings s = ProfileLoader.load(quoted);
        assertThat(s.awareAt()).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
        assertThat(s.minConfidence()).isEqualTo(0.6);
        // an unquoted YAML timestamp
        Path plain = tmp.resolve("b.yaml");
        Files.writeString(plain, "sources: [\"dir:x\"]\naware_at: 2026-11-26T10:00:00+01:00\n");
        assertThat(ProfileLoader.load(plain).awareAt()).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
        // without it: null, and the job uses the run's start
        Path none = tmp.resolve("c.yaml");
        Files.writeString(none, "sources: [\"dir:x\"]\n");
        assertThat(ProfileLoader.load(none).awareAt()).isNull();
        assertThat(ProfileLoader.load(none).withThreads(3).awareAt()).isNull();
    }
}

package io.piiscanner.batch.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A run's settings survive the trip through scan_run.settings that remote workers read them from. */
class SettingsCodecTest {

    @Test
    void settingsRoundTripWithTheKeyCheck() throws Exception {
        ScanSettings s = new ScanSettings("nightly", List.of(
                new SourceSpec("pg", "jdbc:postgresql://db:5432/stage?user=scanner", List.of("sync", "import"), "modified",
                        Map.of("max_concurrent", "4")),
                new SourceSpec("sf", "salesforce:https://acme.my.salesforce.com", null, null,
                        Map.of("objects", "Contact,Lead", "api_calls_per_day", "50000")),
                SourceSpec.parse("dir:/var/tmp/exports")),
                List.of("sync.*"), List.of("sync.audit_*"), Sampling.firstN(1000),
                Limits.DEFAULTS.withPageAndChunk(500, 250).withPartitionRows(50_000), Path.of("/out"), Path.of("/work"),
                "jdbc:postgresql://127.0.0.1:5432/scanner", 3, true, 0.6, Instant.parse("2026-11-26T09:00:00Z"));
        String json = SettingsCodec.encode(s, "0123456789abcdef");
        assertThat(SettingsCodec.decode(json)).isEqualTo(s);
        assertThat(SettingsCodec.keyCheck(json)).isEqualTo("0123456789abcdef");
        ScanSettings plain = ScanSettings.adHoc(List.of(SourceSpec.parse("dir:/x"))).withSampling(Sampling.fraction(0.25));
        assertThat(SettingsCodec.decode(SettingsCodec.encode(plain))).isEqualTo(plain);
        assertThat(SettingsCodec.keyCheck(SettingsCodec.encode(plain))).isNull();
    }

    @Test
    void theKeyCheckTellsKeysApartAndIsNotTheKey() {
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        b[0] = 1;
        assertThat(ScannerConfiguration.keyCheck(a)).hasSize(16).isEqualTo(ScannerConfiguration.keyCheck(a.clone()))
                .isNotEqualTo(ScannerConfiguration.keyCheck(b));
    }
}

package io.piiscanner.batch.source.jdbc;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The keyset position survives the job repository with its types, and is not readable there. */
class CheckpointCodecTest {

    private final CheckpointCodec codec = new CheckpointCodec(new byte[32]);

    @Test
    void keyValuesRoundTripWithTheirTypes() {
        Timestamp ts = Timestamp.valueOf("2024-01-01 00:00:00.123456");
        Date day = Date.valueOf("2024-02-29");
        UUID id = UUID.randomUUID();
        List<Object> key = List.of(42L, new BigDecimal("12.50"), id, ts, day, "canary.leak@protonmail.com");
        List<Object> back = codec.decode(codec.encode(key));
        assertThat(back).containsExactly(42L, new BigDecimal("12.50"), id, ts, day, "canary.leak@protonmail.com");
        assertThat(back.get(3)).isInstanceOf(Timestamp.class);
        assertThat(back.get(4)).isInstanceOf(Date.class);
    }

    @Test
    void encodedPositionIsEncrypted() {
        String enc = codec.encode(List.of("canary.leak@protonmail.com"));
        assertThat(enc).doesNotContain("canary");
        assertThat(new String(java.util.Base64.getDecoder().decode(enc), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("canary");
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThatThrownBy(() -> new CheckpointCodec(otherKey).decode(enc)).isInstanceOf(IllegalStateException.class);
    }
}

package io.piiscanner.core.privacy;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A fingerprint is the HMAC-SHA256 of {@code entity ":" value} under the scanner's key, in lower-case hex. The
 * fingerprinter computes it from precomputed key blocks; it must equal the JDK's {@code HmacSHA256} for keys
 * shorter and longer than a block, for ASCII and non-ASCII values, on several threads at once.
 */
class FingerprinterTest {

    @Test
    void equalsTheJdkHmacForAnyKeyAndValue() throws Exception {
        Random random = new Random(47);
        String alphabet = "0123456789abcdefXYZ@.-+ éßñ中\uD83D\uDE00";
        for (int trial = 0; trial < 3_000; trial++) {
            byte[] key = new byte[16 + random.nextInt(trial % 3 == 0 ? 150 : 60)];
            random.nextBytes(key);
            StringBuilder value = new StringBuilder();
            for (int i = random.nextInt(trial % 7 == 0 ? 300 : 40); i > 0; i--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String entity = trial % 2 == 0 ? "EMAIL" : "CREDIT_CARD";
            assertThat(new Fingerprinter(key).fingerprint(entity, value.toString()))
                    .as("key of " + key.length + " bytes, value of " + value.length() + " chars")
                    .isEqualTo(jdkHmac(key, entity, value.toString()));
        }
    }

    @Test
    void givesEachThreadTheSameFingerprints() throws Exception {
        byte[] key = "a-32-byte-test-key-for-hmac-0001".getBytes(StandardCharsets.US_ASCII);
        Fingerprinter shared = new Fingerprinter(key);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        String value = "4539" + (i * 7919 + offset);
                        if (!shared.fingerprint("CREDIT_CARD", value).equals(jdkHmac(key, "CREDIT_CARD", value))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesShortKeys() {
        assertThatThrownBy(() -> new Fingerprinter(new byte[15])).isInstanceOf(IllegalArgumentException.class);
    }

    private static String jdkHmac(byte[] key, String entity, String value) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update(entity.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) ':');
        return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }
}

package io.piiscanner.core.privacy;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Keyed fingerprints (HMAC-SHA256) of normalised values: equal values give equal fingerprints under the
 * same key, so distinct values and people can be counted across sources without storing the values,
 * and without the key a fingerprint cannot be reversed by hashing candidate SSNs or card numbers.
 *
 * <p>Thread-safe: each thread gets its own {@link Mac}.
 */
public final class Fingerprinter {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public Fingerprinter(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("fingerprint key must be at least 16 bytes");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(key, key.length), ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
        newMac(); // fail now, not on the first finding
    }

    /** A fingerprinter with a random key: fingerprints are comparable within this scanner's lifetime only. */
    public static Fingerprinter withRandomKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return new Fingerprinter(k);
    }

    /** Lower-case hex HMAC of {@code entity ":" normalizedValue}. */
    public String fingerprint(String entity, String normalizedValue) {
        Mac mac = macs.get();
        mac.update(entity.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) ':');
        return HexFormat.of().formatHex(mac.doFinal(normalizedValue.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "Fingerprinter[HmacSHA256, key hidden]";
    }
}

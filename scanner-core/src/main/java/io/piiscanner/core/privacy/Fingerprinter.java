package io.piiscanner.core.privacy;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Keyed fingerprints (HMAC-SHA256) of normalised values: equal values give equal fingerprints under the
 * same key, so distinct values and people can be counted across sources without storing the values,
 * and without the key a fingerprint cannot be reversed by hashing candidate SSNs or card numbers.
 *
 * <p>HMAC (RFC 2104) hashes the key, padded to a block, before the message and again before the inner hash. Those two
 * blocks do not change with the message: their digests' states are computed once per thread and copied for each
 * fingerprint, two SHA-256 blocks instead of four (a fingerprint a finding, several a record).
 *
 * <p>Thread-safe: each thread gets its own digests.
 */
public final class Fingerprinter {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int BLOCK = 64;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final byte[] innerPad;
    private final byte[] outerPad;
    private final ThreadLocal<Hmac> hmacs;

    public Fingerprinter(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("fingerprint key must be at least 16 bytes");
        }
        newMac(key); // fail now, not on the first finding
        byte[] k = key.length > BLOCK ? sha256().digest(key) : key;
        this.innerPad = new byte[BLOCK];
        this.outerPad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte b = i < k.length ? k[i] : 0;
            innerPad[i] = (byte) (b ^ 0x36);
            outerPad[i] = (byte) (b ^ 0x5c);
        }
        this.hmacs = ThreadLocal.withInitial(() -> new Hmac(innerPad, outerPad));
    }

    /** A fingerprinter with a random key: fingerprints are comparable within this scanner's lifetime only. */
    public static Fingerprinter withRandomKey() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return new Fingerprinter(k);
    }

    /** Lower-case hex HMAC of {@code entity ":" normalizedValue}. */
    public String fingerprint(String entity, String normalizedValue) {
        return hmacs.get().hex(entity, normalizedValue);
    }

    /** One thread's digests: the states after the inner and the outer key block, copied for each message. */
    private static final class Hmac {
        private final MessageDigest inner;
        private final MessageDigest outer;
        private final byte[] hash = new byte[32];
        private final char[] hex = new char[64];

        Hmac(byte[] innerPad, byte[] outerPad) {
            inner = sha256();
            inner.update(innerPad);
            outer = sha256();
            outer.update(outerPad);
        }

        String hex(String entity, String value) {
            try {
                MessageDigest in = (MessageDigest) inner.clone();
                in.update(entity.getBytes(StandardCharsets.US_ASCII));
                in.update((byte) ':');
                in.update(value.getBytes(StandardCharsets.UTF_8));
                in.digest(hash, 0, hash.length);
                MessageDigest out = (MessageDigest) outer.clone();
                out.update(hash);
                out.digest(hash, 0, hash.length);
            } catch (CloneNotSupportedException | DigestException e) {
                throw new IllegalStateException("SHA-256 digest", e);
            }
            for (int i = 0; i < hash.length; i++) {
                hex[2 * i] = HEX[(hash[i] >> 4) & 15];
                hex[2 * i + 1] = HEX[hash[i] & 15];
            }
            return new String(hex);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static void newMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(Arrays.copyOf(key, key.length), ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "Fingerprinter[HmacSHA256, key hidden]";
    }
}

package io.piiscanner.batch.source.jdbc;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Encodes the last primary-key value read (the keyset position) for the job repository. A key can itself
 * be personal data (a table keyed by e-mail address), and the job repository is a plain database, so the
 * position is encrypted with AES-GCM under the work directory's key before Spring Batch stores it.
 */
public final class CheckpointCodec {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    public CheckpointCodec(byte[] key32) {
        this.key = new SecretKeySpec(java.util.Arrays.copyOf(key32, 32), "AES");
    }

    public String encode(List<Object> values) {
        StringBuilder sb = new StringBuilder();
        for (Object v : values) {
            // time stamps and dates keep their type: bound back as strings, PostgreSQL refuses the comparison
            // ("operator does not exist: timestamp > character varying") and a resumed partition fails
            String tag = v instanceof Long || v instanceof Integer || v instanceof Short ? "L"
                    : v instanceof BigDecimal ? "D" : v instanceof UUID ? "U"
                    : v instanceof java.sql.Timestamp ? "T" : v instanceof java.sql.Date ? "A" : "S";
            String s = String.valueOf(v);
            sb.append(tag).append(s.length()).append(':').append(s);
        }
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] ct = c.doFinal(sb.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + ct.length).put(iv).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt checkpoint", e);
        }
    }

    public List<Object> decode(String encoded) {
        String plain;
        try {
            byte[] all = Base64.getDecoder().decode(encoded);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            plain = new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("checkpoint cannot be decrypted (work directory key changed?)", e);
        }
        List<Object> out = new ArrayList<>();
        int i = 0;
        while (i < plain.length()) {
            char tag = plain.charAt(i);
            int colon = plain.indexOf(':', i);
            int len = Integer.parseInt(plain.substring(i + 1, colon));
            String s = plain.substring(colon + 1, colon + 1 + len);
            out.add(switch (tag) {
                case 'L' -> Long.parseLong(s);
                case 'D' -> new BigDecimal(s);
                case 'U' -> UUID.fromString(s);
                case 'T' -> java.sql.Timestamp.valueOf(s);
                case 'A' -> java.sql.Date.valueOf(s);
                default -> s;
            });
            i = colon + 1 + len;
        }
        return out;
    }
}

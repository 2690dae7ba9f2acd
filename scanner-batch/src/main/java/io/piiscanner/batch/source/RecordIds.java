package io.piiscanner.batch.source;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Record ids as stored in the findings store. A numeric or UUID key is kept as is (it tells an engineer
 * which row to look at and is not personal data); any other key (an e-mail address as primary key, a
 * name) is replaced by a keyed hash, so the store never holds a raw value even through a key.
 */
public final class RecordIds {

    private static final Pattern SAFE = Pattern.compile(
            "(?:[0-9]{1,12}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");
    private final SecretKeySpec key;

    public RecordIds(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public String of(String rawKey) {
        if (SAFE.matcher(rawKey).matches()) {
            return rawKey;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] h = mac.doFinal(rawKey.getBytes(StandardCharsets.UTF_8));
            return "h:" + HexFormat.of().formatHex(h, 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

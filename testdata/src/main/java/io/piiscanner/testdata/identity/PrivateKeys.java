package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.text.Rnd;
import java.util.Map;
import java.util.Random;

/**
 * PEM private key blocks. Bodies start with the real DER prefix of their key type and have
 * realistic lengths and line widths; the rest is random base64. The default text uses "\n"
 * line breaks; variants "flat" (spaces, as pasted into a one-line field) and "crlf".
 */
public final class PrivateKeys {
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** label, DER prefix in base64, total body length, line width, padding. */
    private record KeyType(String label, String prefix, int bodyLength, int width, String pad) {
    }

    private static final KeyType[] TYPES = {
        new KeyType("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 1592, 64, ""),
        new KeyType("RSA PRIVATE KEY", "MIICXQIBAAKBgQ", 812, 64, ""),
        new KeyType("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1624, 64, ""),
        new KeyType("PRIVATE KEY", "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", 184, 64, ""),
        new KeyType("EC PRIVATE KEY", "MHcCAQEEI", 164, 64, "=="),
        new KeyType("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
            + "QyNTUxOQAAACA", 400, 70, ""),
    };
    private static final double[] WEIGHTS = {22, 8, 18, 12, 18, 22};

    private PrivateKeys() {
    }

    public static Pii of(Random rnd) {
        KeyType t = TYPES[Rnd.weighted(rnd, WEIGHTS)];
        int len = t.bodyLength() + (t.bodyLength() > 600 ? Rnd.between(rnd, -8, 8) * 4 : 0);
        StringBuilder body = new StringBuilder(t.prefix());
        while (body.length() < len - t.pad().length()) {
            body.append(B64.charAt(rnd.nextInt(B64.length())));
        }
        body.append(t.pad());
        String begin = "-----BEGIN " + t.label() + "-----";
        String end = "-----END " + t.label() + "-----";
        return new Pii(Entity.PRIVATE_KEY, block(begin, body, t.width(), end, "\n"), Map.of(
            "flat", block(begin, body, t.width(), end, " "),
            "crlf", block(begin, body, t.width(), end, "\r\n"),
            "label", t.label()));
    }

    private static String block(String begin, CharSequence body, int width, String end, String nl) {
        StringBuilder b = new StringBuilder(begin);
        for (int i = 0; i < body.length(); i += width) {
            b.append(nl).append(body, i, Math.min(body.length(), i + width));
        }
        return b.append(nl).append(end).toString();
    }
}

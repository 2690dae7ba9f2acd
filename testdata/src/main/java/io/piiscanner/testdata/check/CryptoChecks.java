package io.piiscanner.testdata.check;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;

/** Base58Check (Bitcoin legacy addresses), and EIP-55 mixed-case checksums (Ethereum). */
public final class CryptoChecks {
    private static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger FIFTY_EIGHT = BigInteger.valueOf(58);

    private CryptoChecks() {
    }

    public static byte[] doubleSha256(byte[] data) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return md.digest(md.digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** version byte + payload + first 4 bytes of double SHA-256, base58 encoded. */
    public static String base58Check(int version, byte[] payload) {
        byte[] body = new byte[1 + payload.length];
        body[0] = (byte) version;
        System.arraycopy(payload, 0, body, 1, payload.length);
        byte[] sum = doubleSha256(body);
        byte[] full = Arrays.copyOf(body, body.length + 4);
        System.arraycopy(sum, 0, full, body.length, 4);
        return base58(full);
    }

    public static String base58(byte[] data) {
        StringBuilder b = new StringBuilder();
        BigInteger n = new BigInteger(1, data);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(FIFTY_EIGHT);
            b.append(B58.charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (int i = 0; i < data.length && data[i] == 0; i++) {
            b.append('1');
        }
        return b.reverse().toString();
    }

    /** Decodes and verifies a Base58Check string; returns version byte or -1 when invalid. */
    public static int base58CheckVersion(String s) {
        BigInteger n = BigInteger.ZERO;
        for (int i = 0; i < s.length(); i++) {
            int v = B58.indexOf(s.charAt(i));
            if (v < 0) {
                return -1;
            }
            n = n.multiply(FIFTY_EIGHT).add(BigInteger.valueOf(v));
        }
        byte[] raw = n.toByteArray();
        if (raw.length > 1 && raw[0] == 0) {
            raw = Arrays.copyOfRange(raw, 1, raw.length);
        }
        int zeros = 0;
        while (zeros < s.length() && s.charAt(zeros) == '1') {
            zeros++;
        }
        byte[] full = new byte[zeros + raw.length];
        System.arraycopy(raw, 0, full, zeros, raw.length);
        if (full.length != 25) {
            return -1;
        }
        byte[] sum = doubleSha256(Arrays.copyOf(full, 21));
        for (int i = 0; i < 4; i++) {
            if (sum[i] != full[21 + i]) {
                return -1;
            }
        }
        return full[0] & 0xff;
    }

    /** EIP-55 checksummed form of a 40-hex-digit address (without 0x). */
    public static String eip55(String hex40) {
        String lower = hex40.toLowerCase(Locale.ROOT);
        byte[] h = Keccak256.hash(lower.getBytes(StandardCharsets.US_ASCII));
        StringBuilder b = new StringBuilder(40);
        for (int i = 0; i < 40; i++) {
            char c = lower.charAt(i);
            int nibble = (h[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
            b.append(c >= 'a' && nibble >= 8 ? Character.toUpperCase(c) : c);
        }
        return b.toString();
    }
}

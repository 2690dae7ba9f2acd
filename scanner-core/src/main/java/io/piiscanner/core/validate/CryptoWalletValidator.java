package io.piiscanner.core.validate;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Cryptocurrency addresses with their checksums: Bitcoin and Litecoin base58check (double SHA-256, version
 * bytes 0x00/0x05 and 0x30/0x32), Bitcoin segwit bech32 (BIP-173) and bech32m (BIP-350), and Ethereum
 * {@code 0x} + 40 hex digits (EIP-55 checksum when mixed case; all-lower or all-upper has none to check).
 */
final class CryptoWalletValidator implements Validator {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32_CONST = 1;
    private static final int BECH32M_CONST = 0x2bc830a3;

    @Override
    public Validation validate(CharSequence candidate) {
        String s = candidate.toString();
        if (s.startsWith("0x") || s.startsWith("0X")) {
            return ethereum(s.substring(2));
        }
        if (s.startsWith("bc1") || s.startsWith("BC1")) {
            return bech32(s.toLowerCase(java.util.Locale.ROOT));
        }
        return base58check(s);
    }

    private static Validation base58check(String s) {
        BigInteger n = BigInteger.ZERO;
        BigInteger radix = BigInteger.valueOf(58);
        for (int i = 0; i < s.length(); i++) {
            int v = BASE58.indexOf(s.charAt(i));
            if (v < 0) {
                return Validation.invalid("not base58");
            }
            n = n.multiply(radix).add(BigInteger.valueOf(v));
        }
        byte[] raw = n.toByteArray();
        if (raw.length > 0 && raw[0] == 0) {
            raw = Arrays.copyOfRange(raw, 1, raw.length);
        }
        int leadingZeros = 0;
        while (leadingZeros < s.length() && s.charAt(leadingZeros) == '1') {
            leadingZeros++;
        }
        byte[] bytes = new byte[leadingZeros + raw.length];
        System.arraycopy(raw, 0, bytes, leadingZeros, raw.length);
        if (bytes.length != 25) {
            return Validation.invalid("wrong payload length");
        }
        int version = bytes[0] & 0xff;
        if (version != 0x00 && version != 0x05 && version != 0x30 && version != 0x32) {
            return Validation.invalid("unknown address version");
        }
        byte[] payload = Arrays.copyOfRange(bytes, 0, 21);
        byte[] check = sha256(sha256(payload));
        for (int i = 0; i < 4; i++) {
            if (check[i] != bytes[21 + i]) {
                return Validation.invalid("checksum failed");
            }
        }
        return Validation.VALID;
    }

    private static Validation bech32(String s) {
        int sep = s.lastIndexOf('1');
        if (sep != 2 || s.length() < 14 || s.length() > 90) {
            return Validation.invalid("bad bech32 layout");
        }
        int[] data = new int[s.length() - sep - 1];
        for (int i = 0; i < data.length; i++) {
            int v = BECH32.indexOf(s.charAt(sep + 1 + i));
            if (v < 0) {
                return Validation.invalid("not bech32");
            }
            data[i] = v;
        }
        int[] hrp = new int[sep * 2 + 1];
        for (int i = 0; i < sep; i++) {
            hrp[i] = s.charAt(i) >> 5;
            hrp[i + sep + 1] = s.charAt(i) & 31;
        }
        int[] all = new int[hrp.length + data.length];
        System.arraycopy(hrp, 0, all, 0, hrp.length);
        System.arraycopy(data, 0, all, hrp.length, data.length);
        int check = polymod(all);
        int witnessVersion = data[0];
        boolean ok = witnessVersion == 0 ? check == BECH32_CONST : check == BECH32M_CONST;
        return ok ? Validation.VALID : Validation.invalid("checksum failed");
    }

    private static int polymod(int[] values) {
        int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        int chk = 1;
        for (int v : values) {
            int b = chk >>> 25;
            chk = (chk & 0x1ffffff) << 5 ^ v;
            for (int i = 0; i < 5; i++) {
                if (((b >>> i) & 1) != 0) {
                    chk ^= gen[i];
                }
            }
        }
        return chk;
    }

    private static Validation ethereum(String hex) {
        if (hex.length() != 40 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Validation.invalid("not 40 hex digits");
        }
        if (hex.chars().allMatch(c -> c == '0')) {
            return Validation.invalid("zero address");
        }
        boolean hasLower = hex.chars().anyMatch(c -> c >= 'a' && c <= 'f');
        boolean hasUpper = hex.chars().anyMatch(c -> c >= 'A' && c <= 'F');
        if (!(hasLower && hasUpper)) {
            return Validation.VALID;
        }
        byte[] hash = Keccak256.hash(hex.toLowerCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (int i = 0; i < 40; i++) {
            char c = hex.charAt(i);
            if (Character.isLetter(c)) {
                int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
                if ((nibble >= 8) != Character.isUpperCase(c)) {
                    return Validation.invalid("EIP-55 checksum failed");
                }
            }
        }
        return Validation.VALID;
    }

    private static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.piiscanner.core.validate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * {@code crypto-wallet}: cryptocurrency addresses whose checksum holds.
 *
 * <ul>
 *   <li>Bitcoin P2PKH ("1...") and P2SH ("3...") and Litecoin P2PKH ("L...") and P2SH ("M...")
 *       base58check: the base58 string decodes to exactly 25 bytes, a version byte 0x00, 0x05 (Bitcoin),
 *       0x30 or 0x32 (Litecoin), a 20-byte hash, and 4 checksum bytes equal to the first 4 bytes of
 *       SHA-256(SHA-256(version + hash));</li>
 *   <li>Bitcoin mainnet segwit addresses ("bc1..."): all lower or all upper case, at most 90 characters,
 *       bech32 checksum (BIP-173) for witness version 0 and bech32m checksum (BIP-350) for versions 1-16,
 *       a witness program of 2-40 bytes (20 or 32 for version 0) with zero padding;</li>
 *   <li>Ethereum "0x" + 40 hex digits: all-lower or all-upper case addresses carry no checksum and are
 *       accepted; mixed case must satisfy the EIP-55 checksum (a letter is upper case exactly when the
 *       matching nibble of Keccak-256 of the lower-case hex address is 8 or more). The all-zero address is
 *       a placeholder and is rejected.</li>
 * </ul>
 *
 * <p>Sources: Bitcoin wiki "Technical background of version 1 Bitcoin addresses" (base58check); Litecoin
 * chainparams (address versions 48 and 50); BIP-173; BIP-350; EIP-55.
 */
final class CryptoWalletValidator implements Validator {

    private static final Validation BAD_CHARACTER = Validation.invalid("unexpected character");
    private static final Validation WRONG_LENGTH = Validation.invalid("wrong length");
    private static final Validation BAD_VERSION = Validation.invalid("unknown address version");
    private static final Validation CHECKSUM = Validation.invalid("checksum failed");
    private static final Validation MIXED_CASE = Validation.invalid("mixed case bech32");
    private static final Validation BAD_PROGRAM = Validation.invalid("bad witness program");
    private static final Validation EIP55 = Validation.invalid("EIP-55 checksum failed");
    private static final Validation ZERO = Validation.invalid("placeholder address");

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32_CONST = 1;
    private static final int BECH32M_CONST = 0x2bc830a3;
    private static final int[] GENERATOR = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    @Override
    public Validation validate(CharSequence candidate) {
        int len = candidate.length();
        if (len < 3) {
            return WRONG_LENGTH;
        }
        char c0 = candidate.charAt(0);
        char c1 = candidate.charAt(1);
        if (c0 == '0' && c1 == 'x') {
            return ethereum(candidate);
        }
        if ((c0 == 'b' || c0 == 'B') && (c1 == 'c' || c1 == 'C') && candidate.charAt(2) == '1') {
            return segwit(candidate);
        }
        if (c0 == '1' || c0 == '3' || c0 == 'L' || c0 == 'M') {
            return base58check(candidate);
        }
        return BAD_CHARACTER;
    }

    // ---- base58check ----

    private static Validation base58check(CharSequence s) {
        int len = s.length();
        if (len < 26 || len > 35) {
            return WRONG_LENGTH;
        }
        byte[] out = new byte[25];
        int leadingOnes = 0;
        while (leadingOnes < len && s.charAt(leadingOnes) == '1') {
            leadingOnes++;
        }
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            int carry = c < 128 ? BASE58.indexOf(c) : -1;
            if (carry < 0) {
                return BAD_CHARACTER;
            }
            for (int k = 24; k >= 0; k--) {
                carry += 58 * (out[k] & 0xff);
                out[k] = (byte) carry;
                carry >>>= 8;
            }
            if (carry != 0) {
                return WRONG_LENGTH; // more than 25 bytes
            }
        }
        // Each leading '1' encodes one leading zero byte, and only those do.
        int zeros = 0;
        while (zeros < 25 && out[zeros] == 0) {
            zeros++;
        }
        if (zeros != leadingOnes) {
            return WRONG_LENGTH;
        }
        int version = out[0] & 0xff;
        if (version != 0x00 && version != 0x05 && version != 0x30 && version != 0x32) {
            return BAD_VERSION;
        }
        MessageDigest sha = sha256();
        sha.update(out, 0, 21);
        byte[] check = sha.digest(sha.digest());
        for (int i = 0; i < 4; i++) {
            if (check[i] != out[21 + i]) {
                return CHECKSUM;
            }
        }
        return Validation.VALID;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    // ---- bech32 / bech32m (human-readable part "bc") ----

    private static Validation segwit(CharSequence s) {
        int len = s.length();
        if (len < 14 || len > 74) { // bc1 + version + 2..40-byte program + 6 checksum characters
            return WRONG_LENGTH;
        }
        boolean lower = false;
        boolean upper = false;
        int[] data = new int[len - 3];
        for (int i = 3; i < len; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
                c = (char) (c + ('a' - 'A'));
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            }
            int v = c < 128 ? BECH32.indexOf(c) : -1;
            if (v < 0) {
                return BAD_CHARACTER;
            }
            data[i - 3] = v;
        }
        upper |= s.charAt(0) == 'B' || s.charAt(1) == 'C';
        lower |= s.charAt(0) == 'b' || s.charAt(1) == 'c';
        if (lower && upper) {
            return MIXED_CASE;
        }
        // Checksum over the expanded human-readable part "bc" and the data.
        int chk = 1;
        chk = polymodStep(chk, 'b' >> 5);
        chk = polymodStep(chk, 'c' >> 5);
        chk = polymodStep(chk, 0);
        chk = polymodStep(chk, 'b' & 31);
        chk = polymodStep(chk, 'c' & 31);
        for (int v : data) {
            chk = polymodStep(chk, v);
        }
        int witnessVersion = data[0];
        if (witnessVersion > 16) {
            return BAD_PROGRAM;
        }
        if (chk != (witnessVersion == 0 ? BECH32_CONST : BECH32M_CONST)) {
            return CHECKSUM;
        }
        // Program: the 5-bit groups between the version and the checksum, regrouped as bytes.
        int bits = (data.length - 7) * 5;
        int bytes = bits / 8;
        if (bits % 8 > 4 || bytes < 2 || bytes > 40 || witnessVersion == 0 && bytes != 20 && bytes != 32) {
            return BAD_PROGRAM;
        }
        int padding = data[data.length - 7] & ((1 << (bits % 8)) - 1);
        return padding == 0 ? Validation.VALID : BAD_PROGRAM;
    }

    private static int polymodStep(int chk, int value) {
        int top = chk >>> 25;
        chk = (chk & 0x1ffffff) << 5 ^ value;
        for (int i = 0; i < 5; i++) {
            if ((top >>> i & 1) != 0) {
                chk ^= GENERATOR[i];
            }
        }
        return chk;
    }

    // ---- Ethereum ----

    private static Validation ethereum(CharSequence s) {
        if (s.length() != 42) {
            return WRONG_LENGTH;
        }
        boolean lower = false;
        boolean upper = false;
        boolean zero = true;
        byte[] ascii = new byte[40];
        for (int i = 0; i < 40; i++) {
            char c = s.charAt(i + 2);
            if (c >= 'a' && c <= 'f') {
                lower = true;
            } else if (c >= 'A' && c <= 'F') {
                upper = true;
                c = (char) (c + ('a' - 'A'));
            } else if (!Digits.isDigit(c)) {
                return BAD_CHARACTER;
            }
            zero &= c == '0';
            ascii[i] = (byte) c;
        }
        if (zero) {
            return ZERO;
        }
        if (!(lower && upper)) {
            return Validation.VALID;
        }
        byte[] hash = Keccak256.hash(ascii);
        for (int i = 0; i < 40; i++) {
            char c = s.charAt(i + 2);
            if (c > '9') {
                int nibble = (hash[i >> 1] >> ((i & 1) == 0 ? 4 : 0)) & 0xf;
                if (nibble >= 8 != c <= 'F') {
                    return EIP55;
                }
            }
        }
        return Validation.VALID;
    }
}

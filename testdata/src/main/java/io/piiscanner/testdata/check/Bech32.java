package io.piiscanner.testdata.check;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** BIP-173 bech32 and BIP-350 bech32m segwit addresses. */
public final class Bech32 {
    private static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int[] GEN = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    private static final int BECH32 = 1;
    private static final int BECH32M = 0x2bc830a3;

    private Bech32() {
    }

    public static String segwitAddress(String hrp, int witnessVersion, byte[] program) {
        byte[] conv = convertBits(program);
        byte[] data = new byte[conv.length + 1];
        data[0] = (byte) witnessVersion;
        System.arraycopy(conv, 0, data, 1, conv.length);
        int constant = witnessVersion == 0 ? BECH32 : BECH32M;
        int mod = polymod(concat(expand(hrp), data, new byte[6])) ^ constant;
        StringBuilder b = new StringBuilder(hrp).append('1');
        for (byte d : data) {
            b.append(CHARSET.charAt(d));
        }
        for (int i = 0; i < 6; i++) {
            b.append(CHARSET.charAt((mod >>> (5 * (5 - i))) & 31));
        }
        return b.toString();
    }

    /** True when the string is a checksum-valid bech32/bech32m segwit address (either case). */
    public static boolean isValidSegwit(String addr) {
        String s = addr.toLowerCase(Locale.ROOT);
        if (!s.equals(addr) && !addr.toUpperCase(Locale.ROOT).equals(addr)) {
            return false;
        }
        int sep = s.lastIndexOf('1');
        if (sep < 1 || s.length() - sep < 8) {
            return false;
        }
        String hrp = s.substring(0, sep);
        byte[] data = new byte[s.length() - sep - 1];
        for (int i = 0; i < data.length; i++) {
            int v = CHARSET.indexOf(s.charAt(sep + 1 + i));
            if (v < 0) {
                return false;
            }
            data[i] = (byte) v;
        }
        int mod = polymod(concat(expand(hrp), data, new byte[0]));
        int expected = data[0] == 0 ? BECH32 : BECH32M;
        return mod == expected;
    }

    private static byte[] convertBits(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int acc = 0;
        int bits = 0;
        for (byte value : in) {
            acc = (acc << 8) | (value & 0xff);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.write((acc >>> bits) & 31);
            }
        }
        if (bits > 0) {
            out.write((acc << (5 - bits)) & 31);
        }
        return out.toByteArray();
    }

    private static byte[] expand(String hrp) {
        byte[] r = new byte[hrp.length() * 2 + 1];
        for (int i = 0; i < hrp.length(); i++) {
            r[i] = (byte) (hrp.charAt(i) >> 5);
            r[i + hrp.length() + 1] = (byte) (hrp.charAt(i) & 31);
        }
        return r;
    }

    private static byte[] concat(byte[] a, byte[] b, byte[] c) {
        byte[] r = new byte[a.length + b.length + c.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        System.arraycopy(c, 0, r, a.length + b.length, c.length);
        return r;
    }

    private static int polymod(byte[] values) {
        int chk = 1;
        for (byte v : values) {
            int top = chk >>> 25;
            chk = ((chk & 0x1ffffff) << 5) ^ (v & 0xff);
            for (int i = 0; i < 5; i++) {
                if (((top >>> i) & 1) != 0) {
                    chk ^= GEN[i];
                }
            }
        }
        return chk;
    }
}

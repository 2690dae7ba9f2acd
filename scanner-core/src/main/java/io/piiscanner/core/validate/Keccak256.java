package io.piiscanner.core.validate;

/**
 * Keccak-256 as Ethereum uses it: Keccak-f[1600], rate 136 bytes, 256-bit output, the original Keccak
 * padding (domain byte 0x01), not FIPS 202 SHA3-256's 0x06. Needed for EIP-55 address checksums; the JDK
 * has SHA3-256 but not pre-standard Keccak. Source: The Keccak reference, version 3.0; FIPS 202 (the
 * permutation, identical in both).
 */
final class Keccak256 {

    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    /** Rotation offsets r[x][y], indexed x + 5y. */
    private static final int[] ROTATIONS = {
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
    };
    private static final int RATE = 136;

    private Keccak256() {
    }

    /** Keccak-256 of {@code input}. */
    static byte[] hash(byte[] input) {
        return sponge(input, (byte) 0x01);
    }

    /**
     * The 256-bit sponge with the given domain padding byte: 0x01 is Keccak-256, 0x06 is SHA3-256 (which
     * lets tests compare the permutation with the JDK's SHA3-256).
     */
    static byte[] sponge(byte[] input, byte domain) {
        long[] state = new long[25];
        long[] c = new long[5];
        long[] b = new long[25];
        int blocks = input.length / RATE + 1;
        byte[] block = new byte[RATE];
        for (int k = 0; k < blocks; k++) {
            int off = k * RATE;
            int n = Math.min(RATE, input.length - off);
            java.util.Arrays.fill(block, (byte) 0);
            System.arraycopy(input, off, block, 0, n);
            if (k == blocks - 1) {
                block[n] ^= domain;
                block[RATE - 1] ^= (byte) 0x80;
            }
            for (int i = 0; i < RATE / 8; i++) {
                state[i] ^= littleEndian(block, i * 8);
            }
            permute(state, c, b);
        }
        byte[] out = new byte[32];
        for (int i = 0; i < 32; i++) {
            out[i] = (byte) (state[i >> 3] >>> (8 * (i & 7)));
        }
        return out;
    }

    private static long littleEndian(byte[] bytes, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (bytes[off + i] & 0xff);
        }
        return v;
    }

    /** Keccak-f[1600]: 24 rounds of theta, rho, pi, chi, iota. {@code c} and {@code b} are scratch space. */
    private static void permute(long[] a, long[] c, long[] b) {
        for (long rc : ROUND_CONSTANTS) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[y + x] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    int i = x + 5 * y;
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[i], ROTATIONS[i]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
                }
            }
            a[0] ^= rc;
        }
    }
}

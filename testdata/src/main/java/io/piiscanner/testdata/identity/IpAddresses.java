package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.text.Rnd;
import java.util.Map;
import java.util.Random;

/** Public and private IPv4, and IPv6 written in full or compressed (RFC 5952) form. */
public final class IpAddresses {
    /** First octets allocated to regional registries (excludes reserved and documentation ranges). */
    private static final int[] PUBLIC_FIRST = {24, 31, 37, 41, 46, 49, 50, 62, 66, 67, 68, 69, 71, 72, 73, 74, 75,
        76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 103,
        104, 105, 107, 108, 109, 112, 115, 116, 118, 122, 128, 131, 134, 137, 141, 143, 145, 151, 154, 157, 162,
        165, 173, 174, 176, 177, 178, 179, 181, 184, 185, 186, 187, 188, 189, 190, 191, 193, 194, 195, 196, 197,
        200, 201, 212, 213, 217};
    private static final String[] V6_PREFIX = {"2a02", "2a01", "2a00", "2a03", "2a0a", "2001", "2003", "2600",
        "2601", "2603", "2605", "2607", "2800", "2400", "2401", "2405", "2c0f", "fd12", "fd7a", "fe80"};

    private IpAddresses() {
    }

    /** Variant "kind": public4, private4 or v6. */
    public static Pii of(Random rnd) {
        int kind = Rnd.weighted(rnd, 44, 32, 24);
        String text = switch (kind) {
            case 0 -> publicV4(rnd);
            case 1 -> privateV4(rnd);
            default -> v6(rnd);
        };
        return new Pii(Entity.IP_ADDRESS, text, Map.of("kind", kind == 0 ? "public4" : kind == 1 ? "private4" : "v6"));
    }

    static String publicV4(Random rnd) {
        return PUBLIC_FIRST[rnd.nextInt(PUBLIC_FIRST.length)] + "." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "."
            + Rnd.between(rnd, 1, 254);
    }

    static String privateV4(Random rnd) {
        return switch (Rnd.weighted(rnd, 45, 20, 35)) {
            case 0 -> "10." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + Rnd.between(rnd, 1, 254);
            case 1 -> "172." + Rnd.between(rnd, 16, 31) + "." + rnd.nextInt(256) + "." + Rnd.between(rnd, 1, 254);
            default -> "192.168." + Rnd.pick(rnd, 0, 1, 1, 2, 10, 100, 178, rnd.nextInt(256)) + "."
                + Rnd.between(rnd, 2, 254);
        };
    }

    static String v6(Random rnd) {
        String prefix = Rnd.pick(rnd, V6_PREFIX);
        int[] g = new int[8];
        g[0] = Integer.parseInt(prefix, 16);
        for (int i = 1; i < 8; i++) {
            g[i] = rnd.nextInt(0x10000);
        }
        if (prefix.equals("fe80")) {
            g[1] = 0;
            g[2] = 0;
            g[3] = 0;
        } else if (Rnd.chance(rnd, 0.25)) {
            int from = Rnd.between(rnd, 3, 6);
            for (int i = from; i < 7; i++) {
                g[i] = 0;
            }
            g[7] = Rnd.between(rnd, 1, 255);
        }
        if (Rnd.chance(rnd, 0.3)) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                b.append(i == 0 ? "" : ":").append(String.format("%04x", g[i]));
            }
            return b.toString();
        }
        return compress(g);
    }

    /** RFC 5952: lower case, no leading zeros, longest run (>= 2) of zero groups as "::". */
    static String compress(int[] g) {
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] == 0) {
                int j = i;
                while (j < 8 && g[j] == 0) {
                    j++;
                }
                if (j - i > bestLen && j - i >= 2) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                b.append("::");
                i += bestLen - 1;
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
                b.append(':');
            }
            b.append(Integer.toHexString(g[i]));
        }
        return b.toString();
    }
}

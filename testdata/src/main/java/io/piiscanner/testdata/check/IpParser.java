package io.piiscanner.testdata.check;

/** Strict textual IPv4 / IPv6 parsing (no DNS, no zone ids). */
public final class IpParser {
    private IpParser() {
    }

    public static boolean isIpv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !Digits.allDigits(p) || (p.length() > 1 && p.charAt(0) == '0')
                || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    public static boolean isIpv6(String s) {
        if (s.isEmpty() || s.indexOf("::") != s.lastIndexOf("::")) {
            return false;
        }
        boolean compressed = s.contains("::");
        String[] halves = compressed ? s.split("::", -1) : new String[] {s};
        int groups = 0;
        for (String half : halves) {
            if (half.isEmpty()) {
                continue;
            }
            for (String g : half.split(":", -1)) {
                if (g.isEmpty() || g.length() > 4 || !g.matches("[0-9a-fA-F]+")) {
                    return false;
                }
                groups++;
            }
        }
        return compressed ? groups < 8 : groups == 8;
    }
}

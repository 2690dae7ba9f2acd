package io.piiscanner.testdata.check;

import java.util.Random;

/** Small helpers for digit strings. */
public final class Digits {
    private Digits() {
    }

    public static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Removes spaces, dashes, dots and slashes (the separators people put inside identifiers). */
    public static String strip(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '-' && c != '.' && c != '/' && c != '\u00a0') {
                b.append(c);
            }
        }
        return b.toString();
    }

    public static String random(Random rnd, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + rnd.nextInt(10)));
        }
        return b.toString();
    }

    /** n digits, the first one not zero. */
    public static String randomNoLeadingZero(Random rnd, int n) {
        return (char) ('1' + rnd.nextInt(9)) + random(rnd, n - 1);
    }

    public static String pad(long v, int width) {
        String s = Long.toString(v);
        return "0".repeat(Math.max(0, width - s.length())) + s;
    }

    public static int at(String s, int i) {
        return s.charAt(i) - '0';
    }

    /** Inserts {@code sep} after each group length given in {@code groups}. */
    public static String group(String s, String sep, int... groups) {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (int i = 0; i < groups.length && pos < s.length(); i++) {
            if (i > 0) {
                b.append(sep);
            }
            int end = Math.min(s.length(), pos + groups[i]);
            b.append(s, pos, end);
            pos = end;
        }
        if (pos < s.length()) {
            b.append(sep).append(s.substring(pos));
        }
        return b.toString();
    }

    /** Groups of {@code size} characters, the last one possibly shorter. */
    public static String every(String s, int size, String sep) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i += size) {
            if (i > 0) {
                b.append(sep);
            }
            b.append(s, i, Math.min(s.length(), i + size));
        }
        return b.toString();
    }
}

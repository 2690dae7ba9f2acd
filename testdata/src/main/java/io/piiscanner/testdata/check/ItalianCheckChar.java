package io.piiscanner.testdata.check;

/**
 * The odd/even conversion tables shared by the Italian codice fiscale check character and the
 * Italian bank CIN (the first character of the Italian BBAN).
 */
public final class ItalianCheckChar {
    /** Odd-position (1st, 3rd, ...) values for 0-9 and A-Z (digits map like A..J). */
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
        10, 22, 25, 24, 23};

    private ItalianCheckChar() {
    }

    public static char compute(String chars) {
        int s = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            int idx = Character.isDigit(c) ? c - '0' : c - 'A';
            s += (i % 2 == 0) ? ODD[idx] : idx;
        }
        return (char) ('A' + s % 26);
    }
}

package io.piiscanner.testdata.check;

/** Luhn (mod 10) check digit, used by payment cards and Canadian SINs. */
public final class Luhn {
    private Luhn() {
    }

    public static boolean isValid(String digits) {
        if (digits.isEmpty() || !Digits.allDigits(digits)) {
            return false;
        }
        return sum(digits, false) % 10 == 0;
    }

    /** The digit to append to {@code payload} so that the result passes Luhn. */
    public static int checkDigit(String payload) {
        return (10 - sum(payload, true) % 10) % 10;
    }

    private static int sum(String digits, boolean doubleRightmost) {
        int sum = 0;
        boolean dbl = doubleRightmost;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum;
    }
}

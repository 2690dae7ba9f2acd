package io.piiscanner.testdata.check;

/** Carrier tracking-number check digits (UPS 1Z, FedEx 12-digit, USPS mod 10). */
public final class TrackingCheckDigits {
    private static final int[] FEDEX_WEIGHTS = {1, 7, 3};

    private TrackingCheckDigits() {
    }

    /** UPS: over the 15 characters after "1Z"; letters map to (ordinal - 63) mod 10. */
    public static int ups(String after1z15) {
        int s = 0;
        for (int i = 0; i < after1z15.length(); i++) {
            char c = after1z15.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : (c - 63) % 10;
            s += (i % 2 == 1) ? 2 * v : v;
        }
        return (10 - s % 10) % 10;
    }

    /** FedEx Express 12-digit: weights 1,7,3 from the right over the first 11 digits, mod 11 mod 10. */
    public static int fedex12(String first11) {
        int s = 0;
        for (int i = 0; i < 11; i++) {
            int d = first11.charAt(10 - i) - '0';
            s += d * FEDEX_WEIGHTS[i % 3];
        }
        return (s % 11) % 10;
    }

    /** USPS / GS1 style mod 10: weights 3,1 from the right. */
    public static int usps(String payload) {
        int s = 0;
        for (int i = 0; i < payload.length(); i++) {
            int d = payload.charAt(payload.length() - 1 - i) - '0';
            s += (i % 2 == 0) ? 3 * d : d;
        }
        return (10 - s % 10) % 10;
    }
}

package io.piiscanner.testdata.check;

/** Check digits of national identifiers, each computed from the published algorithm. */
public final class NationalCheckDigits {
    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final String NRIC_ST = "JZIHGFEDCBA";
    private static final String NRIC_FG = "XWUTRQPNMLK";
    private static final int[] NRIC_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};
    private static final int[] TFN_WEIGHTS = {1, 4, 3, 7, 5, 8, 6, 9, 10};
    private static final int[] PESEL_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

    private NationalCheckDigits() {
    }

    /** ABA routing: 3-7-1 weights, sum mod 10 == 0. Returns the 9th digit for 8 given digits. */
    public static int abaCheckDigit(String first8) {
        int s = 3 * (Digits.at(first8, 0) + Digits.at(first8, 3) + Digits.at(first8, 6))
            + 7 * (Digits.at(first8, 1) + Digits.at(first8, 4) + Digits.at(first8, 7))
            + (Digits.at(first8, 2) + Digits.at(first8, 5));
        return (10 - s % 10) % 10;
    }

    public static boolean abaValid(String d) {
        return d.length() == 9 && Digits.allDigits(d)
            && abaCheckDigit(d.substring(0, 8)) == Digits.at(d, 8);
    }

    /** NHS number: weights 10..2, check = 11 - sum mod 11; -1 when the payload cannot be used (10). */
    public static int nhsCheckDigit(String first9) {
        int s = 0;
        for (int i = 0; i < 9; i++) {
            s += Digits.at(first9, i) * (10 - i);
        }
        int c = 11 - s % 11;
        if (c == 11) {
            return 0;
        }
        return c == 10 ? -1 : c;
    }

    /** Australian TFN: weighted sum mod 11 == 0. */
    public static boolean tfnValid(String d) {
        if (d.length() != 9 || !Digits.allDigits(d)) {
            return false;
        }
        int s = 0;
        for (int i = 0; i < 9; i++) {
            s += Digits.at(d, i) * TFN_WEIGHTS[i];
        }
        return s % 11 == 0;
    }

    /** Solves the 9th TFN digit; -1 when no digit works. */
    public static int tfnCheckDigit(String first8) {
        int s = 0;
        for (int i = 0; i < 8; i++) {
            s += Digits.at(first8, i) * TFN_WEIGHTS[i];
        }
        // s + 10*d == 0 (mod 11)  <=>  d == s (mod 11), because 10 == -1 (mod 11)
        int d = s % 11;
        return d == 10 ? -1 : d;
    }

    /** Dutch BSN 11-proof: 9*d1 + 8*d2 + ... + 2*d8 - d9 == 0 (mod 11). */
    public static int bsnCheckDigit(String first8) {
        int s = 0;
        for (int i = 0; i < 8; i++) {
            s += Digits.at(first8, i) * (9 - i);
        }
        int d = s % 11;
        return d == 10 ? -1 : d;
    }

    public static boolean bsnValid(String d) {
        return d.length() == 9 && Digits.allDigits(d) && bsnCheckDigit(d.substring(0, 8)) == Digits.at(d, 8);
    }

    public static int peselCheckDigit(String first10) {
        int s = 0;
        for (int i = 0; i < 10; i++) {
            s += Digits.at(first10, i) * PESEL_WEIGHTS[i];
        }
        return (10 - s % 10) % 10;
    }

    /** Brazilian CPF: returns the two check digits for 9 base digits. */
    public static String cpfCheckDigits(String first9) {
        int d1 = cpfDigit(first9, 10);
        int d2 = cpfDigit(first9 + d1, 11);
        return "" + d1 + d2;
    }

    private static int cpfDigit(String base, int startWeight) {
        int s = 0;
        for (int i = 0; i < base.length(); i++) {
            s += Digits.at(base, i) * (startWeight - i);
        }
        int r = (s * 10) % 11;
        return r == 10 ? 0 : r;
    }

    /** French NIR key: 97 - (first 13 digits mod 97). */
    public static int nirKey(String first13) {
        return 97 - (int) (Long.parseLong(first13) % 97);
    }

    /** Spanish DNI/NIE letter for an 8-digit number (NIE prefix already mapped X=0, Y=1, Z=2). */
    public static char nifLetter(String eightDigits) {
        return NIF_LETTERS.charAt(Integer.parseInt(eightDigits) % 23);
    }

    /** Singapore NRIC/FIN check letter for prefix S/T/F/G and 7 digits. */
    public static char nricLetter(char prefix, String seven) {
        int s = 0;
        for (int i = 0; i < 7; i++) {
            s += Digits.at(seven, i) * NRIC_WEIGHTS[i];
        }
        if (prefix == 'T' || prefix == 'G') {
            s += 4;
        }
        int r = s % 11;
        return (prefix == 'S' || prefix == 'T') ? NRIC_ST.charAt(r) : NRIC_FG.charAt(r);
    }

    /** German Steuer-IdNr structure rule on the first 10 digits (since 2016). */
    public static boolean deTaxIdDigitRule(String first10) {
        if (first10.charAt(0) == '0') {
            return false;
        }
        int[] counts = new int[10];
        for (int i = 0; i < 10; i++) {
            counts[Digits.at(first10, i)]++;
        }
        int repeated = 0;
        int repeatedDigit = -1;
        for (int d = 0; d < 10; d++) {
            if (counts[d] > 3) {
                return false;
            }
            if (counts[d] >= 2) {
                repeated++;
                repeatedDigit = d;
            }
        }
        if (repeated != 1) {
            return false;
        }
        if (counts[repeatedDigit] == 3) {
            char c = (char) ('0' + repeatedDigit);
            return !first10.contains("" + c + c + c);
        }
        return true;
    }
}

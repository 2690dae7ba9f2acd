package io.piiscanner.testdata.check;

import java.math.BigInteger;

/** National check digits inside BBANs, so generated IBANs look right to a domestic eye too. */
public final class BankCheckDigits {
    private static final int[] ES_WEIGHTS = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
    private static final int[] PL_WEIGHTS = {3, 9, 7, 1, 3, 9, 7};

    private BankCheckDigits() {
    }

    /** French RIB key for numeric bank (5), branch (5) and account (11) codes. */
    public static String frRibKey(String bank, String branch, String account) {
        BigInteger n = BigInteger.valueOf(89).multiply(new BigInteger(bank))
            .add(BigInteger.valueOf(15).multiply(new BigInteger(branch)))
            .add(BigInteger.valueOf(3).multiply(new BigInteger(account)));
        int key = 97 - n.mod(BigInteger.valueOf(97)).intValue();
        return Digits.pad(key, 2);
    }

    /** Spanish "dígitos de control" (2 digits) for bank(4), branch(4) and account(10). */
    public static String esControl(String bank, String branch, String account) {
        return "" + esDigit("00" + bank + branch) + esDigit(account);
    }

    private static int esDigit(String ten) {
        int s = 0;
        for (int i = 0; i < 10; i++) {
            s += Digits.at(ten, i) * ES_WEIGHTS[i];
        }
        int d = 11 - s % 11;
        return d == 11 ? 0 : d == 10 ? 1 : d;
    }

    /** Belgian national check: first 10 digits mod 97, 0 becomes 97. */
    public static String beCheck(String first10) {
        int r = (int) (Long.parseLong(first10) % 97);
        return Digits.pad(r == 0 ? 97 : r, 2);
    }

    /** Polish bank sort code check digit (8th digit) for 7 digits. */
    public static int plSortCheck(String seven) {
        int s = 0;
        for (int i = 0; i < 7; i++) {
            s += Digits.at(seven, i) * PL_WEIGHTS[i];
        }
        return (10 - s % 10) % 10;
    }

    /** Dutch "elfproef" for 10-digit account numbers (weights 10..1). -1 when unusable. */
    public static int nlElfproefLast(String first9) {
        int s = 0;
        for (int i = 0; i < 9; i++) {
            s += Digits.at(first9, i) * (10 - i);
        }
        int d = (11 - s % 11) % 11;
        return d == 10 ? -1 : d;
    }
}

package io.piiscanner.testdata.check;

/** ISO 7064 MOD 97-10 as used by IBAN, plus the plain "n mod 97" used by national schemes. */
public final class Mod97 {
    private Mod97() {
    }

    /** Remainder mod 97 of an alphanumeric string, letters mapped A=10 ... Z=35. */
    public static int mod97(String alnum) {
        int rem = 0;
        for (int i = 0; i < alnum.length(); i++) {
            char c = alnum.charAt(i);
            if (c >= '0' && c <= '9') {
                rem = (rem * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                int v = c - 'A' + 10;
                rem = (rem * 100 + v) % 97;
            } else {
                throw new IllegalArgumentException("not alphanumeric: " + alnum);
            }
        }
        return rem;
    }

    /** The two IBAN check digits for a country code and BBAN. */
    public static String ibanCheckDigits(String country, String bban) {
        int check = 98 - mod97(bban + country + "00");
        return check < 10 ? "0" + check : Integer.toString(check);
    }

    /** Valid when the IBAN (without spaces, upper case) passes mod 97 == 1. */
    public static boolean ibanValid(String compactIban) {
        if (compactIban.length() < 5) {
            return false;
        }
        for (int i = 0; i < compactIban.length(); i++) {
            char c = compactIban.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        String rearranged = compactIban.substring(4) + compactIban.substring(0, 4);
        return mod97(rearranged) == 1;
    }
}

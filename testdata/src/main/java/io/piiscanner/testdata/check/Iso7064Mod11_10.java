package io.piiscanner.testdata.check;

/** ISO/IEC 7064 MOD 11,10 (hybrid system), used by the German Steuer-IdNr. */
public final class Iso7064Mod11_10 {
    private Iso7064Mod11_10() {
    }

    public static int checkDigit(String payload) {
        int product = 10;
        for (int i = 0; i < payload.length(); i++) {
            int sum = (payload.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (sum * 2) % 11;
        }
        int check = 11 - product;
        return check == 10 ? 0 : check;
    }
}

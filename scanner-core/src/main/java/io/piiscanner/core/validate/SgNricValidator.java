package io.piiscanner.core.validate;

/**
 * Singapore NRIC/FIN ({@code sg-nric}): prefix S or T (citizens and PRs, born before / from 2000), F or G
 * (foreigners), 7 digits and a check letter: weights 2,7,6,5,4,3,2, plus 4 for T and G, mod 11, looked up in
 * "JZIHGFEDCBA" (S, T) or "XWUTRQPNMLK" (F, G). The 2022 M series uses a different table that is not
 * published officially, so M numbers are not accepted here. Source: ICA; the published NRIC algorithm.
 */
public final class SgNricValidator implements Validator {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2};
    private static final String ST = "JZIHGFEDCBA";
    private static final String FG = "XWUTRQPNMLK";

    @Override
    public Validation validate(CharSequence candidate) {
        String s = candidate.toString().trim();
        if (s.length() != 9) {
            return NationalIdValidators.WRONG_LENGTH;
        }
        char prefix = s.charAt(0);
        if ("STFG".indexOf(prefix) < 0) {
            return Validation.invalid("prefix not checkable");
        }
        int sum = prefix == 'T' || prefix == 'G' ? 4 : 0;
        for (int i = 0; i < 7; i++) {
            char c = s.charAt(i + 1);
            if (c < '0' || c > '9') {
                return NationalIdValidators.BAD_CHARACTER;
            }
            sum += WEIGHTS[i] * (c - '0');
        }
        String table = prefix == 'S' || prefix == 'T' ? ST : FG;
        return s.charAt(8) == table.charAt(sum % 11) ? Validation.VALID : NationalIdValidators.CHECK_MISMATCH;
    }
}

package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.digits;

/**
 * Singapore NRIC / FIN ({@code sg-nric}): a prefix letter, seven digits and a check letter, upper case and
 * without separators ("S1234567D").
 *
 * <p>Prefixes as issued by the Immigration and Checkpoints Authority: S or T (citizens and permanent
 * residents, born before 2000 / from 2000), F or G (foreigners, issued before 2000 / from 2000) or M
 * (foreigners, issued from 2022). ICA does not publish the checksum; the one in general use is: the digits
 * are weighted 2, 7, 6, 5, 4, 3, 2, plus 4 for T and G and 3 for M; the sum modulo 11 indexes
 * "JZIHGFEDCBA" for S and T, "XWUTRQPNMLK" for F and G and "XWUTRQPNJLK" for M (the M table as implemented
 * in GovTech's FormSG, {@code isMFinSeriesValid}).
 */
public final class SgNricValidator implements Validator {

    private static final long[] NO_LAYOUTS = {};
    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2};
    private static final String CITIZEN = "JZIHGFEDCBA";
    private static final String FOREIGNER = "XWUTRQPNMLK";
    private static final String FOREIGNER_M = "XWUTRQPNJLK";
    private static final Validation BAD_PREFIX = Validation.invalid("prefix not S, T, F, G or M");
    private static final Validation CHECK_LETTER = Validation.invalid("check letter mismatch");

    @Override
    public Validation validate(CharSequence candidate) {
        char[] c = new char[9];
        int n = compact(candidate, "", NO_LAYOUTS, c);
        if (n != 9) {
            return WRONG_LENGTH;
        }
        if (!digits(c, 1, 8)) {
            return BAD_CHARACTER;
        }
        String table;
        int sum;
        switch (c[0]) {
            case 'S' -> { table = CITIZEN; sum = 0; }
            case 'T' -> { table = CITIZEN; sum = 4; }
            case 'F' -> { table = FOREIGNER; sum = 0; }
            case 'G' -> { table = FOREIGNER; sum = 4; }
            case 'M' -> { table = FOREIGNER_M; sum = 3; }
            default -> {
                return BAD_PREFIX;
            }
        }
        for (int i = 0; i < 7; i++) {
            sum += WEIGHTS[i] * (c[i + 1] - '0');
        }
        return table.charAt(sum % 11) == c[8] ? Validation.VALID : CHECK_LETTER;
    }
}

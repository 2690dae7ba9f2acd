package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_SEPARATORS;
import static io.piiscanner.core.validate.NationalIdValidators.CHECK_MISMATCH;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.allSame;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.digits;
import static io.piiscanner.core.validate.NationalIdValidators.layout;

/**
 * Australian tax file number ({@code au-tfn}): 9 digits (plain or 3-3-3) with weights 1,4,3,7,5,8,6,9,10,
 * or the older 8 digits with weights 10,7,8,4,6,3,5,1; the weighted sum is divisible by 11.
 * Source: Australian Taxation Office, TFN algorithm.
 */
public final class AuTfnValidator implements Validator {

    private static final long[] LAYOUTS = {layout(3, 3, 3), layout(3, 3, 2)};
    private static final int[] WEIGHTS_9 = {1, 4, 3, 7, 5, 8, 6, 9, 10};
    private static final int[] WEIGHTS_8 = {10, 7, 8, 4, 6, 3, 5, 1};

    @Override
    public Validation validate(CharSequence candidate) {
        char[] c = new char[9];
        int n = compact(candidate, " ", LAYOUTS, c);
        if (n < 0) {
            return BAD_SEPARATORS;
        }
        if (n != 9 && n != 8) {
            return WRONG_LENGTH;
        }
        if (!digits(c, 0, n)) {
            return BAD_CHARACTER;
        }
        if (allSame(c, n)) {
            return NationalIdValidators.ALL_SAME;
        }
        int[] w = n == 9 ? WEIGHTS_9 : WEIGHTS_8;
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += w[i] * (c[i] - '0');
        }
        return sum % 11 == 0 ? Validation.VALID : CHECK_MISMATCH;
    }
}

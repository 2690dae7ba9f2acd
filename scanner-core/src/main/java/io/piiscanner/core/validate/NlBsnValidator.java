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
 * Dutch burgerservicenummer ({@code nl-bsn}): 9 digits (plain, 1234.56.789 or 123 456 789) passing the
 * 11-proof 9*d1 + 8*d2 + ... + 2*d8 - d9 = 0 mod 11. Source: Wet algemene bepalingen burgerservicenummer.
 */
public final class NlBsnValidator implements Validator {

    private static final long[] LAYOUTS = {layout(4, 2, 3), layout(3, 3, 3)};

    @Override
    public Validation validate(CharSequence candidate) {
        char[] c = new char[9];
        int n = compact(candidate, " .", LAYOUTS, c);
        if (n < 0) {
            return BAD_SEPARATORS;
        }
        if (n != 9) {
            return WRONG_LENGTH;
        }
        if (!digits(c, 0, 9)) {
            return BAD_CHARACTER;
        }
        if (allSame(c, 9)) {
            return NationalIdValidators.ALL_SAME;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (c[i] - '0');
        }
        sum -= c[8] - '0';
        return sum % 11 == 0 ? Validation.VALID : CHECK_MISMATCH;
    }
}

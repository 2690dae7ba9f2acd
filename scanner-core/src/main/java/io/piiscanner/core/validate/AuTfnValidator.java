package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_SEPARATORS;
import static io.piiscanner.core.validate.NationalIdValidators.CHECK_MISMATCH;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.digits;
import static io.piiscanner.core.validate.NationalIdValidators.layout;

/**
 * Australian Tax File Number ({@code au-tfn}): nine digits, written plain or 3-3-3 with spaces or dashes ("123 456
 * 782"), or an older eight-digit number (plain or 3-3-2).
 *
 * <p>The Australian Taxation Office does not publish its check algorithm; this is the one in general use
 * (e.g. python-stdnum's {@code au.tfn}, Wikipedia "Tax file number"): the weighted digit sum is a multiple of
 * 11, with weights 1, 4, 3, 7, 5, 8, 6, 9, 10 for nine digits and 10, 7, 8, 4, 6, 3, 5, 1 for eight.
 */
public final class AuTfnValidator implements Validator {

    private static final long[] LAYOUTS = {layout(3, 3, 3), layout(3, 3, 2)};
    private static final int[] WEIGHTS_9 = {1, 4, 3, 7, 5, 8, 6, 9, 10};
    private static final int[] WEIGHTS_8 = {10, 7, 8, 4, 6, 3, 5, 1};

    @Override
    public boolean acceptsPlainDigits() {
        return true;
    }

    @Override
    public Validation validate(CharSequence candidate) {
        char[] c = new char[9];
        int n = compact(candidate, " -", LAYOUTS, c);
        if (n < 0) {
            return BAD_SEPARATORS;
        }
        if (n != 8 && n != 9) {
            return WRONG_LENGTH;
        }
        if (!digits(c, 0, n)) {
            return BAD_CHARACTER;
        }
        int[] weights = n == 9 ? WEIGHTS_9 : WEIGHTS_8;
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += weights[i] * (c[i] - '0');
        }
        return sum % 11 == 0 ? Validation.VALID : CHECK_MISMATCH;
    }
}

package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.ALL_SAME;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_SEPARATORS;
import static io.piiscanner.core.validate.NationalIdValidators.CHECK_MISMATCH;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.allSame;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.digits;
import static io.piiscanner.core.validate.NationalIdValidators.layout;

/**
 * NHS number ({@code uk-nhs}, England, Wales and the Isle of Man): ten digits, written plain or 3-3-4 with
 * spaces or dashes ("943 476 5919").
 *
 * <p>Check digit per the NHS Data Dictionary ("NHS Number" attribute): the first nine digits are weighted
 * 10 down to 2, the check digit is 11 minus the sum modulo 11; a result of 11 means 0 and a result of 10
 * means the number is never issued. Numbers of one repeated digit pass the check but are not real numbers
 * and are rejected.
 */
public final class UkNhsValidator implements Validator {

    private static final long[] LAYOUTS = {layout(3, 3, 4)};
    private static final Validation CHECK_TEN = Validation.invalid("check value 10, never issued");

    @Override
    public boolean acceptsPlainDigits() {
        return true;
    }

    @Override
    public Validation validate(CharSequence candidate) {
        char[] c = new char[10];
        int n = compact(candidate, " -", LAYOUTS, c);
        if (n < 0) {
            return BAD_SEPARATORS;
        }
        if (n != 10) {
            return WRONG_LENGTH;
        }
        if (!digits(c, 0, 10)) {
            return BAD_CHARACTER;
        }
        if (allSame(c, 10)) {
            return ALL_SAME;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (c[i] - '0');
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        if (check == 10) {
            return CHECK_TEN;
        }
        return check == c[9] - '0' ? Validation.VALID : CHECK_MISMATCH;
    }
}

package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_SEPARATORS;
import static io.piiscanner.core.validate.NationalIdValidators.CHECK_MISMATCH;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.digits;
import static io.piiscanner.core.validate.NationalIdValidators.layout;

/**
 * Canadian Social Insurance Number ({@code ca-sin}): nine digits, written plain or 3-3-3 with spaces or
 * dashes ("130 692 544"), with a Luhn check digit.
 *
 * <p>Rules from Employment and Social Development Canada (the SIN's first digit gives the province of
 * registration; 9 is issued to temporary residents and is valid; 0 and 8 are not assigned to people) and the
 * Luhn algorithm (ISO/IEC 7812-1 annex B).
 */
public final class CaSinValidator implements Validator {

    private static final long[] LAYOUTS = {layout(3, 3, 3)};
    private static final Validation BAD_FIRST = Validation.invalid("first digit not assigned");

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
        if (n != 9) {
            return WRONG_LENGTH;
        }
        if (!digits(c, 0, 9)) {
            return BAD_CHARACTER;
        }
        if (c[0] == '0' || c[0] == '8') {
            return BAD_FIRST;
        }
        return Digits.luhn(candidate) ? Validation.VALID : CHECK_MISMATCH;
    }
}

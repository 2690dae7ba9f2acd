package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_SEPARATORS;
import static io.piiscanner.core.validate.NationalIdValidators.CHECK_MISMATCH;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.digits;
import static io.piiscanner.core.validate.NationalIdValidators.layout;

/**
 * Dutch citizen service number ({@code nl-bsn}, burgerservicenummer): nine digits, written plain or grouped
 * 4-2-3 ("1112.22.333") or 3-3-3 ("111 222 333") with dots or spaces. Eight-digit writings (a dropped
 * leading zero) are not accepted.
 *
 * <p>Rule: the "elfproef" of the Logisch Ontwerp BSN (Rijksdienst voor Identiteitsgegevens):
 * 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is divisible by 11; 000000000 is not a number.
 */
public final class NlBsnValidator implements Validator {

    private static final long[] LAYOUTS = {layout(4, 2, 3), layout(3, 3, 3)};
    private static final Validation ZERO = Validation.invalid("all zeros");

    @Override
    public boolean acceptsPlainDigits() {
        return true;
    }

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
        int sum = -(c[8] - '0');
        boolean zero = c[8] == '0';
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (c[i] - '0');
            zero &= c[i] == '0';
        }
        if (zero) {
            return ZERO;
        }
        return sum % 11 == 0 ? Validation.VALID : CHECK_MISMATCH;
    }
}

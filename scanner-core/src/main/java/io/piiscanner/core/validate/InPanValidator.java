package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.digits;
import static io.piiscanner.core.validate.NationalIdValidators.upper;

/**
 * Indian Permanent Account Number ({@code in-pan}): ten upper-case characters AAAAA9999A, written without
 * separators ("ABCPE1234F").
 *
 * <p>Rules from the Income Tax Department's PAN structure: the fourth letter is the holder type (P person,
 * C company, H Hindu undivided family, F firm, A association of persons, T trust, B body of individuals,
 * L local authority, J artificial juridical person, G government; K, "Krish", also appears in published
 * lists); the fifth is the initial of the holder's (sur)name; four serial digits 0001-9999; a final letter.
 * The final letter is a check character, but its algorithm is not published, so this is a format check only.
 */
public final class InPanValidator implements Validator {

    private static final long[] NO_LAYOUTS = {};
    private static final String HOLDER_TYPES = "PCHFATBLJGK";
    private static final Validation BAD_HOLDER = Validation.invalid("holder type letter not used");
    private static final Validation ZERO_SERIAL = Validation.invalid("serial number 0000");

    @Override
    public Validation validate(CharSequence candidate) {
        char[] c = new char[10];
        int n = compact(candidate, "", NO_LAYOUTS, c);
        if (n != 10) {
            return WRONG_LENGTH;
        }
        for (int i = 0; i < 5; i++) {
            if (!upper(c[i])) {
                return BAD_CHARACTER;
            }
        }
        if (!digits(c, 5, 9) || !upper(c[9])) {
            return BAD_CHARACTER;
        }
        if (HOLDER_TYPES.indexOf(c[3]) < 0) {
            return BAD_HOLDER;
        }
        if (c[5] == '0' && c[6] == '0' && c[7] == '0' && c[8] == '0') {
            return ZERO_SERIAL;
        }
        return Validation.VALID;
    }
}

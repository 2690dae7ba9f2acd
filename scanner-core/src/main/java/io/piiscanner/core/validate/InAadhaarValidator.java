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
 * Indian Aadhaar number ({@code in-aadhaar}): twelve digits, written plain or 4-4-4 with spaces or dashes
 * ("2341 2341 2346").
 *
 * <p>Rules from UIDAI's "A UID Numbering Scheme" (2010): the first digit is 2 to 9 (0 and 1 are reserved),
 * the last digit is a Verhoeff check digit. Numbers of one repeated digit are rejected.
 */
public final class InAadhaarValidator implements Validator {

    private static final long[] LAYOUTS = {layout(4, 4, 4)};
    /** Verhoeff: multiplication in the dihedral group D5. */
    private static final byte[][] D = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
    };
    /** Verhoeff: the position-dependent permutations. */
    private static final byte[][] P = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}
    };
    private static final Validation BAD_FIRST = Validation.invalid("first digit 0 or 1");

    @Override
    public boolean acceptsPlainDigits() {
        return true;
    }

    @Override
    public Validation validate(CharSequence candidate) {
        char[] c = new char[12];
        int n = compact(candidate, " -", LAYOUTS, c);
        if (n < 0) {
            return BAD_SEPARATORS;
        }
        if (n != 12) {
            return WRONG_LENGTH;
        }
        if (!digits(c, 0, 12)) {
            return BAD_CHARACTER;
        }
        if (c[0] < '2') {
            return BAD_FIRST;
        }
        if (allSame(c, 12)) {
            return ALL_SAME;
        }
        int check = 0;
        for (int i = 0; i < 12; i++) {
            check = D[check][P[i % 8][c[11 - i] - '0']];
        }
        return check == 0 ? Validation.VALID : CHECK_MISMATCH;
    }
}

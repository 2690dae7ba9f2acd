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
 * Indian Aadhaar number ({@code in-aadhaar}): 12 digits (plain or 4-4-4 with spaces or dashes), not
 * starting with 0 or 1, with a Verhoeff check digit. Source: UIDAI; Verhoeff (1969) dihedral-group check.
 */
public final class InAadhaarValidator implements Validator {

    private static final long[] LAYOUTS = {layout(4, 4, 4)};
    private static final int[][] D = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
            {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
            {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
            {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] P = {
            {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
            {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
            {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

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
            return Validation.invalid("first digit 0 or 1 is not issued");
        }
        if (allSame(c, 12)) {
            return NationalIdValidators.ALL_SAME;
        }
        return verhoeff(c, 12) ? Validation.VALID : CHECK_MISMATCH;
    }

    static boolean verhoeff(char[] c, int n) {
        int check = 0;
        for (int i = 0; i < n; i++) {
            check = D[check][P[i % 8][c[n - 1 - i] - '0']];
        }
        return check == 0;
    }
}

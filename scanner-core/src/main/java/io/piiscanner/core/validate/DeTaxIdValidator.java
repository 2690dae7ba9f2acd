package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_SEPARATORS;
import static io.piiscanner.core.validate.NationalIdValidators.CHECK_MISMATCH;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.digits;
import static io.piiscanner.core.validate.NationalIdValidators.layout;

/**
 * German tax identification number ({@code de-tax-id}, steuerliche Identifikationsnummer, IdNr): eleven
 * digits, written plain or with spaces as "12 345 678 901".
 *
 * <p>Rules from § 139b AO and the StIdV (ten digits plus a check digit), with the structure published by
 * the Bundeszentralamt für Steuern: the first digit is not 0; among the first ten digits exactly one digit
 * occurs two or three times and every other digit at most once; a digit occurring three times does not do so
 * in three consecutive places. The check digit is ISO/IEC 7064 MOD 11,10.
 */
public final class DeTaxIdValidator implements Validator {

    private static final long[] LAYOUTS = {layout(2, 3, 3, 3)};
    private static final Validation LEADING_ZERO = Validation.invalid("first digit is 0");
    private static final Validation BAD_REPETITION = Validation.invalid("digit repetition pattern not issued");

    @Override
    public boolean acceptsPlainDigits() {
        return true;
    }

    @Override
    public Validation validate(CharSequence candidate) {
        char[] c = new char[11];
        int n = compact(candidate, " ", LAYOUTS, c);
        if (n < 0) {
            return BAD_SEPARATORS;
        }
        if (n != 11) {
            return WRONG_LENGTH;
        }
        if (!digits(c, 0, 11)) {
            return BAD_CHARACTER;
        }
        if (c[0] == '0') {
            return LEADING_ZERO;
        }
        if (!repetitionIssued(c)) {
            return BAD_REPETITION;
        }
        int product = 10;
        for (int i = 0; i < 10; i++) {
            int sum = (c[i] - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = sum * 2 % 11;
        }
        int check = 11 - product;
        if (check == 10) {
            check = 0;
        }
        return check == c[10] - '0' ? Validation.VALID : CHECK_MISMATCH;
    }

    private static boolean repetitionIssued(char[] c) {
        int counts = 0; // 3 bits per digit value
        int repeated = -1;
        for (int i = 0; i < 10; i++) {
            int d = c[i] - '0';
            int k = (counts >>> (3 * d) & 7) + 1;
            if (k > 3) {
                return false;
            }
            counts += 1 << (3 * d);
            if (k == 2) {
                if (repeated >= 0 && repeated != d) {
                    return false;
                }
                repeated = d;
            }
            if (k == 3 && i >= 2 && c[i - 1] == c[i] && c[i - 2] == c[i]) {
                return false;
            }
        }
        return repeated >= 0;
    }
}

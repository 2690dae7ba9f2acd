package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_SEPARATORS;
import static io.piiscanner.core.validate.NationalIdValidators.CHECK_MISMATCH;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.digits;
import static io.piiscanner.core.validate.NationalIdValidators.layout;

/**
 * French NIR ({@code fr-nir}, numéro d'inscription au répertoire, the "social security number"): 13
 * characters and a 2-digit key, written plain or grouped "1 84 12 76 451 089 46" (or 13 + 2) with spaces or
 * dots.
 *
 * <p>Rules from INSEE (the RNIPP registration number): sex digit 1 or 2 (3, 4, 7 and 8 for provisional and
 * special numbers), year, month 01-12 or a conventional value 20-42 or 50-99, the department of birth (2A or
 * 2B for Corsica), commune and order number. The key is 97 minus the first 13 digits modulo 97, where, as
 * INSEE specifies, 2A is read as 19 and 2B as 18.
 */
public final class FrNirValidator implements Validator {

    private static final long[] LAYOUTS = {layout(1, 2, 2, 2, 3, 3, 2), layout(13, 2)};
    private static final Validation BAD_SEX = Validation.invalid("first digit not 1, 2, 3, 4, 7 or 8");
    private static final Validation BAD_MONTH = Validation.invalid("month not allowed");

    @Override
    public Validation validate(CharSequence candidate) {
        char[] c = new char[15];
        int n = compact(candidate, " .", LAYOUTS, c);
        if (n < 0) {
            return BAD_SEPARATORS;
        }
        if (n != 15) {
            return WRONG_LENGTH;
        }
        boolean corsica = c[5] == '2' && (c[6] == 'A' || c[6] == 'B');
        if (!digits(c, 0, 6) || !(corsica || digits(c, 6, 7)) || !digits(c, 7, 15)) {
            return BAD_CHARACTER;
        }
        char sex = c[0];
        if (sex != '1' && sex != '2' && sex != '3' && sex != '4' && sex != '7' && sex != '8') {
            return BAD_SEX;
        }
        int month = (c[3] - '0') * 10 + (c[4] - '0');
        if (!(month >= 1 && month <= 12 || month >= 20 && month <= 42 || month >= 50)) {
            return BAD_MONTH;
        }
        long number = 0;
        for (int i = 0; i < 13; i++) {
            int d;
            if (corsica && i == 5) {
                d = 1;
            } else if (corsica && i == 6) {
                d = c[6] == 'A' ? 9 : 8;
            } else {
                d = c[i] - '0';
            }
            number = number * 10 + d;
        }
        int key = (c[13] - '0') * 10 + (c[14] - '0');
        return key == 97 - (int) (number % 97) ? Validation.VALID : CHECK_MISMATCH;
    }
}

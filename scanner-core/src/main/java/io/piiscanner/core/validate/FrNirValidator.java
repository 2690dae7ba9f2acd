package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_SEPARATORS;
import static io.piiscanner.core.validate.NationalIdValidators.CHECK_MISMATCH;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.digits;
import static io.piiscanner.core.validate.NationalIdValidators.layout;

/**
 * French social security number, NIR ({@code fr-nir}): 13 characters and a 2-digit key, written plain or
 * "1 84 12 76 451 089 46". Sex 1, 2 (3, 4, 7, 8 for provisional numbers), birth month 01-12 or 20-99
 * (unknown or special), department digits or Corsica 2A/2B (counted as 19/18 for the key), and
 * key = 97 - (number mod 97). Source: INSEE, NIR structure; décret 82-103.
 */
public final class FrNirValidator implements Validator {

    private static final long[] LAYOUTS = {layout(1, 2, 2, 2, 3, 3, 2), layout(13, 2)};

    @Override
    public Validation validate(CharSequence candidate) {
        char[] c = new char[15];
        int n = compact(candidate, " ", LAYOUTS, c);
        if (n < 0) {
            return BAD_SEPARATORS;
        }
        if (n != 15) {
            return WRONG_LENGTH;
        }
        boolean corsica = c[5] == '2' && (c[6] == 'A' || c[6] == 'B');
        if (!digits(c, 0, 5) || !(corsica || digits(c, 5, 7)) || !digits(c, 7, 15)) {
            return BAD_CHARACTER;
        }
        if ("123478".indexOf(c[0]) < 0) {
            return Validation.invalid("first digit is not a sex code");
        }
        int month = (c[3] - '0') * 10 + (c[4] - '0');
        if (month == 0 || month > 12 && month < 20) {
            return Validation.invalid("month out of range");
        }
        String body = new String(c, 0, 13);
        if (corsica) {
            body = body.substring(0, 5) + (c[6] == 'A' ? "19" : "18") + body.substring(7);
        }
        long number = Long.parseLong(body);
        int key = (c[13] - '0') * 10 + (c[14] - '0');
        return 97 - (int) (number % 97) == key ? Validation.VALID : CHECK_MISMATCH;
    }
}

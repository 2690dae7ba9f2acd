package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_SEPARATORS;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.digits;
import static io.piiscanner.core.validate.NationalIdValidators.layout;

/**
 * Spanish personal tax number ({@code es-nif}): a DNI (eight digits and a check letter, "12345678Z") or an
 * NIE for foreigners (X, Y or Z, seven digits and a check letter, "X1234567L"). A single dash or space may
 * precede the check letter, and in an NIE may also follow the prefix letter ("X-1234567-L"). Letters are
 * upper case.
 *
 * <p>Rule from Real Decreto 1553/2005 (DNI) and Orden INT/2058/2008 (NIE), as published by the Ministerio
 * del Interior: the check letter is "TRWAGMYFPDXBNJZSQVHLCKE" indexed by the number modulo 23, where an NIE's
 * prefix X, Y or Z counts as the leading digit 0, 1 or 2.
 */
public final class EsNifValidator implements Validator {

    private static final long[] LAYOUTS = {layout(8, 1), layout(1, 7, 1)};
    private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final Validation CHECK_LETTER = Validation.invalid("check letter mismatch");

    @Override
    public Validation validate(CharSequence candidate) {
        String written = candidate.toString().trim();
        if (written.length() >= 11 && written.charAt(2) == '.' && written.charAt(6) == '.') {
            // "38.477.460-R": Spain writes the DNI number with thousands dots too.
            candidate = written.substring(0, 2) + written.substring(3, 6) + written.substring(7);
        }
        char[] c = new char[9];
        int n = compact(candidate, " -", LAYOUTS, c);
        if (n < 0) {
            return BAD_SEPARATORS;
        }
        if (n != 9) {
            return WRONG_LENGTH;
        }
        int number;
        if (c[0] >= 'X' && c[0] <= 'Z') {
            number = c[0] - 'X';
        } else if (c[0] >= '0' && c[0] <= '9') {
            if (separatedAfterFirst(candidate)) {
                return BAD_SEPARATORS;
            }
            number = c[0] - '0';
        } else {
            return BAD_CHARACTER;
        }
        if (!digits(c, 1, 8) || c[8] < 'A' || c[8] > 'Z') {
            return BAD_CHARACTER;
        }
        for (int i = 1; i < 8; i++) {
            number = number * 10 + (c[i] - '0');
        }
        return LETTERS.charAt(number % 23) == c[8] ? Validation.VALID : CHECK_LETTER;
    }

    /** Whether the value is written with a separator after its first character (only an NIE may be). */
    private static boolean separatedAfterFirst(CharSequence s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) <= ' ') {
            i++;
        }
        return i + 1 < s.length() && (s.charAt(i + 1) == '-' || s.charAt(i + 1) == ' ');
    }
}

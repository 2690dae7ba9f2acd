package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_SEPARATORS;
import static io.piiscanner.core.validate.NationalIdValidators.CHECK_MISMATCH;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.digits;
import static io.piiscanner.core.validate.NationalIdValidators.layout;

/**
 * Spanish DNI/NIF ({@code 12345678Z}) and NIE ({@code X1234567L}; X, Y, Z stand for 0, 1, 2): the check
 * letter is "TRWAGMYFPDXBNJZSQVHLCKE" at (number mod 23). A dash or space may stand before the letter and
 * after the NIE prefix. Source: Ministerio del Interior, "Cálculo del dígito de control del NIF/NIE".
 */
public final class EsNifValidator implements Validator {

    private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final long[] LAYOUTS = {layout(8, 1), layout(1, 7, 1), layout(1, 8)};

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
        int prefix = "XYZ".indexOf(c[0]);
        if (!(prefix >= 0 || c[0] >= '0' && c[0] <= '9') || !digits(c, 1, 8) || c[8] < 'A' || c[8] > 'Z') {
            return BAD_CHARACTER;
        }
        int number = (prefix >= 0 ? prefix : c[0] - '0');
        for (int i = 1; i < 8; i++) {
            number = number * 10 + (c[i] - '0');
        }
        return LETTERS.charAt(number % 23) == c[8] ? Validation.VALID : CHECK_MISMATCH;
    }
}

package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.ALL_SAME;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_SEPARATORS;
import static io.piiscanner.core.validate.NationalIdValidators.CHECK_MISMATCH;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.allSame;
import static io.piiscanner.core.validate.NationalIdValidators.digits;

/**
 * Brazilian individual taxpayer number ({@code br-cpf}, Cadastro de Pessoas Físicas): eleven digits, written
 * "000.000.000-00", "000000000-00" or plain.
 *
 * <p>Rule of the Receita Federal: two mod-11 check digits; the first over the nine base digits with weights
 * 10 down to 2, the second over the ten preceding digits with weights 11 down to 2, each being the weighted
 * sum × 10 modulo 11, with 10 read as 0. The ten numbers of one repeated digit pass the check but are not
 * issued and are rejected.
 */
public final class BrCpfValidator implements Validator {

    @Override
    public boolean acceptsPlainDigits() {
        return true;
    }

    @Override
    public Validation validate(CharSequence candidate) {
        int start = 0;
        int end = candidate.length();
        while (start < end && candidate.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && candidate.charAt(end - 1) <= ' ') {
            end--;
        }
        char[] c = new char[11];
        int n = 0;
        for (int i = start; i < end; i++) {
            char ch = candidate.charAt(i);
            if (ch != '.' && ch != '-') {
                if (n == 11) {
                    return WRONG_LENGTH;
                }
                c[n++] = ch;
            }
        }
        if (n != 11) {
            return WRONG_LENGTH;
        }
        if (!wellSeparated(candidate, start, end - start)) {
            return BAD_SEPARATORS;
        }
        if (!digits(c, 0, 11)) {
            return BAD_CHARACTER;
        }
        if (allSame(c, 11)) {
            return ALL_SAME;
        }
        return checkDigit(c, 9) == c[9] - '0' && checkDigit(c, 10) == c[10] - '0'
                ? Validation.VALID : CHECK_MISMATCH;
    }

    /** Plain, "000000000-00" or "000.000.000-00" (the value holds exactly 11 non-separators). */
    private static boolean wellSeparated(CharSequence s, int start, int len) {
        return switch (len) {
            case 11 -> true;
            case 12 -> s.charAt(start + 9) == '-';
            case 14 -> s.charAt(start + 3) == '.' && s.charAt(start + 7) == '.' && s.charAt(start + 11) == '-';
            default -> false;
        };
    }

    /** The check digit following {@code c[0..n)}: weights n+1 down to 2, sum × 10 mod 11, 10 as 0. */
    private static int checkDigit(char[] c, int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (n + 1 - i) * (c[i] - '0');
        }
        return sum * 10 % 11 % 10;
    }
}

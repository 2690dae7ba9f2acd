package io.piiscanner.core.validate;

/**
 * Brazilian CPF ({@code br-cpf}): 11 digits, plain or "529.982.247-25", two mod-11 check digits; the ten
 * numbers of one repeated digit are not issued. Source: Receita Federal, IN RFB 1548/2015.
 */
public final class BrCpfValidator implements Validator {

    @Override
    public Validation validate(CharSequence candidate) {
        String s = candidate.toString().trim();
        String digits;
        if (s.length() == 14) {
            if (s.charAt(3) != '.' || s.charAt(7) != '.' || s.charAt(11) != '-') {
                return NationalIdValidators.BAD_SEPARATORS;
            }
            digits = s.substring(0, 3) + s.substring(4, 7) + s.substring(8, 11) + s.substring(12);
        } else if (s.length() == 11) {
            digits = s;
        } else {
            return NationalIdValidators.WRONG_LENGTH;
        }
        int[] d = new int[11];
        for (int i = 0; i < 11; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return NationalIdValidators.BAD_CHARACTER;
            }
            d[i] = c - '0';
        }
        if (FinancialValidators.allSame(digits)) {
            return NationalIdValidators.ALL_SAME;
        }
        return checkDigit(d, 9) == d[9] && checkDigit(d, 10) == d[10] ? Validation.VALID : NationalIdValidators.CHECK_MISMATCH;
    }

    private static int checkDigit(int[] d, int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += d[i] * (n + 1 - i);
        }
        return sum * 10 % 11 % 10;
    }
}

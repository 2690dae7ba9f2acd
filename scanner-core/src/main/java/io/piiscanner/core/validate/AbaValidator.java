package io.piiscanner.core.validate;

/**
 * ABA routing transit number: 9 digits, the first two a Federal Reserve routing symbol (00-12 banks,
 * 21-32 thrifts, 61-72 electronic, 80 traveller's cheques), and 3*(d1+d4+d7) + 7*(d2+d5+d8) + (d3+d6+d9)
 * divisible by 10. Source: ABA Routing Number Policy; Federal Reserve routing symbols.
 */
final class AbaValidator implements Validator {

    @Override
    public Validation validate(CharSequence candidate) {
        if (!FinancialValidators.oneSeparatorKind(candidate, "-")) {
            return Validation.invalid("unexpected separators");
        }
        String d = FinancialValidators.digitsOnly(candidate);
        if (d.length() != 9) {
            return Validation.invalid("not 9 digits");
        }
        if (FinancialValidators.allSame(d)) {
            return Validation.invalid("all digits the same");
        }
        int prefix = Integer.parseInt(d.substring(0, 2));
        if (!(prefix <= 12 || prefix >= 21 && prefix <= 32 || prefix >= 61 && prefix <= 72 || prefix == 80)) {
            return Validation.invalid("not a Federal Reserve routing symbol");
        }
        int sum = 0;
        int[] w = {3, 7, 1};
        for (int i = 0; i < 9; i++) {
            sum += (d.charAt(i) - '0') * w[i % 3];
        }
        return sum % 10 == 0 ? Validation.VALID : Validation.invalid("checksum failed");
    }
}

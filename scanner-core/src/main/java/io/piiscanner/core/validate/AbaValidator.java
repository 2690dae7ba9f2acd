package io.piiscanner.core.validate;

/**
 * {@code aba}: US ABA routing transit numbers (RTN).
 *
 * <ul>
 *   <li>nine digits, written without separators or as 4-4-1 with dashes ("0210-0002-1", the check digit
 *       set apart as on some forms);</li>
 *   <li>the first two digits a Federal Reserve routing symbol: 00-12 (banks), 21-32 (thrifts), 61-72
 *       (electronic transactions) or 80 (traveller's cheques);</li>
 *   <li>the check digit: 3 * (d1 + d4 + d7) + 7 * (d2 + d5 + d8) + (d3 + d6 + d9) is a multiple of 10;</li>
 *   <li>not all zeros (passes the check, never assigned).</li>
 * </ul>
 *
 * <p>Sources: ABA Routing Number Policy (American Bankers Association, administered by Accuity/LexisNexis);
 * Federal Reserve routing symbol ranges.
 */
final class AbaValidator implements Validator {

    private static final int[] WEIGHTS = {3, 7, 1, 3, 7, 1, 3, 7, 1};

    private static final Validation BAD_FORMAT = Validation.invalid("not 9 digits or 4-4-1 grouping");
    private static final Validation ALL_ZEROS = Validation.invalid("all zeros");
    private static final Validation BAD_PREFIX = Validation.invalid("not a Federal Reserve routing symbol");
    private static final Validation CHECKSUM = Validation.invalid("checksum failed");

    @Override
    public boolean acceptsPlainDigits() {
        return true;
    }

    @Override
    public Validation validate(CharSequence candidate) {
        int len = candidate.length();
        if (!(len == 9 && Digits.allDigits(candidate)
                || len == 11 && Digits.grouped(candidate, "-", 4, 4, 1) && Digits.digitCount(candidate) == 9)) {
            return BAD_FORMAT;
        }
        int[] d = Digits.digits(candidate);
        int sum = 0;
        boolean zeros = true;
        for (int i = 0; i < 9; i++) {
            sum += WEIGHTS[i] * d[i];
            zeros &= d[i] == 0;
        }
        if (zeros) {
            return ALL_ZEROS;
        }
        int prefix = d[0] * 10 + d[1];
        if (!(prefix <= 12 || prefix >= 21 && prefix <= 32 || prefix >= 61 && prefix <= 72 || prefix == 80)) {
            return BAD_PREFIX;
        }
        return sum % 10 == 0 ? Validation.VALID : CHECKSUM;
    }
}

package io.piiscanner.core.validate;

/**
 * {@code us-ssn}: US Social Security numbers as the SSA issues them.
 *
 * <ul>
 *   <li>nine digits written AAA-GG-SSSS, AAA GG SSSS, AAA.GG.SSSS or AAAGGSSSS (one kind of separator,
 *       in exactly those two places);</li>
 *   <li>area (AAA) not 000, not 666, not 900-999; group (GG) not 00; serial (SSSS) not 0000;</li>
 *   <li>078-05-1120 (the Woolworth wallet-insert number) and 219-09-9999 (printed in an SSA pamphlet) are
 *       valid but test data;</li>
 *   <li>123-45-6789 and numbers of one repeated digit (111-11-1111) are rejected as filler: they are far
 *       more common as placeholders than as anyone's number.</li>
 * </ul>
 *
 * <p>Sources: SSA "Social Security Number Randomization" (2011 randomization rules: areas 000, 666 and
 * 900-999, group 00 and serial 0000 are never issued); SSA history of the advertising numbers.
 */
final class UsSsnValidator implements Validator {

    private static final Validation BAD_FORMAT = Validation.invalid("not written as a 3-2-4 number");
    private static final Validation BAD_AREA = Validation.invalid("area never issued");
    private static final Validation BAD_GROUP = Validation.invalid("group 00 never issued");
    private static final Validation BAD_SERIAL = Validation.invalid("serial 0000 never issued");
    private static final Validation FILLER = Validation.invalid("filler number");

    @Override
    public boolean acceptsPlainDigits() {
        return true;
    }

    @Override
    public Validation validate(CharSequence candidate) {
        int[] d = nineDigits(candidate);
        if (d == null) {
            return BAD_FORMAT;
        }
        int area = d[0] * 100 + d[1] * 10 + d[2];
        int group = d[3] * 10 + d[4];
        int serial = d[5] * 1000 + d[6] * 100 + d[7] * 10 + d[8];
        if (area == 0 || area == 666 || area >= 900) {
            return BAD_AREA;
        }
        if (group == 0) {
            return BAD_GROUP;
        }
        if (serial == 0) {
            return BAD_SERIAL;
        }
        if (area == 78 && group == 5 && serial == 1120 || area == 219 && group == 9 && serial == 9999) {
            return Validation.TEST_DATA;
        }
        if (area == 123 && group == 45 && serial == 6789 || Digits.allSameDigit(candidate)) {
            return FILLER;
        }
        return Validation.VALID;
    }

    /**
     * The nine digits of a US taxpayer number written AAA-GG-SSSS, AAA GG SSSS, AAA.GG.SSSS or AAAGGSSSS,
     * or null when it is written any other way. Shared with {@link UsItinValidator}.
     */
    static int[] nineDigits(CharSequence s) {
        int len = s.length();
        if (!(len == 9 || len == 11 && Digits.grouped(s, "-. ", 3, 2, 4))) {
            return null;
        }
        int[] d = new int[9];
        int n = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (Digits.isDigit(c)) {
                d[n++] = c - '0';
            } else if (len == 9) {
                return null;
            }
        }
        return n == 9 ? d : null;
    }
}

package io.piiscanner.core.validate;

/**
 * {@code us-itin}: US Individual Taxpayer Identification Numbers.
 *
 * <ul>
 *   <li>nine digits written like an SSN: 9XX-GG-SSSS, 9XX GG SSSS, 9XX.GG.SSSS or 9XXGGSSSS (one kind of
 *       separator, in exactly those two places);</li>
 *   <li>the first digit 9;</li>
 *   <li>the fourth and fifth digits (the group) in 50-65, 70-88, 90-92 or 94-99.</li>
 * </ul>
 *
 * <p>Source: IRS, ITIN structure (Instructions for Form W-7; IRS Publication 1915): "a nine-digit number
 * beginning with 9, with the fourth and fifth digits in the ranges 50-65, 70-88, 90-92 and 94-99".
 */
final class UsItinValidator implements Validator {

    private static final Validation BAD_FORMAT = Validation.invalid("not written as a 3-2-4 number");
    private static final Validation NOT_NINE = Validation.invalid("does not start with 9");
    private static final Validation BAD_GROUP = Validation.invalid("group outside the ITIN ranges");

    @Override
    public boolean acceptsPlainDigits() {
        return true;
    }

    @Override
    public Validation validate(CharSequence candidate) {
        int[] d = UsSsnValidator.nineDigits(candidate);
        if (d == null) {
            return BAD_FORMAT;
        }
        if (d[0] != 9) {
            return NOT_NINE;
        }
        int group = d[3] * 10 + d[4];
        boolean ok = group >= 50 && group <= 65 || group >= 70 && group <= 88 || group >= 90 && group <= 92
                || group >= 94;
        return ok ? Validation.VALID : BAD_GROUP;
    }
}

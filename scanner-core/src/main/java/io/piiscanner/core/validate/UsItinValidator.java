package io.piiscanner.core.validate;

/**
 * US Individual Taxpayer Identification Numbers: nine digits starting with 9, the fourth and fifth digits
 * in 50-65, 70-88, 90-92 or 94-99; written like an SSN. Source: IRS ITIN guidance (Publication 1915).
 */
final class UsItinValidator implements Validator {

    @Override
    public Validation validate(CharSequence candidate) {
        String d = TaxIds.nineDigitsGrouped(candidate);
        if (d == null) {
            return Validation.invalid("not written as a 3-2-4 number");
        }
        if (d.charAt(0) != '9') {
            return Validation.invalid("does not start with 9");
        }
        int group = Integer.parseInt(d.substring(3, 5));
        boolean ok = group >= 50 && group <= 65 || group >= 70 && group <= 88 || group >= 90 && group <= 92
                || group >= 94;
        return ok ? Validation.VALID : Validation.invalid("group outside the ITIN ranges");
    }
}

package io.piiscanner.core.validate;

/**
 * US Social Security numbers as the SSA issues them: area (first three digits) not 000, 666 or 900-999;
 * group not 00; serial not 0000; written AAA-GG-SSSS, AAA GG SSSS or AAAGGSSSS with one kind of separator
 * in the right places. 078-05-1120 and 219-09-9999 (the SSA's advertising numbers) are test data; 123-45-6789
 * and repeated-digit numbers are filler, not SSNs.
 * Sources: SSA "Social Security Number Randomization" (2011); SSA POMS RM 10201.035.
 */
final class UsSsnValidator implements Validator {

    @Override
    public Validation validate(CharSequence candidate) {
        String d = TaxIds.nineDigitsGrouped(candidate);
        if (d == null) {
            return Validation.invalid("not written as a 3-2-4 number");
        }
        int area = Integer.parseInt(d.substring(0, 3));
        int group = Integer.parseInt(d.substring(3, 5));
        int serial = Integer.parseInt(d.substring(5));
        if (area == 0 || area == 666 || area >= 900) {
            return Validation.invalid("area never issued");
        }
        if (group == 0 || serial == 0) {
            return Validation.invalid("group or serial never issued");
        }
        if (d.equals("078051120") || d.equals("219099999")) {
            return Validation.TEST_DATA;
        }
        if (d.equals("123456789") || FinancialValidators.allSame(d)) {
            return Validation.invalid("filler number");
        }
        return Validation.VALID;
    }
}

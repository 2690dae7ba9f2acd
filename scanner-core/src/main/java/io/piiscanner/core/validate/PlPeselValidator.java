package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.CHECK_MISMATCH;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.digits;

/**
 * Polish PESEL ({@code pl-pesel}): eleven digits, written without separators: the birth date YYMMDD, a
 * serial number (its last digit odd for men, even for women) and a check digit.
 *
 * <p>Rules from the Ustawa o ewidencji ludności (Act on population records, 2010) and the Ministry of
 * Digital Affairs' description: the month carries the century (+80 for 1800-1899, +0 for 1900-1999, +20 for
 * 2000-2099, +40 for 2100-2199, +60 for 2200-2299) and the date must exist; the weights 1, 3, 7, 9, 1, 3,
 * 7, 9, 1, 3 applied to the first ten digits plus the check digit sum to a multiple of 10.
 */
public final class PlPeselValidator implements Validator {

    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    private static final long[] NO_LAYOUTS = {};
    private static final Validation BAD_DATE = Validation.invalid("birth date does not exist");

    @Override
    public boolean acceptsPlainDigits() {
        return true;
    }

    @Override
    public Validation validate(CharSequence candidate) {
        char[] c = new char[11];
        int n = compact(candidate, "", NO_LAYOUTS, c);
        if (n != 11) {
            return WRONG_LENGTH;
        }
        if (!digits(c, 0, 11)) {
            return BAD_CHARACTER;
        }
        int year = (c[0] - '0') * 10 + (c[1] - '0');
        int month = (c[2] - '0') * 10 + (c[3] - '0');
        int day = (c[4] - '0') * 10 + (c[5] - '0');
        int century = month / 20; // 0:1900 1:2000 2:2100 3:2200 4:1800
        month %= 20;
        year += century == 4 ? 1800 : 1900 + 100 * century;
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return BAD_DATE;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += WEIGHTS[i] * (c[i] - '0');
        }
        return (10 - sum % 10) % 10 == c[10] - '0' ? Validation.VALID : CHECK_MISMATCH;
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}

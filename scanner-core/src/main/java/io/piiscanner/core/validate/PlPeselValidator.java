package io.piiscanner.core.validate;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Polish PESEL ({@code pl-pesel}): 11 digits, check digit (10 - (weights 1,3,7,9,1,3,7,9,1,3 sum) mod 10)
 * mod 10, and a real birth date (month + 80 for the 1800s, + 20 for the 2000s, + 40, + 60 after).
 * Source: Ustawa o ewidencji ludności (2010), art. 15.
 */
public final class PlPeselValidator implements Validator {

    private static final int[] WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

    @Override
    public Validation validate(CharSequence candidate) {
        String s = candidate.toString().trim();
        if (s.length() != 11) {
            return NationalIdValidators.WRONG_LENGTH;
        }
        int[] d = new int[11];
        for (int i = 0; i < 11; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return NationalIdValidators.BAD_CHARACTER;
            }
            d[i] = c - '0';
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += WEIGHTS[i] * d[i];
        }
        if ((10 - sum % 10) % 10 != d[10]) {
            return NationalIdValidators.CHECK_MISMATCH;
        }
        int year = d[0] * 10 + d[1];
        int month = d[2] * 10 + d[3];
        int day = d[4] * 10 + d[5];
        int century = switch (month / 20) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            default -> 1800;
        };
        try {
            LocalDate.of(century + year, month % 20, day);
            return Validation.VALID;
        } catch (DateTimeException e) {
            return Validation.invalid("no such birth date");
        }
    }
}

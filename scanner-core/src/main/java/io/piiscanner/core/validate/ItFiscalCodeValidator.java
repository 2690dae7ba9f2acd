package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.NationalIdValidators.BAD_CHARACTER;
import static io.piiscanner.core.validate.NationalIdValidators.BAD_SEPARATORS;
import static io.piiscanner.core.validate.NationalIdValidators.WRONG_LENGTH;
import static io.piiscanner.core.validate.NationalIdValidators.compact;
import static io.piiscanner.core.validate.NationalIdValidators.layout;
import static io.piiscanner.core.validate.NationalIdValidators.upper;

/**
 * Italian fiscal code of a person ({@code it-fiscal-code}, codice fiscale): 16 characters, letters read in either
 * case (the rule's patterns take all upper or all lower case, as some exports hold it), written plain or as
 * "RSS MRA 85T10 A562S": three letters for the surname, three for the name, two for the year, a month letter
 * (ABCDEHLMPRST), two for the day (plus 40 for women), a place code (a letter and three digits) and a check letter.
 *
 * <p>Rules from DM 23 December 1976 (Ministero delle Finanze) as applied by the Agenzia delle Entrate:
 * in homocodes (omocodia) any of the seven digit positions may hold the letter LMNPQRSTUV standing for
 * 0-9; the day must exist in the month (29 February is always accepted, as the century is unknown); the
 * check letter is the sum of the odd-position values (odd table) and the even-position values (A-Z and 0-9
 * as 0-25 and 0-9) modulo 26, as a letter.
 */
public final class ItFiscalCodeValidator implements Validator {

    private static final long[] LAYOUTS = {layout(3, 3, 5, 5)};
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODE = "LMNPQRSTUV";
    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    /** Values of A-Z (and of 0-9 as A-J) in odd positions (1st, 3rd, ...). */
    private static final int[] ODD = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };
    private static final Validation BAD_DATE = Validation.invalid("birth date does not exist");
    private static final Validation CHECK_LETTER = Validation.invalid("check letter mismatch");

    @Override
    public Validation validate(CharSequence candidate) {
        char[] c = new char[16];
        int n = compact(candidate, " ", LAYOUTS, c);
        if (n < 0) {
            return BAD_SEPARATORS;
        }
        if (n != 16) {
            return WRONG_LENGTH;
        }
        for (int i = 0; i < 16; i++) {
            // database exports and forms often hold the code in lower case; the letters mean the same
            c[i] = Character.toUpperCase(c[i]);
            boolean numeric = i == 6 || i == 7 || i == 9 || i == 10 || i == 12 || i == 13 || i == 14;
            if (numeric ? digit(c[i]) < 0 : !upper(c[i])) {
                return BAD_CHARACTER;
            }
        }
        int month = MONTHS.indexOf(c[8]);
        if (month < 0) {
            return BAD_CHARACTER;
        }
        int day = digit(c[9]) * 10 + digit(c[10]);
        if (day > 40) {
            day -= 40;
        }
        if (day < 1 || day > DAYS_IN_MONTH[month]) {
            return BAD_DATE;
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            int v = c[i] <= '9' ? c[i] - '0' : c[i] - 'A';
            sum += i % 2 == 0 ? ODD[v] : v;
        }
        return c[15] == 'A' + sum % 26 ? Validation.VALID : CHECK_LETTER;
    }

    /** The digit a numeric position stands for (0-9 or its omocode letter), or -1. */
    private static int digit(char ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        return OMOCODE.indexOf(ch);
    }
}

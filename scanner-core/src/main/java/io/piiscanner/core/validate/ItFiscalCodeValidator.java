package io.piiscanner.core.validate;

/**
 * Italian codice fiscale ({@code it-fiscal-code}): 6 letters (surname, name), year, month letter, day (+40
 * for women), place code, check letter; digits in the date and place may be replaced by LMNPQRSTUV
 * (omocodia). Check letter = 'A' + (sum of odd-position values from the odd table and even-position
 * values) mod 26. Source: D.M. 23 dicembre 1976; Agenzia delle Entrate.
 */
public final class ItFiscalCodeValidator implements Validator {

    private static final int[] ODD_DIGITS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
    private static final int[] ODD_LETTERS = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14,
            16, 10, 22, 25, 24, 23};
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODES = "LMNPQRSTUV";
    private static final int[] NUMERIC_POSITIONS = {6, 7, 9, 10, 12, 13, 14};

    @Override
    public Validation validate(CharSequence candidate) {
        String s = candidate.toString().trim();
        if (s.length() != 16) {
            return NationalIdValidators.WRONG_LENGTH;
        }
        for (int i = 0; i < 16; i++) {
            char c = s.charAt(i);
            boolean numeric = isNumericPosition(i);
            boolean ok = numeric ? (c >= '0' && c <= '9' || OMOCODES.indexOf(c) >= 0) : c >= 'A' && c <= 'Z';
            if (!ok) {
                return NationalIdValidators.BAD_CHARACTER;
            }
        }
        if (MONTHS.indexOf(s.charAt(8)) < 0) {
            return Validation.invalid("not a month letter");
        }
        int day = value(s.charAt(9)) * 10 + value(s.charAt(10));
        if (day < 1 || day > 71 || day > 31 && day < 41) {
            return Validation.invalid("day out of range");
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = s.charAt(i);
            boolean odd = i % 2 == 0; // positions are counted from 1
            if (c >= '0' && c <= '9') {
                sum += odd ? ODD_DIGITS[c - '0'] : c - '0';
            } else {
                sum += odd ? ODD_LETTERS[c - 'A'] : c - 'A';
            }
        }
        return s.charAt(15) == (char) ('A' + sum % 26) ? Validation.VALID : NationalIdValidators.CHECK_MISMATCH;
    }

    private static boolean isNumericPosition(int i) {
        for (int p : NUMERIC_POSITIONS) {
            if (p == i) {
                return true;
            }
        }
        return false;
    }

    private static int value(char c) {
        return c >= '0' && c <= '9' ? c - '0' : OMOCODES.indexOf(c);
    }
}

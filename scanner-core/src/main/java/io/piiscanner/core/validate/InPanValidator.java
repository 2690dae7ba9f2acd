package io.piiscanner.core.validate;

/**
 * Indian Permanent Account Number ({@code in-pan}): five letters, four digits, one letter; the fourth
 * letter is the holder type (P person, C company, H HUF, F firm, A AOP, T trust, B BOI, L local authority,
 * J artificial juridical person, G government). There is no public check digit, so this is a format check.
 * Source: Income Tax Department of India, PAN structure.
 */
public final class InPanValidator implements Validator {

    @Override
    public Validation validate(CharSequence candidate) {
        String s = candidate.toString().trim();
        if (s.length() != 10) {
            return NationalIdValidators.WRONG_LENGTH;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            boolean digit = i >= 5 && i <= 8;
            if (digit ? c < '0' || c > '9' : c < 'A' || c > 'Z') {
                return NationalIdValidators.BAD_CHARACTER;
            }
        }
        if ("PCHFATBLJG".indexOf(s.charAt(3)) < 0) {
            return Validation.invalid("fourth letter is not a holder type");
        }
        if (s.startsWith("0000", 5)) {
            return Validation.invalid("serial 0000 is not issued");
        }
        return Validation.VALID;
    }
}

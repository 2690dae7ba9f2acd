package io.piiscanner.core.validate;

/**
 * {@code luhn}: the plain Luhn (mod 10) check over the digits of the match, the check digit last; every
 * non-digit character (spaces, dashes, dots, slashes) is ignored. Needs at least two digits. No length,
 * range or separator rules: entity-specific validators add those.
 * Source: ISO/IEC 7812-1, annex B (Luhn formula for computing modulus 10 "double-add-double" check digits).
 */
final class LuhnValidator implements Validator {

    private static final Validation TOO_SHORT = Validation.invalid("fewer than two digits");
    private static final Validation FAILED = Validation.invalid("luhn check failed");

    @Override
    public boolean acceptsPlainDigits() {
        return true;
    }

    @Override
    public Validation validate(CharSequence candidate) {
        if (Digits.digitCount(candidate) < 2) {
            return TOO_SHORT;
        }
        return Digits.luhn(candidate) ? Validation.VALID : FAILED;
    }
}

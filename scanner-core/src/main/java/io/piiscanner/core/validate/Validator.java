package io.piiscanner.core.validate;

/**
 * A checksum or structure check applied to a pattern match. Implementations are pure and thread-safe.
 * They receive the match as written (with its separators) and normalise it themselves.
 */
@FunctionalInterface
public interface Validator {

    Validation validate(CharSequence candidate);

    /**
     * Whether every value this validator accepts as written is also accepted as its bare digits
     * ("123-45-6789" as "123456789"). The engine then validates a digit run's digits before any pattern runs
     * and skips the run when none of its group spans passes: most digit runs in business text are order,
     * invoice and tracking numbers that fail the check. Only for all-digit identifiers whose plain form is a
     * valid way to write them; {@code ValidatorPlainDigitsTest} holds each such validator to it.
     */
    default boolean acceptsPlainDigits() {
        return false;
    }
}

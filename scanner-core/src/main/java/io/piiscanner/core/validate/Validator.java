package io.piiscanner.core.validate;

/**
 * A checksum or structure check applied to a pattern match. Implementations are pure and thread-safe.
 * They receive the match as written (with its separators) and normalise it themselves.
 */
@FunctionalInterface
public interface Validator {

    Validation validate(CharSequence candidate);
}

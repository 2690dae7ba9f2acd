package io.piiscanner.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions shared by the national-id validator specifications. */
final class IdValidatorAssert {

    private IdValidatorAssert() {
    }

    /** The value is a valid identifier (and not a test value). */
    static void assertValid(Validator validator, String value) {
        assertThat(validator.validate(value)).as("validate(%s)", value).isEqualTo(Validation.VALID);
    }

    /** The value is rejected for the given reason, and the reason does not repeat the value. */
    static void assertInvalid(Validator validator, String value, String reason) {
        Validation result = assertRejected(validator, value);
        assertThat(result.reason()).as("reason for %s", value).isEqualTo(reason);
    }

    /** The value is rejected, whatever the reason, and the reason does not repeat the value. */
    static Validation assertRejected(Validator validator, String value) {
        Validation result = validator.validate(value);
        assertThat(result.valid()).as("valid(%s)", value).isFalse();
        assertThat(result.testData()).as("testData(%s)", value).isFalse();
        assertThat(result.reason()).as("reason for %s", value).isNotBlank();
        String significant = value.replaceAll("[^0-9A-Za-z]", "");
        if (significant.length() >= 4) {
            assertThat(result.reason()).as("reason for %s leaks it", value)
                    .doesNotContain(significant)
                    .doesNotContain(value.strip());
        }
        return result;
    }

    /** Changing any one digit of a valid value to any other digit makes it invalid. */
    static void assertEverySingleDigitChangeRejected(Validator validator, String valid) {
        assertValid(validator, valid);
        int changes = 0;
        for (int i = 0; i < valid.length(); i++) {
            char original = valid.charAt(i);
            if (original < '0' || original > '9') {
                continue;
            }
            for (char d = '0'; d <= '9'; d++) {
                if (d != original) {
                    String changed = valid.substring(0, i) + d + valid.substring(i + 1);
                    assertThat(validator.validate(changed).valid()).as("valid(%s)", changed).isFalse();
                    changes++;
                }
            }
        }
        assertThat(changes).as("digits changed in %s", valid).isGreaterThan(0);
    }

    /** Swapping any two adjacent, different digits of a valid value makes it invalid. */
    static void assertAdjacentTranspositionsRejected(Validator validator, String valid) {
        assertValid(validator, valid);
        for (int i = 0; i + 1 < valid.length(); i++) {
            char a = valid.charAt(i);
            char b = valid.charAt(i + 1);
            if (a != b && Character.isDigit(a) && Character.isDigit(b)) {
                String swapped = valid.substring(0, i) + b + a + valid.substring(i + 2);
                assertThat(validator.validate(swapped).valid()).as("valid(%s)", swapped).isFalse();
            }
        }
    }
}

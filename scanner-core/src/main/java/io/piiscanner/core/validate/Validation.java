package io.piiscanner.core.validate;

/**
 * A validator's verdict. {@code testData} marks values that are valid but reserved for testing (a card
 * network's published test PANs, the SSA's advertising SSN 078-05-1120); {@code reason} says why a value
 * failed, for explanations and rule examples. Reasons never contain the value.
 */
public record Validation(boolean valid, boolean testData, String reason) {

    public static final Validation VALID = new Validation(true, false, "valid");
    public static final Validation TEST_DATA = new Validation(true, true, "valid, reserved test value");

    public static Validation invalid(String reason) {
        return new Validation(false, false, reason);
    }
}

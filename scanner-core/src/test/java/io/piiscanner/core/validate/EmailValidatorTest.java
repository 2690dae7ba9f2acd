package io.piiscanner.core.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code email}: local part 1-64 dot-atom characters, a dotted domain of 1-63-character LDH labels, a
 * 2-24-letter or xn-- TLD, no consecutive dots, 254 characters at most.
 */
class EmailValidatorTest {

    private final Validator email = FinancialValidators.all().get("email");

    @ParameterizedTest(name = "\"{0}\" passes")
    @ValueSource(strings = {
        "maria.lopez@gmail.com",
        "j.schmidt+crm@web.de",
        "a@b.co",
        "o'brien@example.ie",
        "first_last@sub.domain-name.co.uk",
        "x@xn--bcher-kva.example",           // punycode label
        "user@mail.xn--p1ai",                // punycode TLD
        "USER@EXAMPLE.COM",
        "a@b.abcdefghijklmnopqrstuvwx",      // 24-letter TLD
        "1234@123.example",                  // digits are fine outside the TLD
    })
    void plausibleAddressesPass(String value) {
        assertThat(email.validate(value)).isEqualTo(Validation.VALID);
    }

    @ParameterizedTest(name = "\"{0}\" fails: {1}")
    @CsvSource(delimiter = '|', value = {
        "a..b@x.com                     | leading, trailing or consecutive dots",
        ".a@x.com                       | leading, trailing or consecutive dots",
        "a.@x.com                       | leading, trailing or consecutive dots",
        "a@x..com                       | leading, trailing or consecutive dots",
        "a@.x.com                       | leading, trailing or consecutive dots",
        "a@x.com.                       | leading, trailing or consecutive dots",
        "a@localhost                    | domain needs a dot",
        "a@                             | empty domain",
        "@x.com                         | bad local part",
        "a b@x.com                      | bad local part",
        "müller@x.de                    | bad local part",          // internationalised local parts not accepted
        "a@b@x.com                      | not exactly one @",
        "ax.com                         | not exactly one @",
        "a@-x.com                       | bad domain label",
        "a@x-.com                       | bad domain label",
        "a@x_y.com                      | bad domain label",
        "a@bücher.de                    | bad domain label",        // must be punycode
        "a@x.c                          | bad top-level domain",
        "a@x.123                        | bad top-level domain",
        "a@x.c0m                        | bad top-level domain",
        "a@b.abcdefghijklmnopqrstuvwxy  | bad top-level domain",    // 25 letters
        "a@x.xn--                       | bad domain label",       // a label cannot end with a hyphen
    })
    void hardNegativesFailWithAFixedReason(String value, String reason) {
        assertThat(email.validate(value)).isEqualTo(Validation.invalid(reason));
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> lengthLimits() {
        String local64 = "a".repeat(64);
        String label63 = "b".repeat(63);
        String domain252 = label63 + "." + label63 + "." + label63 + "." + "c".repeat(57) + ".de";
        return Stream.of(
                arguments(local64 + "@x.com", "VALID"),
                arguments(local64 + "a@x.com", "bad local part"),
                arguments("a@" + label63 + ".com", "VALID"),
                arguments("a@" + label63 + "b.com", "bad domain label"),
                arguments("a@" + domain252, "VALID"),                         // 254 characters
                arguments("ab@" + domain252, "too long"));                    // 255 characters
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("lengthLimits")
    void lengthLimitsOfRfc5321(String value, String expected) {
        Validation v = email.validate(value);
        if (expected.equals("VALID")) {
            assertThat(v).isEqualTo(Validation.VALID);
        } else {
            assertThat(v).isEqualTo(Validation.invalid(expected));
        }
    }
}

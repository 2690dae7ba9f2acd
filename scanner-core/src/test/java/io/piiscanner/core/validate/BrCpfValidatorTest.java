package io.piiscanner.core.validate;

import static io.piiscanner.core.validate.IdValidatorAssert.assertInvalid;
import static io.piiscanner.core.validate.IdValidatorAssert.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** br-cpf: eleven digits, two mod-11 check digits, no repeated-digit numbers. */
class BrCpfValidatorTest {

    private final Validator validator = new BrCpfValidator();

    /** The nine base digits followed by their two check digits (Receita Federal rule). */
    static String withChecks(String nine) {
        String ten = nine + next(nine);
        return ten + next(ten);
    }

    private static int next(String digits) {
        int sum = 0;
        int weight = digits.length() + 1;
        for (char ch : digits.toCharArray()) {
            sum += weight-- * (ch - '0');
        }
        int rest = sum % 11;
        return rest < 2 ? 0 : 11 - rest;
    }

    @Test
    void testHelperAgreesWithThePublishedExample() {
        assertThat(withChecks("529982247")).isEqualTo("52998224725");
    }

    @ParameterizedTest(name = "\"{0}\" is valid: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            529.982.247-25 | widely published example, usual writing
            52998224725    | without separators
            529982247-25   | only the dash before the check digits
            """)
    void accepts(String value, String why) {
        assertValid(validator, value);
    }

    @ParameterizedTest(name = "{0} + check digits is valid")
    @ValueSource(strings = {"123456789", "000000001", "987654321", "111444777", "100000000"})
    void acceptsComputedNumbers(String nine) {
        String cpf = withChecks(nine);
        assertValid(validator, cpf);
        assertValid(validator, cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9)
                + "-" + cpf.substring(9));
    }

    @ParameterizedTest(name = "{0}{0}{0}.{0}{0}{0}.{0}{0}{0}-{0}{0} passes the check but is not issued")
    @ValueSource(strings = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"})
    void rejectsRepeatedDigits(String digit) {
        String cpf = digit.repeat(11);
        assertThat(withChecks(digit.repeat(9))).isEqualTo(cpf);
        assertInvalid(validator, cpf, "all digits the same");
    }

    @ParameterizedTest(name = "\"{0}\" is invalid: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            529.982.247-26  | check digit mismatch              | second check digit changed
            529.982.247-35  | check digit mismatch              | first check digit changed
            529.982.274-25  | check digit mismatch              | two digits swapped
            529.982.248-25  | check digit mismatch              | one base digit changed
            529.982.247-2   | wrong length                      | one check digit
            5299822472      | wrong length                      | ten digits
            529.982.247-255 | wrong length                      | three check digits
            529-982-247-25  | unexpected separators or grouping | dashes in place of dots
            529.982.247.25  | unexpected separators or grouping | dot before the check digits
            529982.247-25   | unexpected separators or grouping | one dot missing
            529.982.24-725  | unexpected separators or grouping | dash misplaced
            52998224-725    | unexpected separators or grouping | dash misplaced, no dots
            529982247.25    | unexpected separators or grouping | dot before the check digits, no other dots
            529.982.247-2O  | unexpected character              | letter O
            """)
    void rejects(String value, String reason, String why) {
        assertInvalid(validator, value, reason);
    }
}

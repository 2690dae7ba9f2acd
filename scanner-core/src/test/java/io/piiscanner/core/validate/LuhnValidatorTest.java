package io.piiscanner.core.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code luhn}: the ISO/IEC 7812-1 mod-10 check over the digits, separators ignored. */
class LuhnValidatorTest {

    private final Validator luhn = FinancialValidators.all().get("luhn");

    @ParameterizedTest(name = "\"{0}\" passes")
    @ValueSource(strings = {
        "79927398713",            // the textbook example
        "7992 7398 713",          // separators are ignored, whatever they are
        "7992-7398/713",
        "4539 1488 0343 6467",
        "130 692 544",            // a Canadian SIN: any Luhn-protected number
        "18",                     // two digits are enough
    })
    void numbersWithAValidCheckDigitPass(String value) {
        assertThat(luhn.validate(value)).isEqualTo(Validation.VALID);
    }

    @ParameterizedTest(name = "\"{0}\" fails: {1}")
    @CsvSource(delimiter = '|', value = {
        "79927398710       | luhn check failed",   // wrong check digit
        "79927398731       | luhn check failed",   // last two digits transposed
        "97927398713       | luhn check failed",   // first two digits transposed
        "4539 1488 0343 6468 | luhn check failed",
        "7                 | fewer than two digits",
        "'   '             | fewer than two digits",
        "abc               | fewer than two digits",
    })
    void wrongCheckDigitsTranspositionsAndNonNumbersFail(String value, String reason) {
        assertThat(luhn.validate(value)).isEqualTo(Validation.invalid(reason));
    }
}

package io.piiscanner.core.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code credit-card}: Luhn, an issuer's IIN range with a length it issues, consistent separators in the
 * printed grouping, no repeated-digit filler; published test PANs are test data.
 */
class CreditCardValidatorTest {

    private final Validator card = FinancialValidators.all().get("credit-card");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Visa 13                 | 4526018159087",
        "Visa 13, 4-4-5          | 4526 0181 59087",
        "Visa 16                 | 4301 6613 1860 9135",
        "Visa 19                 | 4909 9603 0824 6281 946",
        "Mastercard 51-55        | 5282-1993-5181-9097",
        "Mastercard 2221         | 2221378657975438",
        "Mastercard 2720         | 2720 2319 4875 7493",
        "Amex 34, 4-6-5          | 3411 862527 60181",
        "Amex 37                 | 379555979711476",
        "Discover 6011           | 6011 1049 7465 0750",
        "Discover 6011, 19       | 6011291703423667128",
        "Discover 644-649        | 6457684268465636",
        "Discover 65             | 6521223307924402",
        "Discover 622126         | 6221262685995280",
        "Discover 622925, 19     | 6229 2590 7866 6617 603",
        "JCB 3528                | 3528313721590101",
        "JCB 3589, 19            | 3589928159013962453",
        "Diners 300, 4-6-4       | 3009 571177 7742",
        "Diners 305, 16          | 3051215472803853",
        "Diners 3095             | 30952808414854",
        "Diners 36               | 36253888539338",
        "Diners 38               | 38633875004743",
        "Diners 39, 19           | 3939575513137353796",
        "UnionPay 62             | 6290751163726510",
        "UnionPay 62, 19         | 6267-6122-2029-7299-755",
        "Maestro 50, 12          | 502882001824",
        "Maestro 57, 13          | 5763304348392",
        "Maestro 6759, 18        | 675954862057986828",
        "Maestro 6 covers 60, 12 | 609208312403",
        "Mir 2200                | 2200 8288 0729 0224",
        "Mir 2204, 19            | 2204279180588871806",
        "RuPay 60                | 6033401878017597",
        "RuPay 81                | 8189834788783841",
        "RuPay 82                | 8283726167513614",
        "RuPay 508               | 5083412524273162",
    })
    void cardsOfEveryNetworkWithAValidLuhnPass(String network, String pan) {
        assertThat(card.validate(pan)).as(network).isEqualTo(Validation.VALID);
    }

    @ParameterizedTest(name = "\"{0}\" fails: {1}")
    @CsvSource(delimiter = '|', value = {
        // Luhn
        "4301 6613 1860 9136       | luhn check failed",
        "4301661318609153          | luhn check failed",             // transposed last digits
        // issuer ranges (all Luhn-valid)
        "1234567812345670          | unknown IIN range",
        "1843353265020141          | unknown IIN range",
        "7620168493407225          | unknown IIN range",
        "9470455853043527          | unknown IIN range",
        "3105617483380142          | unknown IIN range",             // 31: no network
        "3508838737167860          | unknown IIN range",             // 35 below JCB's 3528
        "2100126906044316          | unknown IIN range",             // between Mir and Mastercard
        "5998296572492087          | unknown IIN range",             // 59: no network
        // lengths the issuer does not use (all Luhn-valid)
        "472326865635518           | length not used in this IIN range",   // Visa 15
        "45058770658941            | length not used in this IIN range",   // Visa 14
        "3781131144024264          | length not used in this IIN range",   // Amex 16
        "5246288975140261405       | length not used in this IIN range",   // Mastercard 19
        "2221141931417058647       | length not used in this IIN range",   // Mastercard 2-series 19
        "8123448347824504002       | length not used in this IIN range",   // RuPay 19
        // overall length and characters
        "45260181590               | wrong length for a card number",
        "42424242424242424242      | wrong length for a card number",
        "4301 6613 186O 9135       | unexpected character",          // letter O
        "4301.6613.1860.9135       | unexpected character",
        // separators and grouping
        "4301 6613-1860 9135       | inconsistent separators or grouping",
        "4301  6613 1860 9135      | inconsistent separators or grouping",
        "43016 613 1860 9135       | inconsistent separators or grouping",
        "4301 66131860 9135        | inconsistent separators or grouping",
        "3411 8625 2760 181        | inconsistent separators or grouping", // Amex is 4-6-5
        "4909 9603 0824 628 1946   | inconsistent separators or grouping", // 19 is 4-4-4-4-3
        "'4301 6613 1860 9135 '    | inconsistent separators or grouping",
        "4526 0181 5908 7          | inconsistent separators or grouping", // 13 digits: unseparated only
        // filler
        "0000 0000 0000 0000       | all digits the same",
        "4444444444444444          | all digits the same",
    })
    void hardNegativesFailWithAFixedReason(String pan, String reason) {
        assertThat(card.validate(pan)).isEqualTo(Validation.invalid(reason));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "4111 1111 1111 1111", "4111-1111-1111-1111", "4242424242424242", "3782 822463 10005",
        "3056 930902 5904", "6205 5000 0000 0000 004",
    })
    void publishedTestCardsInAnyPrintedFormAreTestData(String pan) {
        assertThat(card.validate(pan)).isEqualTo(Validation.TEST_DATA);
    }

    static Stream<String> listedTestNumbers() {
        return CreditCardValidator.testNumbers().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listedTestNumbers")
    void everyListedTestNumberIsAValidCardFlaggedAsTestData(String pan) {
        assertThat(card.validate(pan)).isEqualTo(Validation.TEST_DATA);
    }

    @Test
    void theTestNumberListHasTheNetworksDocumentedNumbers() {
        assertThat(CreditCardValidator.testNumbers()).contains(
                "4111111111111111", "4242424242424242", "4012888888881881", "4222222222222",
                "5555555555554444", "5105105105105100", "2223003122003222", "378282246310005",
                "371449635398431", "6011111111111117", "6011000990139424", "3530111333300000",
                "3566002020360505", "30569309025904", "38520000023237", "4000056655665556",
                "5200828282828210", "6200000000000005");
    }

    @Test
    void aRealLookingCardNextToATestCardIsNotTestData() {
        assertThat(card.validate("4301661318609135").testData()).isFalse();
        assertThat(card.validate("4111111111111111").testData()).isTrue();
    }
}

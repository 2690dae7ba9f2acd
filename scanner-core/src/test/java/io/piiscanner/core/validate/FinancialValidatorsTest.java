package io.piiscanner.core.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** Positive and hard-negative cases for the financial, network, contact and date validators. */
class FinancialValidatorsTest {

    private static Validation check(String validator, String value) {
        return Validators.byName(validator).orElseThrow().validate(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4539 1488 0343 6467", "4539-1488-0343-6467", "5425233430109903", "2221000000000009",
            "371449635398431", "6011 0009 9013 9424", "3566 0020 2036 0505", "4000 0000 0000 0000 006"})
    void cardsInKnownRangesWithValidLuhnPass(String pan) {
        assertThat(check("credit-card", pan).valid()).as(pan).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4539 1488 0343 6468", "4539 1488-0343 6467", "1234567812345670", "0000000000000000",
            "9111111111111111", "4539148803436", "37144963539843"})
    void cardsFailingLuhnRangeLengthOrSeparatorsFail(String pan) {
        assertThat(check("credit-card", pan).valid()).as(pan).isFalse();
    }

    @Test
    void publishedTestCardsAreFlaggedAsTestData() {
        assertThat(check("credit-card", "4111 1111 1111 1111")).isEqualTo(Validation.TEST_DATA);
        assertThat(check("credit-card", "4539148803436467").testData()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89 3704 0044 0532 0130 00", "GB29NWBK60161331926819", "FR14 2004 1010 0505 0001 3M02 606",
            "NL91ABNA0417164300", "ES9121000418450200051332", "CH9300762011623852957"})
    void ibansWithCountryLengthFormatAndMod97Pass(String iban) {
        assertThat(check("iban", iban).valid()).as(iban).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89 3704 0044 0532 0130 01", "GB29NWBK6016133192681", "XX89370400440532013000",
            "DE89  3704 0044 0532 0130 00", "GB29NWBK6016133192681A", "NL91ABNA041716430A"})
    void ibansWithWrongCheckLengthCountryOrFormatFail(String iban) {
        assertThat(check("iban", iban).valid()).as(iban).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"021000021", "011000015", "121000358", "0210-0002-1"})
    void routingNumbersPass(String aba) {
        assertThat(check("aba", aba).valid()).as(aba).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"021000022", "131000021", "000000000", "991000021"})
    void routingNumbersWithBadChecksumOrPrefixFail(String aba) {
        assertThat(check("aba", aba).valid()).as(aba).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"536-22-1234", "536 22 1234", "536221234", "001-01-0001", "899-99-9999"})
    void issuableSsnsPass(String ssn) {
        assertThat(check("us-ssn", ssn).valid()).as(ssn).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000-12-3456", "666-12-3456", "912-70-1234", "536-00-1234", "536-22-0000",
            "123-45-6789", "111-11-1111", "536-22 1234", "5362-2-1234"})
    void neverIssuedFillerOrMisgroupedSsnsFail(String ssn) {
        assertThat(check("us-ssn", ssn).valid()).as(ssn).isFalse();
    }

    @Test
    void ssaAdvertisingNumberIsTestData() {
        assertThat(check("us-ssn", "078-05-1120")).isEqualTo(Validation.TEST_DATA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"912-70-1234", "990-92-1234", "900-50-0000", "999-99-9999"})
    void itinsInIrsGroupRangesPass(String itin) {
        assertThat(check("us-itin", itin).valid()).as(itin).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"912-40-1234", "912-93-1234", "812-70-1234", "912-89-1234"})
    void itinsOutsideRangesFail(String itin) {
        assertThat(check("us-itin", itin).valid()).as(itin).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "0x52908400098527886E0F7030069857D2E4169EE7",
            "0xde709f2102306220921060314715629080e2fb77",
            "bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"})
    void walletsWithValidChecksumsPass(String address) {
        assertThat(check("crypto-wallet", address).valid()).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr",
            "0x52908400098527886e0F7030069857D2E4169EE7", "0x52908400098527886E0F7030069857D2e4169EE7",
            "0x0000000000000000000000000000000000000000"})
    void walletsWithBrokenChecksumsFail(String address) {
        assertThat(check("crypto-wallet", address).valid()).as(address).isFalse();
    }

    @Test
    void keccakMatchesTheKnownDigestOfTheEmptyString() {
        assertThat(HexFormat.of().formatHex(Keccak256.hash(new byte[0])))
                .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    }

    @ParameterizedTest
    @ValueSource(strings = {"203.0.113.42", "10.0.0.1", "2001:db8:85a3::8a2e:370:7334", "::1", "fe80::1",
            "2001:0db8:0000:0000:0000:ff00:0042:8329", "::ffff:192.0.2.128"})
    void ipAddressesPass(String ip) {
        assertThat(check("ip-address", ip).valid()).as(ip).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"999.1.1.1", "01.2.3.4", "0.0.0.0", "12:30:45", "00:1A:2B:3C:4D:5E", "1::2::3", "::",
            "1.2.3"})
    void timesMacsAndOutOfRangeAddressesFail(String ip) {
        assertThat(check("ip-address", ip).valid()).as(ip).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria.lopez@gmail.com", "j.schmidt+crm@web.de", "a@b.co", "x@xn--bcher-kva.example"})
    void plausibleEmailsPass(String email) {
        assertThat(check("email", email).valid()).as(email).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b@x.com", ".a@x.com", "a@localhost", "a@-x.com", "a@x.c", "a@x.123"})
    void implausibleEmailsFail(String email) {
        assertThat(check("email", email).valid()).as(email).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1984-03-12", "12.03.1984", "03/25/1984", "12 March 1984", "March 12, 1984",
            "12. März 1984", "1er mars 1979", "12 de marzo de 1984", "29.02.1988", "12.03.84"})
    void realPastDatesPass(String date) {
        assertThat(check("date-of-birth", date).valid()).as(date).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.1990", "2099-01-01", "1850-01-01", "29.02.1989", "13/13/1984", "12 Smarch 1984"})
    void impossibleDatesFail(String date) {
        assertThat(check("date-of-birth", date).valid()).as(date).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xk9#mQ2vL", "Tr0ub4dor&3", "S3cr3t!2024", "hunter22"})
    void passwordValuesPass(String pw) {
        assertThat(check("password-value", pw).valid()).as(pw).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"******", "xxxx", "${DB_PASSWORD}", "{{secret}}", "<password>", "null", "required",
            "reset", "REDACTED", "$SMTP_PASS"})
    void maskedPlaceholderAndDescriptiveValuesFail(String pw) {
        assertThat(check("password-value", pw).valid()).as(pw).isFalse();
    }
}

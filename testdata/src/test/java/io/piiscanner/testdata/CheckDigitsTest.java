package io.piiscanner.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.piiscanner.testdata.check.BankCheckDigits;
import io.piiscanner.testdata.check.Bech32;
import io.piiscanner.testdata.check.CryptoChecks;
import io.piiscanner.testdata.check.DateParser;
import io.piiscanner.testdata.check.Iso7064Mod11_10;
import io.piiscanner.testdata.check.ItalianCheckChar;
import io.piiscanner.testdata.check.Luhn;
import io.piiscanner.testdata.check.Mod97;
import io.piiscanner.testdata.check.NationalCheckDigits;
import io.piiscanner.testdata.check.SalesforceIds;
import io.piiscanner.testdata.check.Validators;
import io.piiscanner.testdata.check.Verhoeff;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The module's own check-digit code against published test vectors. */
class CheckDigitsTest {

    @Test
    void luhn() {
        assertThat(Luhn.isValid("4111111111111111")).isTrue();
        assertThat(Luhn.isValid("4111111111111112")).isFalse();
        assertThat(Luhn.checkDigit("411111111111111")).isEqualTo(1);
        assertThat(Luhn.isValid("046454286")).isTrue(); // Canadian SIN specimen
    }

    @Test
    void iban() {
        assertThat(Mod97.ibanValid("DE89370400440532013000")).isTrue();
        assertThat(Mod97.ibanValid("GB82WEST12345698765432")).isTrue();
        assertThat(Mod97.ibanValid("GB82WEST12345698765433")).isFalse();
        assertThat(Mod97.ibanCheckDigits("DE", "370400440532013000")).isEqualTo("89");
        assertThat(Validators.isValid(Entity.IBAN, "FR14 2004 1010 0505 0001 3M02 606")).isTrue();
    }

    @Test
    void nationalBankCheckDigits() {
        // RIB of the French IBAN FR14 2004 1010 0505 0001 3M02 606 uses a letter; check a numeric one instead
        assertThat(BankCheckDigits.frRibKey("30002", "00550", "00001575724")).hasSize(2);
        // Spanish CCC 2100 0418 45 0200051332 (published example)
        assertThat(BankCheckDigits.esControl("2100", "0418", "0200051332")).isEqualTo("45");
        // Belgian BE68 5390 0754 7034: 539007547 034 -> check 34
        assertThat(BankCheckDigits.beCheck("5390075470")).isEqualTo("34");
        // Italian CIN of IT60 X054 2811 1010 0000 0123 456
        assertThat(ItalianCheckChar.compute("0542811101000000123456")).isEqualTo('X');
    }

    @Test
    void aba() {
        assertThat(NationalCheckDigits.abaValid("011000015")).isTrue();
        assertThat(NationalCheckDigits.abaValid("021000021")).isTrue();
        assertThat(NationalCheckDigits.abaValid("021000022")).isFalse();
    }

    @Test
    void nhsTfnBsnPeselCpf() {
        assertThat(NationalCheckDigits.nhsCheckDigit("943476591")).isEqualTo(9);
        assertThat(NationalCheckDigits.tfnValid("123456782")).isTrue();
        assertThat(NationalCheckDigits.tfnValid("123456789")).isFalse();
        assertThat(NationalCheckDigits.bsnValid("111222333")).isTrue();
        assertThat(NationalCheckDigits.bsnValid("111222334")).isFalse();
        assertThat(Validators.isPesel("44051401359")).isTrue();
        assertThat(Validators.isPesel("44051401358")).isFalse();
        assertThat(NationalCheckDigits.cpfCheckDigits("529982247")).isEqualTo("25");
        assertThat(Validators.isValid(Entity.BR_CPF, "529.982.247-25")).isTrue();
    }

    @Test
    void deTaxId() {
        assertThat(Iso7064Mod11_10.checkDigit("8609574271")).isEqualTo(9);
        assertThat(Validators.isDeTaxId("86095742719")).isTrue();
        assertThat(Validators.isDeTaxId("86095742718")).isFalse();
    }

    @Test
    void nirNifNricFiscalCode() {
        assertThat(NationalCheckDigits.nirKey("2690549588157")).isEqualTo(80);
        assertThat(NationalCheckDigits.nifLetter("12345678")).isEqualTo('Z');
        assertThat(Validators.isNif("X1234567L")).isTrue();
        assertThat(Validators.isNric("S1234567D")).isTrue();
        assertThat(Validators.isNric("S1234567A")).isFalse();
        assertThat(Validators.isItalianFiscalCode("RSSMRA85T10A562S")).isTrue();
        assertThat(Validators.isItalianFiscalCode("RSSMRA85T10A562T")).isFalse();
    }

    @Test
    void verhoeff() {
        assertThat(Verhoeff.checkDigit("236")).isEqualTo(3);
        assertThat(Verhoeff.isValid("2363")).isTrue();
        assertThat(Verhoeff.isValid("2364")).isFalse();
    }

    @Test
    void crypto() {
        assertThat(CryptoChecks.base58CheckVersion("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")).isEqualTo(0);
        assertThat(CryptoChecks.base58CheckVersion("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")).isEqualTo(5);
        assertThat(CryptoChecks.base58CheckVersion("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")).isEqualTo(-1);
        assertThat(Bech32.isValidSegwit("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")).isTrue();
        assertThat(Bech32.isValidSegwit("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")).isFalse();
        byte[] program = HexFormat.of().parseHex("751e76e8199196d454941c45d1b3a323f1433bd6");
        assertThat(Bech32.segwitAddress("bc", 0, program)).isEqualTo("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
        assertThat(Bech32.isValidSegwit("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")).isTrue();
        assertThat(CryptoChecks.eip55("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"))
            .isEqualTo("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        assertThat(CryptoChecks.eip55("fb6916095ca1df60bb79ce92ce3ea74c37c5d359"))
            .isEqualTo("fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
    }

    @Test
    void salesforce18() {
        assertThat(SalesforceIds.to18("001A0000006Vm9r")).isEqualTo("001A0000006Vm9rIAC");
    }

    @Test
    void birthDates() {
        LocalDate d = LocalDate.of(1984, 3, 12);
        for (String s : new String[] {"1984-03-12", "03/12/1984", "12.03.1984", "12 March 1984", "March 12, 1984",
            "12th March 1984", "12. März 1984", "12 mars 1984", "12 de marzo de 1984", "12-Mar-1984"}) {
            assertThat(DateParser.parseBirthDate(s)).as(s).isNotNull();
        }
        assertThat(DateParser.parseBirthDate("12 de marzo de 1984")).isEqualTo(d);
    }
}

package io.piiscanner.core.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code iban}: a SWIFT-registry country, its exact length and BBAN format, check digits 02-98, mod-97 == 1;
 * compact or printed in groups of four, upper case.
 */
class IbanValidatorTest {

    private final Validator iban = FinancialValidators.all().get("iban");

    /** One example IBAN per registry country, as published in the SWIFT IBAN Registry. */
    static final Map<String, String> REGISTRY_EXAMPLES = new TreeMap<>(Map.ofEntries(
            Map.entry("AD", "AD1200012030200359100100"),
            Map.entry("AE", "AE070331234567890123456"),
            Map.entry("AL", "AL47212110090000000235698741"),
            Map.entry("AT", "AT611904300234573201"),
            Map.entry("AZ", "AZ21NABZ00000000137010001944"),
            Map.entry("BA", "BA391290079401028494"),
            Map.entry("BE", "BE68539007547034"),
            Map.entry("BG", "BG80BNBG96611020345678"),
            Map.entry("BH", "BH67BMAG00001299123456"),
            Map.entry("BI", "BI4210000100010000332045181"),
            Map.entry("BR", "BR1800360305000010009795493C1"),
            Map.entry("BY", "BY13NBRB3600900000002Z00AB00"),
            Map.entry("CH", "CH9300762011623852957"),
            Map.entry("CR", "CR05015202001026284066"),
            Map.entry("CY", "CY17002001280000001200527600"),
            Map.entry("CZ", "CZ6508000000192000145399"),
            Map.entry("DE", "DE89370400440532013000"),
            Map.entry("DJ", "DJ2100010000000154000100186"),
            Map.entry("DK", "DK5000400440116243"),
            Map.entry("DO", "DO28BAGR00000001212453611324"),
            Map.entry("EE", "EE382200221020145685"),
            Map.entry("EG", "EG380019000500000000263180002"),
            Map.entry("ES", "ES9121000418450200051332"),
            Map.entry("FI", "FI2112345600000785"),
            Map.entry("FK", "FK88SC123456789012"),
            Map.entry("FO", "FO6264600001631634"),
            Map.entry("FR", "FR1420041010050500013M02606"),
            Map.entry("GB", "GB29NWBK60161331926819"),
            Map.entry("GE", "GE29NB0000000101904917"),
            Map.entry("GI", "GI75NWBK000000007099453"),
            Map.entry("GL", "GL8964710001000206"),
            Map.entry("GR", "GR1601101250000000012300695"),
            Map.entry("GT", "GT82TRAJ01020000001210029690"),
            Map.entry("HN", "HN88CABF00000000000250005469"),
            Map.entry("HR", "HR1210010051863000160"),
            Map.entry("HU", "HU42117730161111101800000000"),
            Map.entry("IE", "IE29AIBK93115212345678"),
            Map.entry("IL", "IL620108000000099999999"),
            Map.entry("IQ", "IQ98NBIQ850123456789012"),
            Map.entry("IS", "IS140159260076545510730339"),
            Map.entry("IT", "IT60X0542811101000000123456"),
            Map.entry("JO", "JO94CBJO0010000000000131000302"),
            Map.entry("KW", "KW81CBKU0000000000001234560101"),
            Map.entry("KZ", "KZ86125KZT5004100100"),
            Map.entry("LB", "LB62099900000001001901229114"),
            Map.entry("LC", "LC55HEMM000100010012001200023015"),
            Map.entry("LI", "LI21088100002324013AA"),
            Map.entry("LT", "LT121000011101001000"),
            Map.entry("LU", "LU280019400644750000"),
            Map.entry("LV", "LV80BANK0000435195001"),
            Map.entry("LY", "LY83002048000020100120361"),
            Map.entry("MC", "MC5811222000010123456789030"),
            Map.entry("MD", "MD24AG000225100013104168"),
            Map.entry("ME", "ME25505000012345678951"),
            Map.entry("MK", "MK07250120000058984"),
            Map.entry("MN", "MN121234123456789123"),
            Map.entry("MR", "MR1300020001010000123456753"),
            Map.entry("MT", "MT84MALT011000012345MTLCAST001S"),
            Map.entry("MU", "MU17BOMM0101101030300200000MUR"),
            Map.entry("NI", "NI45BAPR00000013000003558124"),
            Map.entry("NL", "NL91ABNA0417164300"),
            Map.entry("NO", "NO9386011117947"),
            Map.entry("OM", "OM810180000001299123456"),
            Map.entry("PK", "PK36SCBL0000001123456702"),
            Map.entry("PL", "PL61109010140000071219812874"),
            Map.entry("PS", "PS92PALS000000000400123456702"),
            Map.entry("PT", "PT50000201231234567890154"),
            Map.entry("QA", "QA58DOHB00001234567890ABCDEFG"),
            Map.entry("RO", "RO49AAAA1B31007593840000"),
            Map.entry("RS", "RS35260005601001611379"),
            Map.entry("RU", "RU0304452522540817810538091310419"),
            Map.entry("SA", "SA0380000000608010167519"),
            Map.entry("SC", "SC18SSCB11010000000000001497USD"),
            Map.entry("SD", "SD2129010501234001"),
            Map.entry("SE", "SE4550000000058398257466"),
            Map.entry("SI", "SI56263300012039086"),
            Map.entry("SK", "SK3112000000198742637541"),
            Map.entry("SM", "SM86U0322509800000000270100"),
            Map.entry("SO", "SO211000001001000100141"),
            Map.entry("ST", "ST68000100010051845310112"),
            Map.entry("SV", "SV62CENR00000000000000700025"),
            Map.entry("TL", "TL380080012345678910157"),
            Map.entry("TN", "TN5910006035183598478831"),
            Map.entry("TR", "TR330006100519786457841326"),
            Map.entry("UA", "UA213223130000026007233566001"),
            Map.entry("VA", "VA59001123000012345678"),
            Map.entry("VG", "VG96VPVG0000012345678901"),
            Map.entry("XK", "XK051212012345678906"),
            Map.entry("YE", "YE15CBYE0001018861234567891234")));

    static Stream<String> registryExamples() {
        return REGISTRY_EXAMPLES.values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registryExamples")
    void everyRegistryCountrysExampleIbanPasses(String value) {
        assertThat(iban.validate(value)).isEqualTo(Validation.VALID);
    }

    @Test
    void theCountryTableCoversExactlyTheCountriesWithExamples() {
        assertThat(IbanValidator.countries().keySet()).containsExactlyInAnyOrderElementsOf(REGISTRY_EXAMPLES.keySet());
        assertThat(IbanValidator.countries()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(IbanValidator.countries().get("DE")).isEqualTo(new IbanValidator.Country(22, "8n10n"));
    }

    @ParameterizedTest(name = "\"{0}\" passes")
    @ValueSource(strings = {
        "DE89 3704 0044 0532 0130 00",        // printed form, last group of 2
        "GB29 NWBK 6016 1331 9268 19",
        "FR14 2004 1010 0505 0001 3M02 606",  // letters inside the BBAN where the format allows them
        "NO93 8601 1117 947",                 // shortest IBAN (15)
        "LC55 HEMM 0001 0001 0012 0012 0002 3015", // longest in the table (32)
        "DE98370400440532013032",             // check digits 98 are the maximum
        "DE02370400440532013014",             // and 02 the minimum
        "DE89-3704-0044-0532-0130-00",        // hyphens between the groups, as some forms and exports print it
    })
    void compactAndPrintedFormsPass(String value) {
        assertThat(iban.validate(value)).isEqualTo(Validation.VALID);
    }

    @ParameterizedTest(name = "\"{0}\" fails: {1}")
    @CsvSource(delimiter = '|', value = {
        // mod 97
        "DE89 3704 0044 0532 0130 01     | mod-97 check failed",
        "DE89370400440532013001          | mod-97 check failed",
        "DE98370400440532031300          | mod-97 check failed",   // transposed digits
        "GB82WEST12345698765433          | mod-97 check failed",
        // check digits 00, 01, 99 pass mod 97 exactly when 97, 98, 02 would, but are never issued
        "DE01370400440532013032          | check digits out of range",
        "DE99370400440532013014          | check digits out of range",
        "DEAB370400440532013000          | check digits out of range",
        // country and length
        "XX89370400440532013000          | not an IBAN country",
        "US64SVBKUS6S3300958879          | not an IBAN country",    // the US has no IBAN
        "1289370400440532013000          | not an IBAN country",
        "GB29NWBK6016133192681           | wrong length for the country",
        "DE8937040044053201300000        | wrong length for the country",
        "NO938601111794                  | wrong length for the country",
        // BBAN format
        "GB29NWBK6016133192681A          | BBAN does not match the country format",
        "NL91ABNA041716430A              | BBAN does not match the country format",
        "GB291WBK60161331926819          | BBAN does not match the country format",
        // characters and spacing
        "de89370400440532013000          | unexpected character",
        "DE89_3704_0044_0532_0130_00     | unexpected character",
        "DE89-3704 0044 0532 0130 00     | not grouped in fours",  // spaces and hyphens mixed
        "DE89-37040044-0532-0130-00      | not grouped in fours",
        "DE89  3704 0044 0532 0130 00    | not grouped in fours",
        "DE89 37040044 0532 0130 00      | not grouped in fours",
        "DE893 7040 0440 5320 1300 0     | not grouped in fours",
        "'DE89 3704 0044 0532 0130 00 '  | not grouped in fours",
        "' DE89 3704 0044 0532 0130 00'  | not grouped in fours",
    })
    void hardNegativesFailWithAFixedReason(String value, String reason) {
        assertThat(iban.validate(value)).isEqualTo(Validation.invalid(reason));
    }
}

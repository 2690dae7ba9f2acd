package io.piiscanner.testdata.check;

import io.piiscanner.testdata.Entity;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Re-validates the text of a gold span with this module's own check-digit code. Used by the
 * tests (every generated span must pass) and by the hard-negative guard (no look-alike may pass).
 */
public final class Validators {
    private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
        Map.entry("DE", 22), Map.entry("GB", 22), Map.entry("FR", 27), Map.entry("ES", 24),
        Map.entry("IT", 27), Map.entry("NL", 18), Map.entry("BE", 16), Map.entry("AT", 20),
        Map.entry("CH", 21), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("IE", 22),
        Map.entry("LU", 20), Map.entry("SE", 24), Map.entry("DK", 18), Map.entry("FI", 18),
        Map.entry("NO", 15), Map.entry("CZ", 24), Map.entry("LI", 21), Map.entry("MC", 27), Map.entry("GR", 27));
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,}");
    private static final Pattern NINO = Pattern.compile(
        "(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]");
    private static final Pattern PAN = Pattern.compile("[A-Z]{3}[PCHFATBLJG][A-Z]\\d{4}[A-Z]");
    private static final Pattern PASSPORT = Pattern.compile("\\d{9}|[A-Z]\\d{8}");
    private static final Pattern AWS = Pattern.compile("(?:AKIA|ASIA)[A-Z2-7]{16}");
    private static final Pattern SF_SESSION = Pattern.compile("00D[A-Za-z0-9]{12}![A-Za-z0-9._]{60,140}");
    private static final Pattern PEM = Pattern.compile(
        "-----BEGIN ((?:RSA |EC |OPENSSH |ENCRYPTED )?PRIVATE KEY)-----(.+)-----END \\1-----", Pattern.DOTALL);
    private static final Pattern DL = Pattern.compile(String.join("|",
        "[A-Z]\\d{7}", "\\d{3} ?\\d{3} ?\\d{3}", "[A-Z]\\d{3}-\\d{3}-\\d{2}-\\d{3}-\\d", "[A-Z]\\d{12}", "\\d{8}",
        "[A-Z]\\d{3}-\\d{4}-\\d{4}", "[A-Z]\\d{11}", "WDL[A-Z0-9]{9}", "\\d{2} \\d{3} \\d{3}",
        "[A-Z]\\d{4} \\d{5} \\d{5}", "[A-Z]\\d{14}", "[A-Z] \\d{3} \\d{3} \\d{3} \\d{3}", "[A-Z]{2}\\d{6}",
        "S\\d{8}", "[A-Z]\\d{8}", "\\d{2}-\\d{3}-\\d{4}", "[A-Z]\\d{2}-\\d{2}-\\d{4}"));
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L} .,'\u2019-]*[\\p{L}.]");
    private static final Pattern UK_POSTCODE_END = Pattern.compile(".*\\b[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}$", Pattern.DOTALL);
    private static final Pattern US_ZIP_END = Pattern.compile(".*, [A-Z]{2} \\d{5}(?:-\\d{4})?$", Pattern.DOTALL);
    private static final Pattern EU_CITY_END = Pattern.compile(".*\\b\\d{5} [\\p{L}][\\p{L} .'-]+$", Pattern.DOTALL);

    private Validators() {
    }

    public static boolean isValid(Entity e, String s) {
        String d = Digits.strip(s);
        return switch (e) {
            case CREDIT_CARD -> isCard(d);
            case IBAN -> isIban(d.toUpperCase(Locale.ROOT)) && d.equals(d.toUpperCase(Locale.ROOT));
            case US_BANK_ACCOUNT -> Digits.allDigits(d) && d.length() >= 8 && d.length() <= 17;
            case ABA_ROUTING -> isAba(d);
            case US_SSN -> isSsn(d);
            case US_ITIN -> isItin(d);
            case US_PASSPORT -> PASSPORT.matcher(s).matches();
            case US_DRIVER_LICENSE -> DL.matcher(s).matches();
            case UK_NINO -> NINO.matcher(s).matches();
            case UK_NHS -> d.length() == 10 && Digits.allDigits(d)
                && NationalCheckDigits.nhsCheckDigit(d.substring(0, 9)) == Digits.at(d, 9);
            case CA_SIN -> d.length() == 9 && Luhn.isValid(d) && d.charAt(0) != '0' && d.charAt(0) != '8';
            case DE_TAX_ID -> isDeTaxId(d);
            case FR_NIR -> isNir(d);
            case ES_NIF -> isNif(d.toUpperCase(Locale.ROOT));
            case IT_FISCAL_CODE -> isItalianFiscalCode(s.toUpperCase(Locale.ROOT));
            case NL_BSN -> NationalCheckDigits.bsnValid(d);
            case PL_PESEL -> isPesel(d);
            case BR_CPF -> isCpf(d);
            case IN_AADHAAR -> isAadhaar(d);
            case IN_PAN -> PAN.matcher(s).matches();
            case AU_TFN -> NationalCheckDigits.tfnValid(d);
            case SG_NRIC -> isNric(s);
            case CRYPTO_WALLET -> isWallet(s);
            case EMAIL -> EMAIL.matcher(s).matches() && !s.toLowerCase(Locale.ROOT).matches(".*@example\\.(com|org|net)");
            case PHONE -> isPhoneShape(s);
            case IP_ADDRESS -> IpParser.isIpv4(s) || IpParser.isIpv6(s);
            case DATE_OF_BIRTH -> DateParser.parseBirthDate(s) != null;
            case SALESFORCE_SESSION_ID -> SF_SESSION.matcher(s).matches();
            case AWS_ACCESS_KEY -> AWS.matcher(s).matches() && !s.equals("AKIAIOSFODNN7EXAMPLE");
            case PRIVATE_KEY -> isPem(s);
            case PASSWORD -> isPassword(s);
            case PERSON_NAME -> NAME.matcher(s).matches() && s.length() >= 2;
            case POSTAL_ADDRESS -> isAddress(s);
        };
    }

    public static boolean isCard(String d) {
        if (!Digits.allDigits(d) || d.length() < 13 || d.length() > 19 || !Luhn.isValid(d)) {
            return false;
        }
        int two = Integer.parseInt(d.substring(0, 2));
        int four = Integer.parseInt(d.substring(0, 4));
        int three = Integer.parseInt(d.substring(0, 3));
        int len = d.length();
        return (d.charAt(0) == '4' && (len == 13 || len == 16 || len == 19))
            || (two >= 51 && two <= 55 && len == 16)
            || (four >= 2221 && four <= 2720 && len == 16)
            || ((two == 34 || two == 37) && len == 15)
            || ((four == 6011 || two == 65 || (three >= 644 && three <= 649)) && (len == 16 || len == 19))
            || (four >= 3528 && four <= 3589 && len == 16)
            || ((two == 36 || (three >= 300 && three <= 305)) && len == 14)
            || (two == 62 && len >= 16 && len <= 19);
    }

    public static boolean isIban(String compact) {
        if (compact.length() < 15) {
            return false;
        }
        Integer len = IBAN_LENGTHS.get(compact.substring(0, 2));
        return len != null && len == compact.length() && Mod97.ibanValid(compact);
    }

    public static boolean isAba(String d) {
        if (!NationalCheckDigits.abaValid(d)) {
            return false;
        }
        int p = Integer.parseInt(d.substring(0, 2));
        return (p >= 1 && p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p == 80;
    }

    public static boolean isSsn(String d) {
        if (d.length() != 9 || !Digits.allDigits(d)) {
            return false;
        }
        int area = Integer.parseInt(d.substring(0, 3));
        int group = Integer.parseInt(d.substring(3, 5));
        int serial = Integer.parseInt(d.substring(5));
        return area > 0 && area != 666 && area < 900 && group > 0 && serial > 0
            && !d.equals("078051120") && !d.equals("219099999") && !d.equals("123456789");
    }

    public static boolean isItin(String d) {
        if (d.length() != 9 || !Digits.allDigits(d) || d.charAt(0) != '9') {
            return false;
        }
        int g = Integer.parseInt(d.substring(3, 5));
        return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
    }

    public static boolean isDeTaxId(String d) {
        return d.length() == 11 && Digits.allDigits(d) && NationalCheckDigits.deTaxIdDigitRule(d.substring(0, 10))
            && Iso7064Mod11_10.checkDigit(d.substring(0, 10)) == Digits.at(d, 10);
    }

    public static boolean isNir(String d) {
        if (d.length() != 15 || !Digits.allDigits(d) || (d.charAt(0) != '1' && d.charAt(0) != '2')) {
            return false;
        }
        int month = Integer.parseInt(d.substring(3, 5));
        return month >= 1 && month <= 12 && NationalCheckDigits.nirKey(d.substring(0, 13)) == Integer.parseInt(d.substring(13));
    }

    public static boolean isNif(String s) {
        if (s.length() != 9) {
            return false;
        }
        char first = s.charAt(0);
        String num;
        if (first == 'X' || first == 'Y' || first == 'Z') {
            num = "XYZ".indexOf(first) + s.substring(1, 8);
        } else {
            num = s.substring(0, 8);
        }
        return Digits.allDigits(num) && NationalCheckDigits.nifLetter(num) == s.charAt(8);
    }

    public static boolean isItalianFiscalCode(String s) {
        return s.matches("[A-Z]{6}\\d{2}[ABCDEHLMPRST]\\d{2}[A-Z]\\d{3}[A-Z]")
            && ItalianCheckChar.compute(s.substring(0, 15)) == s.charAt(15);
    }

    public static boolean isPesel(String d) {
        if (d.length() != 11 || !Digits.allDigits(d)) {
            return false;
        }
        int month = Integer.parseInt(d.substring(2, 4)) % 20;
        int day = Integer.parseInt(d.substring(4, 6));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31
            && NationalCheckDigits.peselCheckDigit(d.substring(0, 10)) == Digits.at(d, 10);
    }

    public static boolean isCpf(String d) {
        return d.length() == 11 && Digits.allDigits(d) && d.chars().distinct().count() > 1
            && NationalCheckDigits.cpfCheckDigits(d.substring(0, 9)).equals(d.substring(9));
    }

    public static boolean isAadhaar(String d) {
        return d.length() == 12 && Digits.allDigits(d) && d.charAt(0) >= '2' && Verhoeff.isValid(d);
    }

    public static boolean isNric(String s) {
        if (!s.matches("[STFG]\\d{7}[A-Z]")) {
            return false;
        }
        return NationalCheckDigits.nricLetter(s.charAt(0), s.substring(1, 8)) == s.charAt(8);
    }

    public static boolean isWallet(String s) {
        if (s.startsWith("0x")) {
            String hex = s.substring(2);
            if (!hex.matches("[0-9a-fA-F]{40}")) {
                return false;
            }
            boolean mixed = !hex.equals(hex.toLowerCase(Locale.ROOT)) && !hex.equals(hex.toUpperCase(Locale.ROOT));
            return !mixed || CryptoChecks.eip55(hex).equals(hex);
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("bc1")) {
            return Bech32.isValidSegwit(s);
        }
        int v = CryptoChecks.base58CheckVersion(s);
        return (v == 0 && s.startsWith("1")) || (v == 5 && s.startsWith("3"));
    }

    private static final Pattern NANP = Pattern.compile("(?:\\+?1[ .-]?)?\\(?([2-9]\\d{2})\\)?[ .-]?(\\d{3})[ .-]?\\d{4}");

    /** Phone-number shape: 8-15 digits with the usual separators; NANP numbers must not use fictional 555. */
    public static boolean isPhoneShape(String s) {
        if (!s.matches("(?:\\(\\+|[+(])?[0-9][0-9 ()./-]*[0-9]")) {
            return false;
        }
        String d = s.replaceAll("[^0-9]", "");
        if (d.length() < 8 || d.length() > 15) {
            return false;
        }
        var m = NANP.matcher(s);
        if (m.matches() && (s.startsWith("+1") || !s.startsWith("+"))) {
            return !m.group(2).equals("555");
        }
        return true;
    }

    public static boolean isPem(String s) {
        var m = PEM.matcher(s);
        if (!m.matches()) {
            return false;
        }
        String body = m.group(2).replace("\\n", " ").replace("\\r", " ").trim();
        return !body.isEmpty() && body.matches("[A-Za-z0-9+/=\\s]+");
    }

    public static boolean isPassword(String s) {
        return s.length() >= 4 && !s.matches(".*[\\s\"\\\\].*") && !s.matches("\\*+");
    }

    public static boolean isAddress(String s) {
        return s.matches("(?s).*\\d.*") && (US_ZIP_END.matcher(s).matches() || UK_POSTCODE_END.matcher(s).matches()
            || EU_CITY_END.matcher(s).matches());
    }
}

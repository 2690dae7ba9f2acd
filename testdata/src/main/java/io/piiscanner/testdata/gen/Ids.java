package io.piiscanner.testdata.gen;

import io.piiscanner.testdata.check.Iso7064Mod11_10;
import io.piiscanner.testdata.check.Luhn;
import io.piiscanner.testdata.check.Mod97;
import io.piiscanner.testdata.check.Verhoeff;

import java.math.BigInteger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Valid identifiers, written the ways people and systems write them. Check digits are computed here with
 * this module's own code (never scanner-core's), so the corpus is an independent ground truth.
 */
final class Ids {

    private final Pick p;

    Ids(Pick pick) {
        this.p = pick;
    }

    // ---- payment and bank ----------------------------------------------------------------------------

    String card() {
        String[] prefixes = {"4", "4", "4", "51", "52", "53", "54", "55", "2221", "2300", "2720", "34", "37", "6011", "65",
                "3528", "3589", "36", "622126", "62"};
        String prefix = p.of(prefixes);
        int length = prefix.startsWith("3") && (prefix.equals("34") || prefix.equals("37")) ? 15
                : prefix.equals("36") ? 14 : prefix.equals("4") && p.chance(0.1) ? 19 : 16;
        String payload = prefix + p.digits(length - 1 - prefix.length());
        String pan = payload + Luhn.checkDigit(payload);
        if (pan.equals("4111111111111111") || pan.chars().distinct().count() < 3) {
            return card();
        }
        String sep = p.of("", " ", " ", "-");
        if (sep.isEmpty()) {
            return pan;
        }
        if (length == 15) {
            return pan.substring(0, 4) + sep + pan.substring(4, 10) + sep + pan.substring(10);
        }
        if (length == 14) {
            return pan.substring(0, 4) + sep + pan.substring(4, 10) + sep + pan.substring(10);
        }
        return group4(pan, sep);
    }

    String iban() {
        String country = p.of("DE", "DE", "GB", "FR", "ES", "IT", "NL", "AT", "CH", "PL", "FR", "ES");
        String bban = switch (country) {
            case "DE" -> p.digits(18);
            case "GB" -> p.of("NWBK", "BARC", "HBUK", "LOYD", "MIDL") + p.digits(14);
            case "FR" -> p.digits(10) + p.digits(11) + p.digits(2);
            case "ES" -> p.digits(20);
            case "IT" -> p.letters(1) + p.digits(10) + p.digits(12);
            case "NL" -> p.of("ABNA", "INGB", "RABO", "TRIO") + p.digits(10);
            case "AT" -> p.digits(16);
            case "CH" -> p.digits(17);
            default -> p.digits(24);
        };
        String iban = country + Mod97.ibanCheckDigits(country, bban) + bban;
        return p.chance(0.6) ? group4(iban, " ") : iban;
    }

    String aba() {
        String prefix = String.format(Locale.ROOT, "%02d", p.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 21, 22, 26, 31, 32, 61, 63, 71));
        while (true) {
            String eight = prefix + p.digits(6);
            int s = 3 * (d(eight, 0) + d(eight, 3) + d(eight, 6)) + 7 * (d(eight, 1) + d(eight, 4) + d(eight, 7))
                    + d(eight, 2) + d(eight, 5);
            int check = (10 - s % 10) % 10;
            return eight + check;
        }
    }

    String bankAccount() {
        return p.digits(p.between(8, 14));
    }

    String wallet() {
        if (p.chance(0.4)) {
            return "0x" + p.chars("0123456789abcdef", 40);
        }
        byte[] payload = new byte[21];
        payload[0] = (byte) (p.chance(0.7) ? 0x00 : 0x05);
        for (int i = 1; i < 21; i++) {
            payload[i] = (byte) p.random().nextInt(256);
        }
        byte[] check = sha256(sha256(payload));
        byte[] all = new byte[25];
        System.arraycopy(payload, 0, all, 0, 21);
        System.arraycopy(check, 0, all, 21, 4);
        return base58(all);
    }

    // ---- US --------------------------------------------------------------------------------------------

    String ssn() {
        int area;
        do {
            area = p.between(1, 899);
        } while (area == 666);
        String v = String.format(Locale.ROOT, "%03d-%02d-%04d", area, p.between(1, 99), p.between(1, 9999));
        if (v.equals("123-45-6789") || v.equals("078-05-1120")) {
            return ssn();
        }
        return v;
    }

    String itin() {
        int[][] ranges = {{50, 65}, {70, 88}, {90, 92}, {94, 99}};
        int[] r = ranges[p.random().nextInt(ranges.length)];
        return String.format(Locale.ROOT, "9%02d-%02d-%04d", p.between(0, 99), p.between(r[0], r[1]), p.between(0, 9999));
    }

    String passport() {
        return p.chance(0.5) ? p.digits(9) : p.letters(1) + p.digits(8);
    }

    String driverLicense() {
        return switch (p.between(0, 4)) {
            case 0 -> p.letters(1) + p.digits(7);          // CA
            case 1 -> p.digits(9);                          // NY
            case 2 -> p.letters(1) + p.digits(12);          // FL
            case 3 -> p.digits(8);                          // TX
            default -> p.letters(1) + p.digits(11);         // IL
        };
    }

    // ---- national ids ------------------------------------------------------------------------------------

    String nino() {
        String first = "ABCEGHJKLMNOPRSTWXYZ";
        String second = "ABCEGHJKLMNPRSTWXYZ";
        String prefix;
        do {
            prefix = "" + first.charAt(p.random().nextInt(first.length())) + second.charAt(p.random().nextInt(second.length()));
        } while (List.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ").contains(prefix));
        String digits = p.digits(6);
        String suffix = "" + "ABCD".charAt(p.random().nextInt(4));
        return p.chance(0.5) ? prefix + " " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4) + " " + suffix
                : prefix + digits + suffix;
    }

    String nhs() {
        while (true) {
            String nine = p.digits(9);
            int s = 0;
            for (int i = 0; i < 9; i++) {
                s += d(nine, i) * (10 - i);
            }
            int check = 11 - s % 11;
            if (check == 11) {
                check = 0;
            }
            if (check == 10) {
                continue;
            }
            String v = nine + check;
            return p.chance(0.7) ? v.substring(0, 3) + " " + v.substring(3, 6) + " " + v.substring(6) : v;
        }
    }

    String sin() {
        String payload = p.of("1", "2", "3", "4", "5", "6", "7", "9") + p.digits(7);
        String v = payload + Luhn.checkDigit(payload);
        String sep = p.of(" ", "-", " ");
        return v.substring(0, 3) + sep + v.substring(3, 6) + sep + v.substring(6);
    }

    String deTaxId() {
        List<Integer> pool = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        Collections.shuffle(pool, p.random());
        List<Integer> ten = new ArrayList<>(pool.subList(0, 9));
        ten.add(ten.get(p.random().nextInt(9)));
        do {
            Collections.shuffle(ten, p.random());
        } while (ten.get(0) == 0);
        StringBuilder sb = new StringBuilder();
        ten.forEach(sb::append);
        String payload = sb.toString();
        String v = payload + Iso7064Mod11_10.checkDigit(payload);
        return p.chance(0.3) ? v.substring(0, 2) + " " + v.substring(2, 5) + " " + v.substring(5, 8) + " " + v.substring(8) : v;
    }

    String frNir() {
        String body = p.of("1", "2") + String.format(Locale.ROOT, "%02d%02d", p.between(40, 99), p.between(1, 12))
                + String.format(Locale.ROOT, "%02d", p.of(13, 33, 44, 59, 67, 69, 75, 76, 92, 93, 94))
                + String.format(Locale.ROOT, "%03d%03d", p.between(1, 999), p.between(1, 999));
        long n = Long.parseLong(body);
        String key = String.format(Locale.ROOT, "%02d", 97 - n % 97);
        String v = body + key;
        return p.chance(0.6) ? v.charAt(0) + " " + v.substring(1, 3) + " " + v.substring(3, 5) + " " + v.substring(5, 7) + " "
                + v.substring(7, 10) + " " + v.substring(10, 13) + " " + v.substring(13) : v;
    }

    String esNif() {
        String letters = "TRWAGMYFPDXBNJZSQVHLCKE";
        if (p.chance(0.25)) {
            int prefix = p.between(0, 2);
            String digits = p.digits(7);
            int n = Integer.parseInt(prefix + digits);
            return "XYZ".charAt(prefix) + digits + letters.charAt(n % 23);
        }
        String digits = p.digits(8);
        return digits + (p.chance(0.2) ? "-" : "") + letters.charAt(Integer.parseInt(digits) % 23);
    }

    String itFiscalCode() {
        String months = "ABCDEHLMPRST";
        int day = p.between(1, 28) + (p.chance(0.5) ? 40 : 0);
        String body = p.letters(6) + String.format(Locale.ROOT, "%02d", p.between(40, 99)) + months.charAt(p.random().nextInt(12))
                + String.format(Locale.ROOT, "%02d", day) + p.letters(1) + p.digits(3);
        int[] odd = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = body.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? odd[v] : v;
        }
        return body + (char) ('A' + sum % 26);
    }

    String bsn() {
        while (true) {
            String eight = p.between(1, 6) + p.digits(7);
            int s = 0;
            for (int i = 0; i < 8; i++) {
                s += (9 - i) * d(eight, i);
            }
            int last = s % 11;
            if (last < 10) {
                return eight + last;
            }
        }
    }

    String pesel() {
        int year = p.between(1940, 2009);
        int month = p.between(1, 12) + (year >= 2000 ? 20 : 0);
        String body = String.format(Locale.ROOT, "%02d%02d%02d", year % 100, month, p.between(1, 28)) + p.digits(4);
        int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int s = 0;
        for (int i = 0; i < 10; i++) {
            s += w[i] * d(body, i);
        }
        return body + (10 - s % 10) % 10;
    }

    String cpf() {
        String nine = p.digits(9);
        int d1 = cpfDigit(nine);
        int d2 = cpfDigit(nine + d1);
        String v = nine + d1 + d2;
        if (v.chars().distinct().count() == 1) {
            return cpf();
        }
        return p.chance(0.7) ? v.substring(0, 3) + "." + v.substring(3, 6) + "." + v.substring(6, 9) + "-" + v.substring(9) : v;
    }

    String aadhaar() {
        String payload = p.between(2, 9) + p.digits(10);
        String v = payload + Verhoeff.checkDigit(payload);
        String sep = p.of(" ", " ", "-", "");
        return sep.isEmpty() ? v : v.substring(0, 4) + sep + v.substring(4, 8) + sep + v.substring(8);
    }

    String pan() {
        return p.letters(3) + p.of("P", "P", "C", "H", "F") + p.letters(1) + String.format(Locale.ROOT, "%04d", p.between(1, 9999)) + p.letters(1);
    }

    String tfn() {
        int[] w = {1, 4, 3, 7, 5, 8, 6, 9, 10};
        while (true) {
            String eight = p.between(1, 9) + p.digits(7);
            int s = 0;
            for (int i = 0; i < 8; i++) {
                s += w[i] * d(eight, i);
            }
            for (int last = 0; last < 10; last++) {
                if ((s + 10 * last) % 11 == 0) {
                    String v = eight + last;
                    return p.chance(0.7) ? v.substring(0, 3) + " " + v.substring(3, 6) + " " + v.substring(6) : v;
                }
            }
        }
    }

    String nric() {
        char prefix = p.of('S', 'T', 'S', 'F', 'G');
        String digits = p.digits(7);
        int[] w = {2, 7, 6, 5, 4, 3, 2};
        int s = prefix == 'T' || prefix == 'G' ? 4 : 0;
        for (int i = 0; i < 7; i++) {
            s += w[i] * d(digits, i);
        }
        String table = prefix == 'S' || prefix == 'T' ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
        return prefix + digits + table.charAt(s % 11);
    }

    // ---- credentials -------------------------------------------------------------------------------------

    String sessionId() {
        String alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return "00D" + p.chars(alnum, 12) + "!" + p.chars(alnum, 2) + p.chars(alnum + "._", 94);
    }

    String awsKey() {
        return p.of("AKIA", "AKIA", "ASIA") + p.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
    }

    String privateKey(boolean jsonEscaped) {
        String kind = p.of("RSA ", "", "EC ", "OPENSSH ");
        StringBuilder sb = new StringBuilder("-----BEGIN " + kind + "PRIVATE KEY-----");
        String nl = jsonEscaped ? "\\n" : "\n";
        int lines = p.between(2, 5);
        for (int i = 0; i < lines; i++) {
            sb.append(nl).append(p.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64));
        }
        sb.append(nl).append("-----END ").append(kind).append("PRIVATE KEY-----");
        return sb.toString();
    }

    String password() {
        String base = p.of("Sommer", "Winter", "Soleil", "Verano", "Dragon", "Monkey", "Shadow", "Blue", "Tiger", "Azul");
        return switch (p.between(0, 3)) {
            case 0 -> base + p.between(1, 2030) + p.of("!", "#", "$", "?", "");
            case 1 -> p.chars("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789#%&*+=", p.between(10, 16));
            case 2 -> base.toLowerCase(Locale.ROOT) + "_" + p.digits(4);
            default -> p.chars("abcdefghijkmnpqrstuvwxyz", 4) + p.of("#", "!", "%") + p.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6);
        };
    }

    // ---- contact -------------------------------------------------------------------------------------------

    String ipv4() {
        if (p.chance(0.3)) {
            return p.of("10", "192.168", "172.16") .equals("10") ? "10." + p.between(0, 255) + "." + p.between(0, 255) + "." + p.between(1, 254)
                    : "192.168." + p.between(0, 255) + "." + p.between(1, 254);
        }
        return p.between(11, 223) + "." + p.between(0, 255) + "." + p.between(0, 255) + "." + p.between(1, 254);
    }

    String ipv6() {
        StringBuilder sb = new StringBuilder(p.of("2001:db8", "2a02:810d", "2607:f8b0", "fe80:0"));
        if (p.chance(0.5)) {
            sb.append("::");
            sb.append(Integer.toHexString(p.between(1, 0xffff))).append(':').append(Integer.toHexString(p.between(1, 0xffff)));
        } else {
            for (int i = 0; i < 6; i++) {
                sb.append(':').append(Integer.toHexString(p.between(0, 0xffff)));
            }
        }
        return sb.toString();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static String group4(String s, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i += 4) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(s, i, Math.min(s.length(), i + 4));
        }
        return sb.toString();
    }

    private static int cpfDigit(String digits) {
        int s = 0;
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            s += d(digits, i) * (n + 1 - i);
        }
        return s * 10 % 11 % 10;
    }

    private static int d(String s, int i) {
        return s.charAt(i) - '0';
    }

    private static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base58(byte[] bytes) {
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        BigInteger n = new BigInteger(1, bytes);
        StringBuilder sb = new StringBuilder();
        BigInteger radix = BigInteger.valueOf(58);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(radix);
            sb.append(alphabet.charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (byte b : bytes) {
            if (b != 0) {
                break;
            }
            sb.append('1');
        }
        return sb.reverse().toString();
    }

}

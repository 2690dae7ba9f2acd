package io.piiscanner.core.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * IBAN (ISO 13616): a registry country, that country's exact length and BBAN format, and the ISO 7064
 * mod 97-10 check (the rearranged number mod 97 is 1). Written compact or in groups of four separated by
 * single spaces. The country table is data: {@code rules/validators/iban-countries.txt} (SWIFT IBAN Registry).
 */
final class IbanValidator implements Validator {

    private record Country(int length, String bban) {
    }

    private static final Map<String, Country> COUNTRIES = load();

    @Override
    public Validation validate(CharSequence candidate) {
        StringBuilder sb = new StringBuilder(34);
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c == ' ') {
                if (i == 0 || candidate.charAt(i - 1) == ' ') {
                    return Validation.invalid("bad spacing");
                }
                continue;
            }
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                return Validation.invalid("unexpected character");
            }
            sb.append(c);
        }
        String iban = sb.toString();
        if (iban.length() < 15) {
            return Validation.invalid("too short");
        }
        Country country = COUNTRIES.get(iban.substring(0, 2));
        if (country == null) {
            return Validation.invalid("not an IBAN country");
        }
        if (iban.length() != country.length()) {
            return Validation.invalid("wrong length for the country");
        }
        if (!Character.isDigit(iban.charAt(2)) || !Character.isDigit(iban.charAt(3))) {
            return Validation.invalid("check digits are not digits");
        }
        if (!bbanMatches(iban.substring(4), country.bban())) {
            return Validation.invalid("BBAN does not match the country format");
        }
        return mod97(iban) == 1 ? Validation.VALID : Validation.invalid("mod-97 check failed");
    }

    static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int rem = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            if (c >= '0' && c <= '9') {
                rem = (rem * 10 + (c - '0')) % 97;
            } else {
                rem = (rem * 100 + (c - 'A' + 10)) % 97;
            }
        }
        return rem;
    }

    /** Checks a BBAN against a registry format such as {@code 4a6n8n}. */
    static boolean bbanMatches(String bban, String format) {
        int pos = 0;
        int count = 0;
        for (int i = 0; i < format.length(); i++) {
            char f = format.charAt(i);
            if (Character.isDigit(f)) {
                count = count * 10 + (f - '0');
                continue;
            }
            if (pos + count > bban.length()) {
                return false;
            }
            for (int k = 0; k < count; k++) {
                char c = bban.charAt(pos++);
                boolean ok = switch (f) {
                    case 'n' -> c >= '0' && c <= '9';
                    case 'a' -> c >= 'A' && c <= 'Z';
                    default -> true;
                };
                if (!ok) {
                    return false;
                }
            }
            count = 0;
        }
        return pos == bban.length();
    }

    private static Map<String, Country> load() {
        String name = "rules/validators/iban-countries.txt";
        InputStream in = IbanValidator.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath (the rules jar)");
        }
        Map<String, Country> m = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String v = line.replaceAll("#.*", "").trim();
                if (v.isEmpty()) {
                    continue;
                }
                String[] parts = v.split("\\s+");
                if (parts.length != 3 || !parts[0].matches("[A-Z]{2}") || !parts[2].matches("(\\d+[nac])+")) {
                    throw new IllegalStateException(name + ":" + no + ": expected 'CC length format'");
                }
                m.put(parts[0], new Country(Integer.parseInt(parts[1]), parts[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}

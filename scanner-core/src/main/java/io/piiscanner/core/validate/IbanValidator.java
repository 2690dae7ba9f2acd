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
 * {@code iban}: International Bank Account Numbers.
 *
 * <ul>
 *   <li>written in the electronic form (no spaces) or the printed form (groups of four separated by single
 *       spaces, the last group 1-4 characters); upper-case letters and digits only;</li>
 *   <li>a two-letter country code of a country in the SWIFT IBAN Registry, and exactly that country's IBAN
 *       length;</li>
 *   <li>two check digits, 02 to 98;</li>
 *   <li>the BBAN (everything after the check digits) in the country's registry format, e.g. {@code 8n10n}
 *       for Germany ({@code n} digits, {@code a} upper-case letters, {@code c} either);</li>
 *   <li>the ISO 7064 MOD 97-10 check: the number with its first four characters moved to the end and
 *       letters replaced by 10-35 is 1 modulo 97.</li>
 * </ul>
 *
 * <p>The country table is data, {@code rules/validators/iban-countries.txt} on the classpath, loaded once.
 * Sources: ISO 13616-1:2020; SWIFT IBAN Registry.
 */
final class IbanValidator implements Validator {

    static final String COUNTRIES_RESOURCE = "rules/validators/iban-countries.txt";

    private static final Validation BAD_CHARACTER = Validation.invalid("unexpected character");
    private static final Validation BAD_SPACING = Validation.invalid("not grouped in fours");
    private static final Validation UNKNOWN_COUNTRY = Validation.invalid("not an IBAN country");
    private static final Validation WRONG_LENGTH = Validation.invalid("wrong length for the country");
    private static final Validation BAD_CHECK_DIGITS = Validation.invalid("check digits out of range");
    private static final Validation BAD_BBAN = Validation.invalid("BBAN does not match the country format");
    private static final Validation MOD97 = Validation.invalid("mod-97 check failed");

    /** Registry entry: total IBAN length and BBAN format such as {@code 4a6n8n}. */
    record Country(int length, String bban) {
    }

    private static final Map<String, Country> COUNTRIES = load();

    @Override
    public Validation validate(CharSequence candidate) {
        int len = candidate.length();
        if (len > 34 + 8) {
            return WRONG_LENGTH;
        }
        char[] c = new char[34];
        int n = 0;
        char separator = 0;
        for (int i = 0; i < len; i++) {
            char ch = candidate.charAt(i);
            if (ch == ' ' || ch == '-') {
                // printed in groups of four, joined by spaces or (in some exports and forms) hyphens, not both
                if (separator != 0 && ch != separator) {
                    return BAD_SPACING;
                }
                separator = ch;
            } else if (Digits.isDigit(ch) || ch >= 'A' && ch <= 'Z') {
                if (n == 34) {
                    return WRONG_LENGTH;
                }
                c[n++] = ch;
            } else {
                return BAD_CHARACTER;
            }
        }
        if (separator != 0 && !printedGroupsOk(candidate, separator)) {
            return BAD_SPACING;
        }
        if (n < 4 || !(c[0] >= 'A' && c[1] >= 'A')) {
            return UNKNOWN_COUNTRY;
        }
        Country country = COUNTRIES.get(new String(c, 0, 2));
        if (country == null) {
            return UNKNOWN_COUNTRY;
        }
        if (n != country.length()) {
            return WRONG_LENGTH;
        }
        if (!Digits.isDigit(c[2]) || !Digits.isDigit(c[3])) {
            return BAD_CHECK_DIGITS;
        }
        int check = (c[2] - '0') * 10 + (c[3] - '0');
        if (check < 2 || check > 98) {
            return BAD_CHECK_DIGITS;
        }
        if (!bbanMatches(c, 4, n, country.bban())) {
            return BAD_BBAN;
        }
        return mod97(c, n) == 1 ? Validation.VALID : MOD97;
    }

    /**
     * The printed form: groups of exactly four characters joined by single separators (spaces or hyphens), the
     * last group one to four characters; no separator at either end.
     */
    private static boolean printedGroupsOk(CharSequence s, char separator) {
        int group = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            if (s.charAt(i) == separator) {
                if (group != 4) {
                    return false;
                }
                group = 0;
            } else if (++group > 4) {
                return false;
            }
        }
        return group > 0;
    }

    /** ISO 7064 MOD 97-10 over {@code c[0..n)} rearranged (first four characters moved to the end). */
    static int mod97(char[] c, int n) {
        int rem = 0;
        for (int k = 0; k < n; k++) {
            char ch = c[(k + 4) % n];
            if (ch <= '9') {
                rem = (rem * 10 + (ch - '0')) % 97;
            } else {
                rem = (rem * 100 + (ch - 'A' + 10)) % 97;
            }
        }
        return rem;
    }

    /** Whether {@code c[from..to)} has the registry format, e.g. {@code 4a6n8n}. */
    static boolean bbanMatches(char[] c, int from, int to, String format) {
        int pos = from;
        int count = 0;
        for (int i = 0; i < format.length(); i++) {
            char f = format.charAt(i);
            if (Digits.isDigit(f)) {
                count = count * 10 + (f - '0');
                continue;
            }
            if (pos + count > to) {
                return false;
            }
            for (int k = 0; k < count; k++) {
                char ch = c[pos++];
                boolean ok = switch (f) {
                    case 'n' -> Digits.isDigit(ch);
                    case 'a' -> ch >= 'A' && ch <= 'Z';
                    default -> true; // 'c': any upper-case letter or digit, already checked
                };
                if (!ok) {
                    return false;
                }
            }
            count = 0;
        }
        return pos == to;
    }

    /** The loaded registry table, country code to entry. */
    static Map<String, Country> countries() {
        return COUNTRIES;
    }

    private static Map<String, Country> load() {
        InputStream in = IbanValidator.class.getClassLoader().getResourceAsStream(COUNTRIES_RESOURCE);
        if (in == null) {
            throw new IllegalStateException(COUNTRIES_RESOURCE + " is missing from the classpath (rules jar)");
        }
        Map<String, Country> m = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                int hash = line.indexOf('#');
                String v = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (v.isEmpty()) {
                    continue;
                }
                String[] parts = v.split("\\s+");
                if (parts.length != 3 || !parts[0].matches("[A-Z]{2}") || !parts[1].matches("\\d{2}")
                        || !parts[2].matches("(\\d{1,2}[nac])+")) {
                    throw new IllegalStateException(COUNTRIES_RESOURCE + ":" + no + ": expected 'CC length format'");
                }
                int length = Integer.parseInt(parts[1]);
                int bban = 0;
                for (String part : parts[2].split("[nac]")) {
                    bban += Integer.parseInt(part);
                }
                if (length > 34 || bban + 4 != length) {
                    throw new IllegalStateException(COUNTRIES_RESOURCE + ":" + no + ": format does not add up to the length");
                }
                if (m.put(parts[0], new Country(length, parts[2])) != null) {
                    throw new IllegalStateException(COUNTRIES_RESOURCE + ":" + no + ": duplicate country");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}

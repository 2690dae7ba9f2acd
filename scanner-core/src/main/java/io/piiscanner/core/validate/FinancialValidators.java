package io.piiscanner.core.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The validators for financial, network, contact and date entities, by the names rules use, plus the
 * digit helpers they share.
 */
public final class FinancialValidators {

    private static final Map<String, Validator> ALL = build();

    private FinancialValidators() {
    }

    public static Map<String, Validator> all() {
        return ALL;
    }

    private static Map<String, Validator> build() {
        Map<String, Validator> m = new LinkedHashMap<>();
        m.put("luhn", c -> luhn(digitsOnly(c)) ? Validation.VALID : Validation.invalid("luhn check failed"));
        m.put("credit-card", new CreditCardValidator());
        m.put("iban", new IbanValidator());
        m.put("aba", new AbaValidator());
        m.put("us-ssn", new UsSsnValidator());
        m.put("us-itin", new UsItinValidator());
        m.put("crypto-wallet", new CryptoWalletValidator());
        m.put("ip-address", new IpAddressValidator());
        m.put("email", new EmailValidator());
        m.put("date-of-birth", new DateOfBirthValidator());
        return Collections.unmodifiableMap(m);
    }

    /** The ASCII digits of {@code s}, in order. */
    static String digitsOnly(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Luhn (ISO/IEC 7812-1 annex B) over a string of digits. */
    static boolean luhn(String digits) {
        if (digits.isEmpty()) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    static boolean allSame(String digits) {
        for (int i = 1; i < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when every non-digit character of {@code s} is the same separator from {@code allowed} (or there
     * is none): "4111 1111-1111 1111" mixes separators and is not how anyone writes a card number.
     */
    static boolean oneSeparatorKind(CharSequence s, String allowed) {
        char sep = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                continue;
            }
            if (allowed.indexOf(c) < 0 || (sep != 0 && c != sep)) {
                return false;
            }
            sep = c;
        }
        return true;
    }
}

package io.piiscanner.core.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Payment card numbers: Luhn, a known issuer (IIN) range with a length that issuer uses, and one kind of
 * separator. Reserved test PANs (card networks' and processors' published test numbers, listed in
 * {@code rules/validators/test-card-numbers.txt}) are valid but flagged as test data.
 * Sources: ISO/IEC 7812-1; Mastercard 2-series (2221-2720, 2016); Visa 13/16/19 digits; Discover,
 * JCB, Diners, UnionPay, Maestro, Mir and RuPay published IIN ranges.
 */
final class CreditCardValidator implements Validator {

    private static final Set<String> TEST_NUMBERS = loadTestNumbers();

    @Override
    public Validation validate(CharSequence candidate) {
        if (!FinancialValidators.oneSeparatorKind(candidate, " -")) {
            return Validation.invalid("mixed separators");
        }
        String d = FinancialValidators.digitsOnly(candidate);
        int n = d.length();
        if (n < 12 || n > 19) {
            return Validation.invalid("wrong length for a card number");
        }
        if (FinancialValidators.allSame(d)) {
            return Validation.invalid("all digits the same");
        }
        if (!issuerAccepts(d, n)) {
            return Validation.invalid("unknown issuer range or length");
        }
        if (!FinancialValidators.luhn(d)) {
            return Validation.invalid("luhn check failed");
        }
        return TEST_NUMBERS.contains(d) ? Validation.TEST_DATA : Validation.VALID;
    }

    /** IIN ranges and the lengths each issuer uses. */
    static boolean issuerAccepts(String d, int n) {
        int p1 = d.charAt(0) - '0';
        int p2 = Integer.parseInt(d.substring(0, 2));
        int p3 = Integer.parseInt(d.substring(0, 3));
        int p4 = Integer.parseInt(d.substring(0, 4));
        int p6 = Integer.parseInt(d.substring(0, 6));
        if (p1 == 4) {
            return n == 13 || n == 16 || n == 19;                                    // Visa
        }
        if (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) {
            return n == 16;                                                           // Mastercard
        }
        if (p2 == 34 || p2 == 37) {
            return n == 15;                                                           // American Express
        }
        if (p4 == 6011 || p3 >= 644 && p3 <= 649 || p2 == 65 || p6 >= 622126 && p6 <= 622925) {
            return n >= 16 && n <= 19;                                                // Discover
        }
        if (p4 >= 3528 && p4 <= 3589) {
            return n >= 16 && n <= 19;                                                // JCB
        }
        if (p3 >= 300 && p3 <= 305 || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39) {
            return n >= 14 && n <= 19;                                                // Diners Club
        }
        if (p2 == 62) {
            return n >= 16 && n <= 19;                                                // UnionPay
        }
        if (p4 >= 2200 && p4 <= 2204) {
            return n >= 16 && n <= 19;                                                // Mir
        }
        if (p2 == 60 || p2 == 81 || p2 == 82 || p3 == 508) {
            return n == 16;                                                           // RuPay
        }
        if (p2 == 50 || p2 >= 56 && p2 <= 58 || p1 == 6) {
            return n >= 12 && n <= 19;                                                // Maestro
        }
        return false;
    }

    private static Set<String> loadTestNumbers() {
        Set<String> out = new HashSet<>();
        String name = "rules/validators/test-card-numbers.txt";
        InputStream in = CreditCardValidator.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the classpath (the rules jar)");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String v = line.replaceAll("#.*", "").trim();
                if (!v.isEmpty()) {
                    out.add(FinancialValidators.digitsOnly(v));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}

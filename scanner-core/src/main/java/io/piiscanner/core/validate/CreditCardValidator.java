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
 * {@code credit-card}: payment card numbers (PANs).
 *
 * <ul>
 *   <li>12 to 19 digits, written without separators or with one kind of separator (all spaces or all
 *       dashes) in the printed grouping of the length: 4-4-4-4 (16), 4-6-5 (15, Amex), 4-6-4 (14, Diners),
 *       4-4-4-4-3 (19), 4-4-5 (13, Visa);</li>
 *   <li>the leading digits in an issuer's IIN range, with a length that issuer uses (a number is accepted
 *       if any network claiming its prefix uses its length): Visa 4 (13, 16, 19); Mastercard 51-55 and
 *       2221-2720 (16); American Express 34, 37 (15); Discover 6011, 644-649, 65, 622126-622925 (16-19);
 *       JCB 3528-3589 (16-19); Diners Club 300-305, 3095, 36, 38-39 (14-19); UnionPay 62 (16-19); Maestro
 *       50, 56-58, 6 (12-19); Mir 2200-2204 (16-19); RuPay 60, 65, 81, 82, 508 (16);</li>
 *   <li>not one digit repeated; the Luhn check digit.</li>
 * </ul>
 *
 * <p>The card networks' and payment processors' published test PANs (data file
 * {@code rules/validators/test-card-numbers.txt} on the classpath, loaded once) are valid but flagged as
 * test data.
 *
 * <p>Sources: ISO/IEC 7812-1 (IIN, Luhn); the networks' published IIN ranges (Visa, Mastercard incl. the
 * 2-series from 2016, American Express, Discover Global Network incl. Diners Club, JCB, UnionPay, NSPK Mir,
 * NPCI RuPay, Maestro).
 */
final class CreditCardValidator implements Validator {

    static final String TEST_NUMBERS_RESOURCE = "rules/validators/test-card-numbers.txt";

    private static final Validation BAD_CHARACTER = Validation.invalid("unexpected character");
    private static final Validation BAD_SEPARATORS = Validation.invalid("inconsistent separators or grouping");
    private static final Validation WRONG_LENGTH = Validation.invalid("wrong length for a card number");
    private static final Validation ALL_SAME = Validation.invalid("all digits the same");
    private static final Validation UNKNOWN_IIN = Validation.invalid("unknown IIN range");
    private static final Validation LENGTH_NOT_ISSUED = Validation.invalid("length not used in this IIN range");
    private static final Validation LUHN = Validation.invalid("luhn check failed");

    /**
     * IIN ranges: number of prefix digits, lowest and highest prefix, and a bit mask of the lengths
     * (bit n set: n digits). Overlaps are intended: a number passes if any row accepts it.
     */
    private static final int[][] RANGES = {
        {1, 4, 4, lengths(13, 16, 19)},              // Visa
        {2, 51, 55, lengths(16)},                    // Mastercard
        {4, 2221, 2720, lengths(16)},                // Mastercard 2-series
        {2, 34, 34, lengths(15)},                    // American Express
        {2, 37, 37, lengths(15)},                    // American Express
        {4, 6011, 6011, span(16, 19)},               // Discover
        {3, 644, 649, span(16, 19)},                 // Discover
        {2, 65, 65, span(16, 19)},                   // Discover
        {6, 622126, 622925, span(16, 19)},           // Discover (UnionPay co-brand)
        {4, 3528, 3589, span(16, 19)},               // JCB
        {3, 300, 305, span(14, 19)},                 // Diners Club
        {4, 3095, 3095, span(14, 19)},               // Diners Club
        {2, 36, 36, span(14, 19)},                   // Diners Club
        {2, 38, 39, span(14, 19)},                   // Diners Club
        {2, 62, 62, span(16, 19)},                   // UnionPay
        {2, 50, 50, span(12, 19)},                   // Maestro
        {2, 56, 58, span(12, 19)},                   // Maestro
        {1, 6, 6, span(12, 19)},                     // Maestro
        {4, 2200, 2204, span(16, 19)},               // Mir
        {2, 60, 60, lengths(16)},                    // RuPay
        {2, 65, 65, lengths(16)},                    // RuPay
        {2, 81, 82, lengths(16)},                    // RuPay
        {3, 508, 508, lengths(16)},                  // RuPay
    };

    private static final Set<String> TEST_NUMBERS = loadTestNumbers();

    @Override
    public boolean acceptsPlainDigits() {
        return true;
    }

    @Override
    public Validation validate(CharSequence candidate) {
        int len = candidate.length();
        if (len > 19 + 4) {
            return WRONG_LENGTH;
        }
        char[] d = new char[19];
        int n = 0;
        boolean separated = false;
        for (int i = 0; i < len; i++) {
            char c = candidate.charAt(i);
            if (Digits.isDigit(c)) {
                if (n == 19) {
                    return WRONG_LENGTH;
                }
                d[n++] = c;
            } else if (c == ' ' || c == '-') {
                separated = true;
            } else {
                return BAD_CHARACTER;
            }
        }
        if (n < 12) {
            return WRONG_LENGTH;
        }
        if (separated && !printedGrouping(candidate, n)) {
            return BAD_SEPARATORS;
        }
        String digits = new String(d, 0, n);
        if (Digits.allSame(digits)) {
            return ALL_SAME;
        }
        Validation issuer = issuer(d, n);
        if (issuer != null) {
            return issuer;
        }
        if (!Digits.luhn(digits)) {
            return LUHN;
        }
        return TEST_NUMBERS.contains(digits) ? Validation.TEST_DATA : Validation.VALID;
    }

    private static boolean printedGrouping(CharSequence s, int n) {
        return switch (n) {
            case 13 -> Digits.grouped(s, " -", 4, 4, 5);
            case 14 -> Digits.grouped(s, " -", 4, 6, 4);
            case 15 -> Digits.grouped(s, " -", 4, 6, 5);
            case 16 -> Digits.grouped(s, " -", 4, 4, 4, 4);
            case 19 -> Digits.grouped(s, " -", 4, 4, 4, 4, 3);
            default -> false;
        };
    }

    /** Null when some IIN range accepts the number, else the reason it fails. */
    private static Validation issuer(char[] d, int n) {
        boolean prefixKnown = false;
        for (int[] r : RANGES) {
            int prefix = 0;
            for (int i = 0; i < r[0]; i++) {
                prefix = prefix * 10 + (d[i] - '0');
            }
            if (prefix >= r[1] && prefix <= r[2]) {
                if ((r[3] & 1 << n) != 0) {
                    return null;
                }
                prefixKnown = true;
            }
        }
        return prefixKnown ? LENGTH_NOT_ISSUED : UNKNOWN_IIN;
    }

    private static int lengths(int... ns) {
        int mask = 0;
        for (int n : ns) {
            mask |= 1 << n;
        }
        return mask;
    }

    private static int span(int from, int to) {
        int mask = 0;
        for (int n = from; n <= to; n++) {
            mask |= 1 << n;
        }
        return mask;
    }

    /** The published test PANs: one number per line, {@code #} starts a comment. */
    static Set<String> testNumbers() {
        return TEST_NUMBERS;
    }

    private static Set<String> loadTestNumbers() {
        InputStream in = CreditCardValidator.class.getClassLoader().getResourceAsStream(TEST_NUMBERS_RESOURCE);
        if (in == null) {
            throw new IllegalStateException(TEST_NUMBERS_RESOURCE + " is missing from the classpath (rules jar)");
        }
        Set<String> out = new HashSet<>();
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
                if (v.length() < 12 || v.length() > 19 || !Digits.allDigits(v)) {
                    throw new IllegalStateException(TEST_NUMBERS_RESOURCE + ":" + no + ": expected 12-19 digits");
                }
                out.add(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}

package io.piiscanner.core.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The national identifier validators, by the name rules refer to them with, plus the small normalisation
 * helpers they share.
 *
 * <p>Validators receive a match as written, with its separators. {@link #compact} strips the separators,
 * checking that they are used as a person would write them: one separator character at a time, the same one
 * throughout, never at either end, and splitting the value into one of the groupings the validator allows.
 * Surrounding white space is ignored.
 */
public final class NationalIdValidators {

    static final Validation BAD_SEPARATORS = Validation.invalid("unexpected separators or grouping");
    static final Validation WRONG_LENGTH = Validation.invalid("wrong length");
    static final Validation BAD_CHARACTER = Validation.invalid("unexpected character");
    static final Validation CHECK_MISMATCH = Validation.invalid("check digit mismatch");
    static final Validation ALL_SAME = Validation.invalid("all digits the same");

    private static final Map<String, Validator> ALL = build();

    private NationalIdValidators() {
    }

    /** Name to validator, unmodifiable, in a stable order. */
    public static Map<String, Validator> all() {
        return ALL;
    }

    private static Map<String, Validator> build() {
        Map<String, Validator> m = new LinkedHashMap<>();
        m.put("uk-nino", new UkNinoValidator());
        m.put("uk-nhs", new UkNhsValidator());
        m.put("ca-sin", new CaSinValidator());
        m.put("de-tax-id", new DeTaxIdValidator());
        m.put("fr-nir", new FrNirValidator());
        m.put("es-nif", new EsNifValidator());
        m.put("it-fiscal-code", new ItFiscalCodeValidator());
        m.put("nl-bsn", new NlBsnValidator());
        m.put("pl-pesel", new PlPeselValidator());
        m.put("br-cpf", new BrCpfValidator());
        m.put("in-aadhaar", new InAadhaarValidator());
        m.put("in-pan", new InPanValidator());
        m.put("au-tfn", new AuTfnValidator());
        m.put("sg-nric", new SgNricValidator());
        return Collections.unmodifiableMap(m);
    }

    /**
     * Packs a grouping (the lengths of the groups a value is written in, e.g. 3, 3, 4) into one number for
     * {@link #compact}. At most 12 groups of at most 31 characters.
     */
    static long layout(int... groups) {
        if (groups.length == 0 || groups.length > 12) {
            throw new IllegalArgumentException("1 to 12 groups");
        }
        long packed = 0;
        for (int g : groups) {
            if (g < 1 || g > 31) {
                throw new IllegalArgumentException("group length 1 to 31");
            }
            packed = packed << 5 | g;
        }
        return packed;
    }

    /**
     * Copies the significant characters of {@code s} (everything but the separators) into {@code out}.
     *
     * @param separators the separator characters allowed; a value may use only one of them
     * @param layouts the groupings allowed when separators are present ({@link #layout}); a value without
     *     separators is always accepted here (its length is the caller's to check)
     * @return the number of characters copied; {@code out.length + 1} when there are more than
     *     {@code out.length} (wrong length); {@code -1} when the separators are misplaced or mixed
     */
    static int compact(CharSequence s, String separators, long[] layouts, char[] out) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) <= ' ') {
            end--;
        }
        int count = 0;
        int group = 0;
        int groups = 0;
        long packed = 0;
        char separator = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (separators.indexOf(c) >= 0) {
                if (group == 0 || (separator != 0 && c != separator) || ++groups == 12) {
                    return -1;
                }
                separator = c;
                packed = packed << 5 | group;
                group = 0;
            } else {
                if (count == out.length) {
                    return out.length + 1;
                }
                out[count++] = c;
                group++;
            }
        }
        if (separator == 0) {
            return count;
        }
        if (group == 0) {
            return -1;
        }
        packed = packed << 5 | group;
        for (long l : layouts) {
            if (l == packed) {
                return count;
            }
        }
        return -1;
    }

    /** Whether {@code c[from..to)} are all ASCII digits. */
    static boolean digits(char[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c[i] < '0' || c[i] > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c[0..n)} are all the same character. */
    static boolean allSame(char[] c, int n) {
        for (int i = 1; i < n; i++) {
            if (c[i] != c[0]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} is an upper-case ASCII letter. */
    static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}

package io.piiscanner.core.validate;

/**
 * Digit extraction and separator checks shared by the validators of this package. All methods are static,
 * allocation-free unless they return a new object, and consider only ASCII digits {@code 0-9} to be digits
 * (never other Unicode decimal digits).
 *
 * <p>Separator rules, used by {@link #consistentSeparators} and {@link #grouped}: a value may be written
 * without separators or with separators that are all the same character, taken from the allowed set, one at
 * a time (never two in a row) and never at the start or the end: "4111 1111 1111 1111" and
 * "4111-1111-1111-1111" are consistent, "4111 1111-1111 1111", "4111  1111" and " 4111" are not.
 *
 * <p>The API is shared with other validator families; keep it stable.
 */
final class Digits {

    private Digits() {
    }

    /** Whether {@code c} is an ASCII digit. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code c} is an ASCII letter or digit. */
    static boolean isAlnum(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** The number of ASCII digits in {@code s}. */
    static int digitCount(CharSequence s) {
        int n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            if (isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The values (0-9) of the ASCII digits of {@code s}, in order; every other character is skipped. */
    static int[] digits(CharSequence s) {
        int[] out = new int[digitCount(s)];
        int j = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                out[j++] = c - '0';
            }
        }
        return out;
    }

    /** The ASCII digits of {@code s}, in order; every other character is skipped. */
    static String digitsOnly(CharSequence s) {
        int len = s.length();
        char[] out = new char[len];
        int j = 0;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                out[j++] = c;
            }
        }
        return new String(out, 0, j);
    }

    /** Whether every character of {@code s} is an ASCII digit (false for the empty string). */
    static boolean allDigits(CharSequence s) {
        int len = s.length();
        if (len == 0) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code s} is made of ASCII digits and separators from {@code allowedSeparators} only, with the
     * separators used consistently (see the class comment), and has at least one digit.
     */
    static boolean digitsAndSeparators(CharSequence s, String allowedSeparators) {
        int len = s.length();
        char sep = 0;
        boolean lastWasSep = true; // so that a leading separator fails
        boolean any = false;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                lastWasSep = false;
                any = true;
            } else if (allowedSeparators.indexOf(c) >= 0 && !lastWasSep && (sep == 0 || c == sep)) {
                sep = c;
                lastWasSep = true;
            } else {
                return false;
            }
        }
        return any && !lastWasSep;
    }

    /**
     * Whether the separators of {@code s} are consistent: every character that is not an ASCII letter or
     * digit is one of {@code allowedSeparators}, all of them are the same character, none is doubled and
     * none is at the start or the end. A value without separators is consistent. Letters are not rejected
     * here; validators that expect digits only use {@link #digitsAndSeparators}.
     */
    static boolean consistentSeparators(CharSequence s, String allowedSeparators) {
        int len = s.length();
        char sep = 0;
        boolean lastWasSep = true;
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (isAlnum(c)) {
                lastWasSep = false;
            } else if (allowedSeparators.indexOf(c) >= 0 && !lastWasSep && (sep == 0 || c == sep)) {
                sep = c;
                lastWasSep = true;
            } else {
                return false;
            }
        }
        return len == 0 || !lastWasSep;
    }

    /**
     * Whether {@code s} is written either as {@code sum(groups)} ASCII letters/digits with no separator, or
     * as groups of exactly those lengths, in that order, joined by one separator character from
     * {@code allowedSeparators} used throughout. {@code grouped("078-05-1120", "- ", 3, 2, 4)} is true,
     * {@code grouped("0780-51-120", "- ", 3, 2, 4)} and {@code grouped("078-05 1120", "- ", 3, 2, 4)} are
     * false. Character classes (digits or letters) are the caller's to check.
     */
    static boolean grouped(CharSequence s, String allowedSeparators, int... groups) {
        int total = 0;
        for (int g : groups) {
            total += g;
        }
        int len = s.length();
        if (len == total) {
            for (int i = 0; i < len; i++) {
                if (!isAlnum(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        if (len != total + groups.length - 1) {
            return false;
        }
        char sep = 0;
        int pos = 0;
        for (int gi = 0; gi < groups.length; gi++) {
            if (gi > 0) {
                char c = s.charAt(pos++);
                if (sep == 0) {
                    if (allowedSeparators.indexOf(c) < 0) {
                        return false;
                    }
                    sep = c;
                } else if (c != sep) {
                    return false;
                }
            }
            for (int k = 0; k < groups[gi]; k++) {
                if (!isAlnum(s.charAt(pos++))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether all characters of {@code s} are the same (true for strings shorter than 2). */
    static boolean allSame(CharSequence s) {
        for (int i = 1, len = s.length(); i < len; i++) {
            if (s.charAt(i) != s.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    /** Whether all ASCII digits of {@code s} are the same digit, ignoring every other character. */
    static boolean allSameDigit(CharSequence s) {
        char first = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                if (first == 0) {
                    first = c;
                } else if (c != first) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The Luhn (mod 10) check, ISO/IEC 7812-1 annex B, over the ASCII digits of {@code s} (other characters
     * skipped), the check digit last. False when {@code s} has no digit.
     */
    static boolean luhn(CharSequence s) {
        int sum = 0;
        boolean twice = false;
        boolean any = false;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                continue;
            }
            any = true;
            int d = c - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return any && sum % 10 == 0;
    }

    /**
     * The non-negative number written by the ASCII digits {@code s[from..to)}, or -1 if any of them is not a
     * digit or the range is empty. At most 9 digits.
     */
    static int parse(CharSequence s, int from, int to) {
        if (from >= to || to - from > 9) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}

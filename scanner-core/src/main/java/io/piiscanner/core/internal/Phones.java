package io.piiscanner.core.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * The two libphonenumber calls every phone passes through (in the detector and in the jurisdiction
 * resolver), done the cheaper way with the same answers: {@code parse} spends its time in regular expressions
 * whose cost grows with the input, and {@code isValidNumber} tries every region of a calling code (25 for +1).
 * {@code PhoneDetectorEquivalenceTest} compares both with the library's own calls.
 */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private Phones() {
    }

    /**
     * {@code PhoneNumberUtil.parse}, given only the digits (and a leading "+") when the text holds nothing but
     * digits and the punctuation parse drops anyway ({@code " -./()"}); anything else (letters of an extension,
     * "#") goes in as written.
     */
    public static Phonenumber.PhoneNumber parse(String text, String region) throws NumberParseException {
        return UTIL.parse(plainDigits(text), region);
    }

    /** {@code text} as "+" and digits, or unchanged when it holds more than digits and " -./()". */
    static String plainDigits(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == '+' && b.length() == 0) {
                b.append(c);
            } else if (" -./()".indexOf(c) < 0) {
                return text;
            }
        }
        return b.length() == 0 || b.length() == text.length() ? text : b.toString();
    }

    /**
     * {@code isValidNumber}, with the common case first: a number valid for its calling code's main region
     * ("US" for +1) is valid, and checking that reads one region's metadata. Most other candidates (an SSN, part
     * of a card number) have a length no region of their calling code uses; isPossibleNumber reads the main
     * region's lengths, which the others share.
     */
    public static boolean isValid(Phonenumber.PhoneNumber n) {
        String main = UTIL.getRegionCodeForCountryCode(n.getCountryCode());
        if (!"ZZ".equals(main) && UTIL.isValidNumberForRegion(n, main)) {
            return true;
        }
        return UTIL.isPossibleNumber(n) && UTIL.isValidNumber(n);
    }

    /**
     * The region a number is valid in, or null: {@code isValidNumber} and {@code getRegionCodeForNumber} in one
     * pass over the calling code's regions instead of two.
     */
    public static String validRegion(Phonenumber.PhoneNumber n) {
        String region = UTIL.getRegionCodeForNumber(n);
        return region != null && UTIL.isValidNumberForRegion(n, region) ? region : null;
    }
}

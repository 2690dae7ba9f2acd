package io.piiscanner.core.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.NumberParseException.ErrorType;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * The libphonenumber calls every phone passes through (in the detector and in the jurisdiction resolver), done
 * the cheaper way with the same answers as libphonenumber 9.0.19. The library answers them with regular
 * expressions ({@code java.util.regex}, backtracking through alternations of area codes, and a dozen generic
 * patterns per parse); here the metadata is compiled into DFAs over digits ({@link CompiledRegion}) and parse's
 * steps are replayed on the digits.
 *
 * <p>{@code parse} takes the fast path for a number written as digits, with or without a leading "+" (after
 * dropping the punctuation parse drops anyway); any other text goes to {@code PhoneNumberUtil.parse} itself, as do
 * numbers of a region whose metadata did not compile. {@code PhonesEquivalenceTest} compares all three calls with
 * the library's on example numbers of every region and type, mutated and written in every form, and on random
 * digits.
 */
public final class Phones {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MIN_LENGTH_FOR_NSN = 2;
    private static final int MAX_LENGTH_FOR_NSN = 17;
    private static final int MAX_LENGTH_COUNTRY_CODE = 3;
    private static final int MAX_INPUT_STRING_LENGTH = 250;

    private Phones() {
    }

    /**
     * {@code PhoneNumberUtil.parse}, given only the digits (and a leading "+") when the text holds nothing but
     * digits and the punctuation parse drops anyway ({@code " -./()"}); anything else (letters of an extension,
     * "#") goes in as written.
     */
    public static Phonenumber.PhoneNumber parse(String text, String region) throws NumberParseException {
        String s = plainDigits(text);
        Object fast = parseDigits(s, region);
        if (fast instanceof Phonenumber.PhoneNumber n) {
            return n;
        }
        if (fast instanceof ErrorType error) {
            throw new NumberParseException(error, message(error));
        }
        return UTIL.parse(s, region);
    }

    /**
     * {@link #parse}, or null where it throws NumberParseException. Most candidates the scanner tries are not
     * numbers, and an exception (with its stack trace) cost more than the parse.
     */
    public static Phonenumber.PhoneNumber parseOrNull(String text, String region) {
        String s = plainDigits(text);
        Object fast = parseDigits(s, region);
        if (fast instanceof Phonenumber.PhoneNumber n) {
            return n;
        }
        if (fast instanceof ErrorType) {
            return null;
        }
        try {
            return UTIL.parse(s, region);
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** The library's message for the errors the fast path gives. */
    private static String message(ErrorType error) {
        return switch (error) {
            case INVALID_COUNTRY_CODE -> "Could not interpret numbers after plus-sign.";
            case TOO_SHORT_AFTER_IDD -> "Phone number had an IDD, but after this was not long enough to be a viable phone number.";
            case TOO_SHORT_NSN -> "The string supplied is too short to be a phone number.";
            case TOO_LONG -> "The string supplied is too long to be a phone number.";
            default -> error.name();
        };
    }

    /**
     * {@code text} as "+" and digits, or unchanged when it holds more than digits and " -./()". Also unchanged
     * when it has fewer than three digits ("7/0" is not a viable number, "70" is) or is longer than parse takes.
     */
    static String plainDigits(String text) {
        int length = text.length();
        if (length > MAX_INPUT_STRING_LENGTH) {
            return text;
        }
        int i = length > 0 && text.charAt(0) == '+' ? 1 : 0;
        while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == length) {
            return text; // already "+" and digits, or digits (the detector's national candidates)
        }
        char[] out = new char[length];
        int n = 0;
        int digits = 0;
        for (i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out[n++] = c;
                digits++;
            } else if (c == '+' && n == 0) {
                out[n++] = c;
            } else if (" -./()".indexOf(c) < 0) {
                return text;
            }
        }
        return digits < 3 || n == length ? text : new String(out, 0, n);
    }

    /** {@code isValidNumber}. */
    public static boolean isValid(Phonenumber.PhoneNumber n) {
        return validRegion(n) != null;
    }

    /**
     * The region a number is valid in, or null: {@code getRegionCodeForNumber} and {@code isValidNumberForRegion}
     * in one pass over the calling code's regions. A region with leading digits is the number's region when its
     * national significant number starts with them; one without when the number has a type there; the number is
     * then valid when it has a type in that region.
     */
    public static String validRegion(Phonenumber.PhoneNumber n) {
        CompiledMetadata.CallingCode code = CompiledMetadata.callingCode(n.getCountryCode());
        if (code == null) {
            return null; // getRegionCodeForNumber: no region
        }
        String nsn = nationalSignificantNumber(n);
        if (code.regions.length == 1) {
            CompiledRegion r = code.region(0);
            if (r == null) {
                return libraryValidRegion(n);
            }
            return r.isValid(nsn) ? code.regions[0] : null;
        }
        CompiledMetadata.LeadingDigits leading = code.leadingDigits();
        if (leading == null) {
            return libraryValidRegion(n);
        }
        int startsWith = leading.startingWith(nsn);
        for (int i = 0; i < code.regions.length; i++) {
            boolean byLeadingDigits = leading.has(i);
            if (byLeadingDigits && (startsWith & 1 << i) == 0) {
                continue;
            }
            CompiledRegion r = code.region(i);
            if (r == null) {
                return libraryValidRegion(n);
            }
            if (byLeadingDigits) {
                return r.isValid(nsn) ? code.regions[i] : null;
            }
            if (r.isValid(nsn)) {
                return code.regions[i];
            }
        }
        return null;
    }

    private static String libraryValidRegion(Phonenumber.PhoneNumber n) {
        String region = UTIL.getRegionCodeForNumber(n);
        return region != null && UTIL.isValidNumberForRegion(n, region) ? region : null;
    }

    /** getNationalSignificantNumber. */
    static String nationalSignificantNumber(Phonenumber.PhoneNumber n) {
        String digits = Long.toString(n.getNationalNumber());
        int zeros = n.isItalianLeadingZero() ? n.getNumberOfLeadingZeros() : 0;
        return zeros > 0 ? "0".repeat(zeros) + digits : digits;
    }

    /**
     * {@code parseHelper} replayed for text of ASCII digits, with or without one leading "+", at least three of
     * them (shorter text is not a viable number, which the library says itself): the PhoneNumber, or the
     * ErrorType of the NumberParseException the library throws. Null for any other text, or when a region it needs
     * did not compile: the library then parses it. Such text has no extension to strip and normalizes to itself.
     */
    static Object parseDigits(String s, String region) {
        int length = s.length();
        boolean plus = length > 0 && s.charAt(0) == '+';
        int start = plus ? 1 : 0;
        if (length - start < 3) {
            return null;
        }
        for (int i = start; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        CompiledRegion regionMetadata = CompiledMetadata.region(region);
        boolean supported = regionMetadata != null || CompiledMetadata.isSupportedRegion(region);
        if (supported && regionMetadata == null || !supported && !plus) {
            return null; // not compiled; or "missing or invalid default region", which the library says itself
        }
        String digits = plus ? s.substring(1) : s;
        int countryCode;
        String national;
        if (plus) {
            // maybeExtractCountryCode after the "+" (at least 3 digits follow: never TOO_SHORT_AFTER_IDD)
            countryCode = countryCodeAt(digits);
            if (countryCode != 0) {
                national = digits.substring(Integer.toString(countryCode).length());
            } else {
                // INVALID_COUNTRY_CODE with a "+": parseHelper tries the digits again as written in the region
                if (regionMetadata == null) {
                    return ErrorType.INVALID_COUNTRY_CODE;
                }
                Object e = extractCountryCode(digits, regionMetadata);
                if (e == null) {
                    return ErrorType.INVALID_COUNTRY_CODE;
                }
                if (e instanceof ErrorType) {
                    return e;
                }
                countryCode = ((Extracted) e).countryCode;
                national = ((Extracted) e).national;
            }
        } else {
            Object e = extractCountryCode(digits, regionMetadata);
            if (e instanceof ErrorType) {
                return e;
            }
            countryCode = e == null ? 0 : ((Extracted) e).countryCode;
            national = e == null ? digits : ((Extracted) e).national;
        }
        CompiledRegion metadata;
        if (countryCode != 0) {
            CompiledMetadata.CallingCode code = CompiledMetadata.callingCode(countryCode);
            String main = code.mainRegion();
            metadata = main.equals(region) ? regionMetadata : CompiledMetadata.regionOrCallingCode(countryCode, main);
            if (metadata == null) {
                return null;
            }
        } else {
            metadata = regionMetadata;
            countryCode = regionMetadata.countryCode;
        }
        if (national.length() < MIN_LENGTH_FOR_NSN) {
            return ErrorType.TOO_SHORT_NSN;
        }
        // The national prefix is stripped only when what is left has a length the region calls possible.
        String potential = metadata.stripNationalPrefix(national);
        ValidationResult lengthResult = metadata.testLength(potential.length());
        if (lengthResult != ValidationResult.TOO_SHORT && lengthResult != ValidationResult.IS_POSSIBLE_LOCAL_ONLY
                && lengthResult != ValidationResult.INVALID_LENGTH) {
            national = potential;
        }
        int nsnLength = national.length();
        if (nsnLength < MIN_LENGTH_FOR_NSN) {
            return ErrorType.TOO_SHORT_NSN;
        }
        if (nsnLength > MAX_LENGTH_FOR_NSN) {
            return ErrorType.TOO_LONG;
        }
        Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber().setCountryCode(countryCode);
        // setItalianLeadingZerosForPhoneNumber: an all-zero number keeps its last 0 as the number
        if (nsnLength > 1 && national.charAt(0) == '0') {
            number.setItalianLeadingZero(true);
            int zeros = 1;
            while (zeros < nsnLength - 1 && national.charAt(zeros) == '0') {
                zeros++;
            }
            if (zeros != 1) {
                number.setNumberOfLeadingZeros(zeros);
            }
        }
        return number.setNationalNumber(Long.parseLong(national));
    }

    /** A calling code found in a number, and the digits after it. */
    private record Extracted(int countryCode, String national) {
    }

    /**
     * maybeExtractCountryCode for digits without a "+" in a region: after the region's international prefix
     * (TOO_SHORT_AFTER_IDD or INVALID_COUNTRY_CODE when nothing or no known calling code follows it), or the
     * region's own calling code written before a national number when the number reads better without it; null
     * when there is none. An {@link Extracted}, an ErrorType or null.
     */
    private static Object extractCountryCode(String digits, CompiledRegion region) {
        int iddEnd = region.internationalPrefixEnd(digits);
        if (iddEnd >= 0) {
            String rest = digits.substring(iddEnd);
            if (rest.length() <= MIN_LENGTH_FOR_NSN) {
                return ErrorType.TOO_SHORT_AFTER_IDD;
            }
            int cc = countryCodeAt(rest);
            if (cc == 0) {
                return ErrorType.INVALID_COUNTRY_CODE;
            }
            return new Extracted(cc, rest.substring(Integer.toString(cc).length()));
        }
        String own = region.countryCodeDigits;
        if (digits.startsWith(own)) {
            String potential = region.stripNationalPrefix(digits.substring(own.length()));
            if (!region.generalMatches(digits) && region.generalMatches(potential)
                    || region.testLength(digits.length()) == ValidationResult.TOO_LONG) {
                return new Extracted(region.countryCode, potential);
            }
        }
        return null;
    }

    /** extractCountryCode: the known calling code of 1 to 3 digits the digits start with, or 0. */
    private static int countryCodeAt(String digits) {
        if (digits.isEmpty() || digits.charAt(0) == '0') {
            return 0;
        }
        int value = 0;
        for (int i = 0; i < MAX_LENGTH_COUNTRY_CODE && i < digits.length(); i++) {
            value = value * 10 + (digits.charAt(i) - '0');
            if (CompiledMetadata.callingCode(value) != null) {
                return value;
            }
        }
        return 0;
    }
}

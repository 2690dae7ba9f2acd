package io.piiscanner.core.internal;

import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata of one region (or of one non-geographical calling code, id "001"), compiled for {@link Phones}:
 * the national number patterns as DFAs over digits, the possible lengths as arrays. Each field answers one question
 * libphonenumber 9.0.19 asks with a regular expression, with the same answer:
 * <ul>
 *   <li>{@link #isValid}: {@code getNumberTypeHelper(nsn, metadata) != UNKNOWN}, the test of
 *       {@code isValidNumberForRegion}: the general desc matches (possible lengths, pattern) and so does at least
 *       one type desc (each with its own possible lengths, none = no constraint, [-1] = never; an empty pattern
 *       never matches; mobile only where fixed-line and mobile are not marked the same);</li>
 *   <li>the leading digits are read by {@link CompiledMetadata.LeadingDigits}, all of a calling code's at once;</li>
 *   <li>{@link #generalMatches}: {@code matchNationalNumber(s, generalDesc, false)}, the pattern alone (parse's
 *       "viable number" tests);</li>
 *   <li>{@link #testLength}: {@code testNumberLength(s, metadata)} with the general desc's lengths.</li>
 * </ul>
 * The international prefix and the national prefix for parsing keep {@code java.util.regex} where the match's end
 * or groups matter (a DFA only rules out the international prefix before the regex runs). Immutable.
 */
final class CompiledRegion {

    /** Bit 0 of {@link #numbers}: the general desc; bits 1 to 10: the type descs getNumberTypeHelper tries. */
    private static final int GENERAL = 1;
    /** Lengths with a mask of their own (libphonenumber's NSNs have at most 17 digits). */
    private static final int MAX_LENGTH = 31;

    final String id;
    final int countryCode;
    final String countryCodeDigits;
    /** The general desc's pattern and the type descs' patterns, one bit each. */
    private final DigitDfa numbers;
    /** lengthMask[n]: the descs of {@link #numbers} whose possible lengths allow n digits. */
    private final int[] lengthMask;
    /** The descs that list no possible lengths: all that allow more than MAX_LENGTH digits. */
    private final int anyLengthMask;
    private final int[] possibleLengths;
    private final int[] localOnlyLengths;

    /** The international prefix: a DFA that rules a match out (null: always try), and the pattern itself. */
    private final DigitDfa iddGate;
    private final Pattern idd;

    /** The national prefix for parsing; empty when there is none. */
    private final String nationalPrefixForParsing;
    /** The prefix when it is plain digits and has no transform rule (most regions: "0", "1"), else null. */
    private final String literalNationalPrefix;
    private final Pattern nationalPrefix;
    private final String transformRule;

    private CompiledRegion(String id, PhoneMetadata md) {
        this.id = id;
        this.countryCode = md.getCountryCode();
        this.countryCodeDigits = Integer.toString(countryCode);
        PhoneNumberDesc general = md.getGeneralDesc();
        this.possibleLengths = ints(general.getPossibleLengthList());
        this.localOnlyLengths = ints(general.getPossibleLengthLocalOnlyList());
        if (possibleLengths.length == 0) {
            // testNumberLength would fail on it (get(0) of an empty list); no region has one
            throw new IllegalArgumentException("no possible lengths for " + id);
        }
        // getNumberTypeHelper's order; mobile only where it is not marked the same as fixed-line
        List<PhoneNumberDesc> descs = new ArrayList<>(List.of(general, md.getPremiumRate(), md.getTollFree(),
                md.getSharedCost(), md.getVoip(), md.getPersonalNumber(), md.getPager(), md.getUan(), md.getVoicemail(),
                md.getFixedLine()));
        if (!md.getSameMobileAndFixedLinePattern()) {
            descs.add(md.getMobile());
        }
        List<String> patterns = new ArrayList<>();
        this.lengthMask = new int[MAX_LENGTH + 1];
        int any = 0;
        for (int i = 0; i < descs.size(); i++) {
            PhoneNumberDesc d = descs.get(i);
            patterns.add(d.getNationalNumberPattern());
            List<Integer> lengths = d.getPossibleLengthList();
            if (lengths.isEmpty()) {
                any |= 1 << i;
            }
            for (int n = 0; n <= MAX_LENGTH; n++) {
                // isNumberMatchingDesc: a desc that lists no lengths takes any; [-1] allows none
                if (lengths.isEmpty() || lengths.contains(n)) {
                    lengthMask[n] |= 1 << i;
                }
            }
        }
        this.anyLengthMask = any;
        this.numbers = DigitDfa.of(patterns);

        String iddRegex = md.getInternationalPrefix();
        this.idd = Pattern.compile(iddRegex);
        DigitDfa gate;
        try {
            gate = DigitDfa.of(iddRegex);
        } catch (IllegalArgumentException e) {
            gate = null; // the regex always runs
        }
        this.iddGate = gate;

        this.nationalPrefixForParsing = md.getNationalPrefixForParsing();
        this.transformRule = md.getNationalPrefixTransformRule();
        this.nationalPrefix = nationalPrefixForParsing.isEmpty() ? null : Pattern.compile(nationalPrefixForParsing);
        boolean literal = !nationalPrefixForParsing.isEmpty() && nationalPrefixForParsing.chars().allMatch(c -> c >= '0' && c <= '9');
        this.literalNationalPrefix = literal && (transformRule == null || transformRule.isEmpty()) ? nationalPrefixForParsing : null;
    }

    /** Compiles the metadata; IllegalArgumentException when a pattern uses syntax {@link DigitDfa} does not read. */
    static CompiledRegion compile(String id, PhoneMetadata md) {
        return new CompiledRegion(id, md);
    }

    private static int[] ints(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    /**
     * getNumberTypeHelper(nsn) != UNKNOWN: the general desc matches (its lengths and pattern) and so does one of
     * the type descs (each with its own lengths).
     */
    boolean isValid(CharSequence nsn) {
        int length = nsn.length();
        int m = numbers.matchMask(nsn, 0, length) & (length <= MAX_LENGTH ? lengthMask[length] : anyLengthMask);
        return (m & GENERAL) != 0 && (m & ~GENERAL) != 0;
    }

    /** The states of the national number DFA (its table holds ten ints a state). */
    int states() {
        return numbers.states();
    }

    /** matchNationalNumber(s, generalDesc, false): the general pattern alone, no lengths. */
    boolean generalMatches(CharSequence s) {
        return (numbers.matchMask(s, 0, s.length()) & GENERAL) != 0;
    }

    /** testNumberLength(s, metadata): the general desc's possible and local-only lengths, as the library reads them. */
    ValidationResult testLength(int length) {
        if (possibleLengths[0] == -1) {
            return ValidationResult.INVALID_LENGTH;
        }
        for (int l : localOnlyLengths) {
            if (l == length) {
                return ValidationResult.IS_POSSIBLE_LOCAL_ONLY;
            }
        }
        int min = possibleLengths[0];
        if (min == length) {
            return ValidationResult.IS_POSSIBLE;
        }
        if (min > length) {
            return ValidationResult.TOO_SHORT;
        }
        if (possibleLengths[possibleLengths.length - 1] < length) {
            return ValidationResult.TOO_LONG;
        }
        for (int i = 1; i < possibleLengths.length; i++) {
            if (possibleLengths[i] == length) {
                return ValidationResult.IS_POSSIBLE;
            }
        }
        return ValidationResult.INVALID_LENGTH;
    }

    /**
     * parsePrefixAsIdd on a string of digits: the number of leading digits that are this region's international
     * prefix and are to be stripped, or -1. Not stripped when the digit after the prefix is a 0 (no calling code
     * starts with one).
     */
    int internationalPrefixEnd(String digits) {
        if (iddGate != null && !iddGate.lookingAt(digits, 0, digits.length())) {
            return -1;
        }
        Matcher m = idd.matcher(digits);
        if (!m.lookingAt()) {
            return -1;
        }
        int end = m.end();
        return end < digits.length() && digits.charAt(end) == '0' ? -1 : end;
    }

    /**
     * maybeStripNationalPrefixAndCarrierCode on a string of digits: the number with the national prefix stripped
     * (or transformed), or the number itself. Not stripped when the number matched the general pattern and would
     * no longer.
     */
    String stripNationalPrefix(String number) {
        if (number.isEmpty() || nationalPrefixForParsing.isEmpty()) {
            return number;
        }
        if (literalNationalPrefix != null) {
            if (!number.startsWith(literalNationalPrefix)) {
                return number;
            }
            String rest = number.substring(literalNationalPrefix.length());
            return generalMatches(number) && !generalMatches(rest) ? number : rest;
        }
        Matcher m = nationalPrefix.matcher(number);
        if (!m.lookingAt()) {
            return number;
        }
        boolean viable = generalMatches(number);
        int groups = m.groupCount();
        if (transformRule == null || transformRule.isEmpty() || m.group(groups) == null) {
            String rest = number.substring(m.end());
            return viable && !generalMatches(rest) ? number : rest;
        }
        String transformed = m.replaceFirst(transformRule);
        return viable && !generalMatches(transformed) ? number : transformed;
    }
}

package io.piiscanner.core.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Tells from its digit count alone that a national phone candidate cannot be a valid number of a region, so
 * that {@code Phones.parseOrNull} and {@code Phones.isValid} are not run for it (about a fifth of the national
 * candidates of the dev corpus; the check costs a quarter of the two). Most digit runs that reach the phone
 * detector are parts of card numbers, SSNs and order numbers of the wrong length.
 *
 * <p>Exact, not a heuristic: parsing a national number in region R gives R's calling code and a national
 * number of the candidate's digits less, at most, a leading calling code and a literal national prefix
 * ("1" and "1" for the US, "0" for most of Europe); a number our detector accepts has a length its calling
 * code's main region calls possible. Regions whose national prefix is a pattern or carries a transform rule
 * (Argentina, Mexico, Brazil...), and candidates that start with the region's international dialling prefix,
 * are always parsed. {@code PhoneDetectorEquivalenceTest} checks the rule against parse on random digits.
 */
final class NationalLengths {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_LENGTH = 17;
    private static final Region PARSE_ALWAYS = new Region(null, null, null, null);
    private static final Map<String, Region> REGIONS = new ConcurrentHashMap<>();

    /** possible[L]: an NSN of L digits is possible for the calling code; null = no shortcut for this region. */
    private record Region(boolean[] possible, String callingCode, String nationalPrefix, Pattern idd) {
    }

    private NationalLengths() {
    }

    /** True when {@code digits}, read as a national number of {@code region}, cannot give a valid number. */
    static boolean cannotBeValid(String digits, String region) {
        Region r = REGIONS.computeIfAbsent(region, NationalLengths::describe);
        if (r.possible() == null) {
            return false;
        }
        if (r.idd() != null && r.idd().matcher(digits).lookingAt()) {
            return false;
        }
        int n = digits.length();
        if (possible(r, n)) {
            return false;
        }
        String np = r.nationalPrefix();
        if (!np.isEmpty() && digits.startsWith(np) && possible(r, n - np.length())) {
            return false;
        }
        String cc = r.callingCode();
        if (digits.startsWith(cc)) {
            if (possible(r, n - cc.length())) {
                return false;
            }
            if (!np.isEmpty() && digits.startsWith(np, cc.length()) && possible(r, n - cc.length() - np.length())) {
                return false;
            }
        }
        return true;
    }

    private static boolean possible(Region r, int length) {
        return length > 0 && length < r.possible().length && r.possible()[length];
    }

    private static Region describe(String region) {
        Phonemetadata.PhoneMetadata md;
        try {
            md = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource().getMetadataForRegion(region);
        } catch (RuntimeException e) {
            return PARSE_ALWAYS;
        }
        if (md == null || !md.getNationalPrefixTransformRule().isEmpty()) {
            return PARSE_ALWAYS;
        }
        String np = md.getNationalPrefixForParsing().isEmpty() ? md.getNationalPrefix() : md.getNationalPrefixForParsing();
        if (!np.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return PARSE_ALWAYS;
        }
        int cc = md.getCountryCode();
        boolean[] possible = new boolean[MAX_LENGTH + 1];
        for (int length = 1; length <= MAX_LENGTH; length++) {
            Phonenumber.PhoneNumber probe = new Phonenumber.PhoneNumber().setCountryCode(cc)
                    .setNationalNumber((long) Math.pow(10, length - 1));
            PhoneNumberUtil.ValidationResult result = UTIL.isPossibleNumberWithReason(probe);
            possible[length] = result == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
                    || result == PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY;
        }
        Pattern idd = md.getInternationalPrefix().isEmpty() ? null : Pattern.compile(md.getInternationalPrefix());
        return new Region(possible, Integer.toString(cc), np, idd);
    }
}

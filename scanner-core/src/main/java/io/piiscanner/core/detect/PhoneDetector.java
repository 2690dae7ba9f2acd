package io.piiscanner.core.detect;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.piiscanner.core.internal.Phones;
import io.piiscanner.core.rules.EntityRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Phone numbers through libphonenumber: only numbers valid for their region count. A number written in
 * international form ({@code +44 20 7946 0958}, {@code 0049 30 901820}) carries its region; a national one
 * ({@code 030 1234567}) is read with the scan's region (a record's country, the caller's default, or the
 * rule's default), then, when phone words are near, with the rule's fallback regions in order.
 *
 * <p>Candidates are cut out here (runs of digit groups joined by {@code " -./()"}, 8 to 15 digits) and
 * only they are parsed: {@code PhoneNumberUtil.findNumbers} runs a large regular expression over the whole
 * text and was the costliest step of a scan.
 */
final class PhoneDetector implements SpanFinder {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String SEPARATORS = " -./()";
    private static final int MIN_DIGITS = 8;
    private static final int MAX_DIGITS = 15;
    private static final int MAX_NATIONAL_DIGITS = 12;
    /** Parsing is the costly step: a run gets a few tries (whole, then shorter from either end), no more. */
    private static final int MAX_ATTEMPTS_PER_RUN = 4;

    @Override
    public void find(EntityRule rule, String text, int from, int to, String scanRegion, SpanSink out) {
        find(rule, text, from, to, scanRegion, 0, out);
    }

    @Override
    public void find(EntityRule rule, String text, int from, int to, String scanRegion, double minBaseScore, SpanSink out) {
        find(rule, text, from, to, scanRegion, minBaseScore, false, out);
    }

    /**
     * A bare run of digits scores lowest ({@code plain_national_score}); where that cannot reach the threshold
     * (no phone word near, no phone field) such a run is not parsed at all: most of them are order numbers.
     * Skipping one leaves the walk over the run as it was, since a plain candidate is one group. A phone field
     * ("Phone__c", a "Telephone" column) stands for phone words: its national numbers also try the fallback regions.
     */
    @Override
    public void find(EntityRule rule, String text, int from, int to, String scanRegion, double minBaseScore,
                     boolean fieldHinted, SpanSink out) {
        EntityRule.PhoneSpec spec = rule.phone();
        // the scan's region first, then the rule's default (once, when they are the same)
        List<String> regions = scanRegion == null || scanRegion.equals(spec.defaultRegion())
                ? List.of(spec.defaultRegion()) : List.of(scanRegion, spec.defaultRegion());
        Boolean phoneWordsNear = fieldHinted ? Boolean.TRUE : null;
        for (int[] groups : runs(text, from, to)) {
            // "+55-31-2846-8159" begins like the date "55-31-2846", but no date follows a "+"
            boolean plus = groups[0] > 0 && text.charAt(groups[0] - 1) == '+';
            if (!plus && startsWithDate(text, groups) || isDecimal(text, groups)) {
                continue; // "2024-12-24 17:43:36": a timestamp; "20240527.39", "1234567.89": an amount
            }
            int g = groups.length / 2;
            int attempts = 0;
            int i = 0;
            int first = spanStart(text, groups[0]);
            boolean countryCodeFirst = first < groups[0] && text.charAt(first) == '+'
                    || text.startsWith("00", groups[0]);
            boolean oneNumber = g > 1 && writtenAsOneNumber(text, groups);
            while (i < g && attempts < MAX_ATTEMPTS_PER_RUN) {
                boolean found = false;
                for (int j = g - 1; j >= i && !found && attempts < MAX_ATTEMPTS_PER_RUN; j--) {
                    int digits = 0;
                    for (int k = i; k <= j; k++) {
                        digits += groups[2 * k + 1] - groups[2 * k];
                    }
                    int end = groups[2 * j + 1];
                    int start = spanStart(text, groups[2 * i]);
                    if (start < groups[2 * i] && text.charAt(start) == '(' && wrapped(text, start, end)) {
                        start++; // "(0034 672 820 500)": the parentheses are the sentence's, not the number's
                    }
                    boolean international = start < groups[2 * i] && text.charAt(start) == '+'
                            || text.startsWith("00", groups[2 * i]);
                    if (digits < MIN_DIGITS || digits > (international ? MAX_DIGITS : MAX_NATIONAL_DIGITS)) {
                        continue;
                    }
                    attempts++;
                    if (!international && i == j && text.charAt(start) != '(' && spec.plainNationalScore() < minBaseScore) {
                        continue;
                    }
                    if (unbalancedParentheses(text, start, end) || afterTimeOfDay(text, start)
                            || dottedVersion(text, groups, i, j)
                            || partOfALongerNumber(text, groups, i, j, international, oneNumber)) {
                        continue; // "04:20:11.688 (40663829)": an Apex log's time; "Chrome 122.0.6146.529"
                    }
                    String candidate = text.substring(start, end);
                    ValidNumber valid = validNumber(candidate, regions);
                    if (valid == null && !international && !spec.fallbackRegions().isEmpty() && !nanpWritten(candidate)) {
                        if (phoneWordsNear == null) {
                            phoneWordsNear = !spec.fallbackNeedsContext() || phoneWordsNear(rule, text, from, to);
                        }
                        if (phoneWordsNear || valueOfANamedField(text, start, out)) {
                            valid = validNumber(candidate, spec.fallbackRegions());
                        }
                    }
                    if (valid != null) {
                        String e164 = UTIL.format(valid.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
                        // A bare run of digits is weaker evidence than a number written the way phones are written.
                        boolean plain = i == j && text.charAt(start) != '(';
                        double score = international ? spec.internationalScore()
                                : plain ? spec.plainNationalScore() : spec.nationalScore();
                        String kind = international ? "international" : (plain ? "plain-" : "national-") + valid.region().toLowerCase(Locale.ROOT);
                        out.accept(kind, start, end, score, e164);
                        found = true;
                        i = j + 1;
                    }
                }
                if (!found) {
                    // "+31 6 3667 21399", not valid as a whole: no part of it without its country code is a national
                    // number of another country, so the walk ends
                    i = i == 0 && countryCodeFirst ? g : i + 1;
                }
            }
        }
    }

    private record ValidNumber(Phonenumber.PhoneNumber number, String region) {
    }

    /** The candidate parsed with the first region (in order) that makes it a valid number, or null. */
    private static ValidNumber validNumber(String candidate, List<String> regions) {
        boolean national = !candidate.startsWith("+") && !candidate.startsWith("00");
        String digits = national ? digitsOf(candidate) : null;
        for (int r = 0; r < regions.size(); r++) {
            String region = regions.get(r);
            if (national && NationalLengths.cannotBeValid(digits, region)) {
                continue;
            }
            // a national candidate's digits are what parse would read of it anyway
            Phonenumber.PhoneNumber n = parse(national ? digits : candidate, region);
            if (n != null && isValid(n)) {
                return new ValidNumber(n, region);
            }
            if (candidate.startsWith("+") || candidate.startsWith("00")) {
                return null; // an international number reads the same whatever the region
            }
        }
        return null;
    }

    /** {@link Phones#isValid}: {@code isValidNumber}. */
    static boolean isValid(Phonenumber.PhoneNumber n) {
        return Phones.isValid(n);
    }

    static Phonenumber.PhoneNumber parse(String candidate, String region) {
        try {
            // "0049 30 901820": 00 is the international prefix in most of the world, whatever the scan region.
            return candidate.startsWith("00") ? Phones.parseOrNull("+" + candidate.substring(2), "ZZ") : Phones.parseOrNull(candidate, region);
        } catch (RuntimeException e) {
            // Missing or unreadable metadata for one region must not end a scan: that number is not judged.
            return null;
        }
    }

    /**
     * Loads every region's metadata now, on one thread. libphonenumber loads it lazily on first use; done
     * from many scan threads at once inside a nested jar, a load was seen to fail ("Missing metadata for
     * region code VN"), and a first-use load also makes one record's latency spike.
     */
    static void preloadMetadata() {
        for (String region : UTIL.getSupportedRegions()) {
            UTIL.getExampleNumber(region);
        }
        for (int code : UTIL.getSupportedGlobalNetworkCallingCodes()) {
            UTIL.getExampleNumberForNonGeoEntity(code);
        }
    }

    /**
     * Whether one of the rule's context patterns anchored at the value ({@code ...$}) vouches for it: a phone field named
     * further back than phone words are read ("champ « telephone » invalide pour le client K-6245787 (valeur « "). Such
     * a value stands in quotes, so only a quoted one is asked (most runs are not).
     */
    private static boolean valueOfANamedField(String text, int start, SpanSink out) {
        int q = start - 1;
        while (q >= 0 && text.charAt(q) == ' ') {
            q--;
        }
        return q >= 0 && "«\"'„“".indexOf(text.charAt(q)) >= 0 && out.anchoredContextBefore(start);
    }

    private static boolean phoneWordsNear(EntityRule rule, String text, int from, int to) {
        int w = rule.context().window();
        return rule.context().positive().firstHit(text, Math.max(0, from - w), Math.min(text.length(), to + w)) >= 0;
    }

    /**
     * Digit groups joined by one or two separators, as start/end pairs per run; runs glued to letters are left out.
     * The groups of the run being read go to one int array (not a list of boxed bounds: a run is read for every digit
     * window of every text).
     */
    private static List<int[]> runs(String text, int from, int to) {
        List<int[]> out = new ArrayList<>(2);
        int[] groups = new int[8];
        int i = from;
        while (i < to) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int n = 0;
            while (true) {
                int gs = i;
                while (i < to && isDigit(text.charAt(i))) {
                    i++;
                }
                if (n + 2 > groups.length) {
                    groups = Arrays.copyOf(groups, 2 * groups.length);
                }
                groups[n++] = gs;
                groups[n++] = i;
                int j = i;
                while (j < to && j - i < 2 && SEPARATORS.indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j > i && j < to && isDigit(text.charAt(j))) {
                    i = j;
                } else {
                    break;
                }
            }
            int runStart = groups[0];
            int runEnd = groups[n - 1];
            boolean glued = runStart > 0 && CandidateIndex.isLetter(text.charAt(runStart - 1))
                    || runEnd < text.length() && CandidateIndex.isLetter(text.charAt(runEnd));
            if (!glued) {
                out.add(Arrays.copyOf(groups, n));
            }
        }
        return out;
    }

    /**
     * Whether groups {@code i..j} of a run are part of a longer number written in it: the subscriber part after an area
     * code and a slash ("0176/1352050413") or in parentheses ("(10) 97038-5620", an area code that does not exist), or
     * a part of a national run written as one number (one separator character throughout, at most
     * {@value #ONE_NUMBER_DIGITS} digits: "326 8343 9063 31", typed with digits too many), which is a number as a whole
     * or not at all. An international number carries its own length ("+44 20 7946 0958 12 34": the number, then
     * something else).
     */
    private static boolean partOfALongerNumber(String text, int[] groups, int i, int j, boolean international,
                                               boolean oneNumber) {
        int g = groups.length / 2;
        boolean afterAreaCode = i > 0 && (text.charAt(groups[2 * i - 1]) == '/' && groups[2 * i] - groups[2 * i - 1] == 1
                && text.charAt(groups[2 * i - 2]) == '0' || inParentheses(text, groups[2 * i - 2], groups[2 * i - 1]));
        return afterAreaCode || !international && oneNumber && (i > 0 || j < g - 1);
    }

    /** Whether the group {@code [start, end)} is written in parentheses, as an area code is: "(10) 97038-5620". */
    private static boolean inParentheses(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')';
    }

    private static final int ONE_NUMBER_DIGITS = 14;

    private static boolean writtenAsOneNumber(String text, int[] groups) {
        int digits = 0;
        char separator = 0;
        for (int k = 0; k < groups.length; k += 2) {
            digits += groups[k + 1] - groups[k];
            if (k + 2 < groups.length) {
                if (groups[k + 2] - groups[k + 1] != 1 || separator != 0 && text.charAt(groups[k + 1]) != separator) {
                    return false;
                }
                separator = text.charAt(groups[k + 1]);
            }
        }
        return digits <= ONE_NUMBER_DIGITS;
    }

    /** Whether the run is a decimal number: two groups joined by one "." and at most two digits after it. */
    private static boolean isDecimal(String text, int[] groups) {
        return groups.length == 4 && groups[2] - groups[1] == 1 && text.charAt(groups[1]) == '.'
                && groups[3] - groups[2] <= 2;
    }

    /** Whether the run's first three groups are a date: yyyy-mm-dd or dd.mm.yyyy with one separator. */
    private static boolean startsWithDate(String text, int[] groups) {
        if (groups.length < 6) {
            return false;
        }
        int a = groups[1] - groups[0];
        int b = groups[3] - groups[2];
        int c = groups[5] - groups[4];
        char s1 = text.charAt(groups[1]);
        char s2 = text.charAt(groups[3]);
        boolean oneSeparator = groups[2] - groups[1] == 1 && groups[4] - groups[3] == 1 && s1 == s2 && (s1 == '-' || s1 == '.' || s1 == '/');
        return oneSeparator && (a == 4 && b <= 2 && c <= 2 || a <= 2 && b <= 2 && c == 4);
    }

    /** Takes in a "+", an opening parenthesis, or both, written just before the first digit: "(030)", "(+65)". */
    private static int spanStart(String text, int firstDigit) {
        int s = firstDigit;
        if (s > 0 && text.charAt(s - 1) == '(') {
            s--;
        }
        if (s > 0 && text.charAt(s - 1) == '+') {
            s--;
            if (s > 0 && text.charAt(s - 1) == '(') {
                s--;
            }
        }
        return s;
    }

    /**
     * Whether a parenthesis in {@code text[start, end)} is left open or closes one it did not open: "645 (6533726" in
     * "00:15:42.645 (6533726)|CODE_UNIT_STARTED" is no phone number, as "(030) 1234567" or "+49 (0)30 2845 9371" are.
     */
    static boolean unbalancedParentheses(String text, int start, int end) {
        int depth = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return true;
            }
        }
        return depth != 0;
    }

    /**
     * Whether groups {@code i..j} are joined by single dots and one of them is a single digit: a version number
     * ("122.0.6146.529", "10.0.19045.3053"). Phones written with dots group their digits in twos or more
     * ("415.555.0132", "06.12.34.56.78"); only North America's leading "1." stands alone ("1.800.555.0199").
     */
    static boolean dottedVersion(String text, int[] groups, int i, int j) {
        if (i == j) {
            return false;
        }
        boolean singleDigit = false;
        for (int k = i; k <= j; k++) {
            if (k < j && (groups[2 * k + 2] - groups[2 * k + 1] != 1 || text.charAt(groups[2 * k + 1]) != '.')) {
                return false;
            }
            if (groups[2 * k + 1] - groups[2 * k] == 1 && !(k == i && text.charAt(groups[2 * k]) == '1')) {
                singleDigit = true;
            }
        }
        return singleDigit;
    }

    /** Whether the "(" at {@code start} is closed right after the candidate, and not within it: "(415 555 0199)". */
    private static boolean wrapped(String text, int start, int end) {
        return end < text.length() && text.charAt(end) == ')' && text.lastIndexOf(')', end - 1) < start;
    }

    /**
     * Whether the candidate at {@code start} follows a time of day, "hh:mm:ss" with or without a fraction, and at most
     * a "(" and a space: "04:20:11.688 (40663829)" (an Apex debug log line), "12:18:20 (87091447)".
     */
    static boolean afterTimeOfDay(String text, int start) {
        int k = start;
        if (k > 0 && text.charAt(k - 1) == '(') {
            k--;
        }
        if (k > 0 && text.charAt(k - 1) == ' ') {
            k--;
        }
        if (k == start) {
            return false; // glued to what comes before
        }
        int e = k;
        while (e > 0 && isDigit(text.charAt(e - 1)) && k - e < 9) {
            e--;
        }
        // hh:mm:ss ends at e: before the fraction of the seconds, if there is one, else where the digits end
        e = e < k && e > 0 && text.charAt(e - 1) == '.' ? e - 1 : k;
        return e >= 8 && digits(text, e - 8, 2) && text.charAt(e - 6) == ':' && digits(text, e - 5, 2)
                && text.charAt(e - 3) == ':' && digits(text, e - 2, 2);
    }

    /**
     * Whether the candidate is written "(NPA) NXX-XXXX", as only North American numbers are: one that no North
     * American region accepts ("(555) 010-4477", the fictional range) is no number of another country either.
     */
    static boolean nanpWritten(String c) {
        int n = c.length();
        int i = 0;
        if (n < 13 || c.charAt(i++) != '(' || !digits(c, i, 3) || c.charAt(i + 3) != ')') {
            return false;
        }
        i += 4;
        if (c.charAt(i) == ' ') {
            i++;
        }
        return n == i + 8 && digits(c, i, 3) && c.charAt(i + 3) == '-' && digits(c, i + 4, 4);
    }

    private static boolean digits(String s, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII digits of {@code s} (a candidate holds only digits and " -./()"). */
    private static String digitsOf(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

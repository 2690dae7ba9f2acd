package io.piiscanner.core.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import dk.brics.automaton.Automaton;
import dk.brics.automaton.RegExp;
import dk.brics.automaton.State;
import dk.brics.automaton.Transition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Phones#parse}, {@link Phones#isValid} and {@link Phones#validRegion} give libphonenumber's own answers
 * ({@code parse}: the same PhoneNumber, or an exception of the same error type; {@code isValidNumber};
 * {@code getRegionCodeForNumber} when {@code isValidNumberForRegion}) on example numbers of every region and
 * non-geographical calling code and every number type, mutated, written in every way a number reaches parse
 * (international with "+" and "00", with the region's own international prefix, national with and without the
 * national prefix, with the calling code but no "+", with punctuation), and on random digits in every region.
 * Seeded: the same numbers every run.
 */
class PhonesEquivalenceTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final MetadataSource SOURCE = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
    /** libphonenumber logs every unknown calling code; held here so the level set below stays. */
    private static final java.util.logging.Logger LIBRARY_LOG = java.util.logging.Logger.getLogger(PhoneNumberUtil.class.getName());
    private static List<String> regions;
    private static List<Integer> nonGeo;
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\+?[0-9]+");
    private static final java.util.Map<String, Automaton> IDD_AUTOMATA = new java.util.HashMap<>();

    /** What was compared, what differed (the first few), and how often the fast path answered without the library. */
    private static final class Tally {
        int parses;
        int parseErrors;
        int fastPath;
        int digitInputs;
        int validityChecks;
        int valid;
        int mismatches;
        final List<String> firstMismatches = new ArrayList<>();

        void mismatch(String what) {
            mismatches++;
            if (firstMismatches.size() < 20) {
                firstMismatches.add(what);
            }
        }

        void assertNone() {
            assertThat(firstMismatches).as(mismatches + " mismatches").isEmpty();
        }

        @Override
        public String toString() {
            return "parses=" + parses + " (errors " + parseErrors + "), digit-only inputs=" + digitInputs + " (fast path "
                    + fastPath + "), validity checks=" + validityChecks + " (valid " + valid + "), mismatches=" + mismatches;
        }
    }

    @BeforeAll
    static void regions() {
        LIBRARY_LOG.setLevel(java.util.logging.Level.WARNING);
        regions = List.copyOf(new TreeSet<>(UTIL.getSupportedRegions()));
        nonGeo = List.copyOf(new TreeSet<>(UTIL.getSupportedGlobalNetworkCallingCodes()));
    }

    @Test
    void everyRegionCompiles() {
        for (String region : regions) {
            assertThat(CompiledMetadata.region(region)).as(region).isNotNull();
        }
        for (int cc : nonGeo) {
            assertThat(CompiledMetadata.regionOrCallingCode(cc, "001")).as("+" + cc).isNotNull();
        }
        for (int cc = 1; cc < 1000; cc++) {
            List<String> expected = UTIL.getRegionCodesForCountryCode(cc);
            CompiledMetadata.CallingCode code = CompiledMetadata.callingCode(cc);
            assertThat(code == null ? List.of() : List.of(code.regions)).as("+" + cc).isEqualTo(expected);
            assertThat(code == null || code.regions.length == 1 || code.leadingDigits() != null).as("+" + cc + " leading digits").isTrue();
        }
    }

    @Test
    void examplesOfEveryRegionAndTypeMutatedAndWrittenEveryWay() {
        Random random = new Random(20261127);
        Tally tally = new Tally();
        int examples = 0;
        for (String region : regions) {
            for (PhoneNumberUtil.PhoneNumberType type : PhoneNumberUtil.PhoneNumberType.values()) {
                PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example == null) {
                    continue;
                }
                examples++;
                checkValidity(example, tally);
                String nsn = UTIL.getNationalSignificantNumber(example);
                for (String variant : variants(nsn, random)) {
                    writtenEveryWay(variant, region, example.getCountryCode(), random, tally);
                }
            }
        }
        for (int cc : nonGeo) {
            PhoneMetadata md = SOURCE.getMetadataForNonGeographicalRegion(cc);
            for (PhoneNumberDesc desc : descs(md)) {
                if (!desc.hasExampleNumber()) {
                    continue;
                }
                examples++;
                for (String variant : variants(desc.getExampleNumber(), random)) {
                    String region = regions.get(random.nextInt(regions.size()));
                    check("+" + cc + variant, "ZZ", tally);
                    check("+" + cc + variant, region, tally);
                    check("00" + cc + variant, region, tally);
                    check(punctuated("+" + cc + " " + variant, random), "ZZ", tally);
                }
            }
        }
        System.out.println("examples " + examples + ": " + tally);
        tally.assertNone();
        assertThat(examples).isGreaterThan(1_300);
        assertThat(tally.parses).isGreaterThan(100_000);
        assertThat(tally.valid).isGreaterThan(20_000);
        // digit-only input that the fast path hands to the library: fewer than three digits, or no region
        assertThat(tally.fastPath).isGreaterThan(tally.digitInputs * 99 / 100);
    }

    @Test
    void randomDigitsWithEveryRegionAsDefault() {
        Random random = new Random(20261128);
        Tally tally = new Tally();
        for (String region : regions) {
            int cc = UTIL.getCountryCodeForRegion(region);
            for (int i = 0; i < 80; i++) {
                String digits = randomDigits(random, 1 + random.nextInt(20));
                check(digits, region, tally);
                check("+" + digits, region, tally);
                check("+" + digits, "ZZ", tally);
                // a calling code first now and then, the country's own or any
                check(cc + digits, region, tally);
                check("+" + cc + digits, "ZZ", tally);
            }
        }
        System.out.println("random digits: " + tally);
        tally.assertNone();
        assertThat(tally.parses).isGreaterThan(90_000);
        assertThat(tally.valid).isGreaterThan(2_500);
    }

    @Test
    void validityOfNumbersBuiltDirectly() {
        // Numbers parse would not give (an Italian leading zero on any calling code, lengths past the possible).
        Random random = new Random(20261129);
        Tally tally = new Tally();
        for (int cc = 0; cc < 1000; cc++) {
            int tries = UTIL.getRegionCodesForCountryCode(cc).isEmpty() ? 2 : 60;
            for (int i = 0; i < tries; i++) {
                PhoneNumber n = new PhoneNumber().setCountryCode(cc)
                        .setNationalNumber(Long.parseLong(randomDigits(random, 1 + random.nextInt(17))));
                if (random.nextInt(8) == 0) {
                    n.setItalianLeadingZero(true);
                    if (random.nextBoolean()) {
                        n.setNumberOfLeadingZeros(random.nextInt(4));
                    }
                }
                checkValidity(n, tally);
            }
        }
        System.out.println("built numbers: " + tally);
        tally.assertNone();
    }

    /** The example, and five versions with a digit changed, added or left out (one to three such edits). */
    private static List<String> variants(String nsn, Random random) {
        List<String> out = new ArrayList<>();
        out.add(nsn);
        for (int i = 0; i < 5; i++) {
            StringBuilder b = new StringBuilder(nsn);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int op = random.nextInt(3);
                int at = random.nextInt(b.length() + 1);
                if (op == 0 && at < b.length()) {
                    b.setCharAt(at, (char) ('0' + random.nextInt(10)));
                } else if (op == 1 || b.length() < 2) {
                    b.insert(at, (char) ('0' + random.nextInt(10)));
                } else {
                    b.deleteCharAt(Math.min(at, b.length() - 1));
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    private void writtenEveryWay(String nsn, String region, int cc, Random random, Tally tally) {
        String other = regions.get(random.nextInt(regions.size()));
        String nationalPrefix = UTIL.getNddPrefixForRegion(region, true);
        check("+" + cc + nsn, region, tally);
        check("+" + cc + nsn, "ZZ", tally);
        check("+" + cc + nsn, other, tally);
        check("00" + cc + nsn, region, tally);
        check("00" + cc + nsn, other, tally);
        check(nsn, region, tally);
        check(nsn, other, tally);
        check(cc + nsn, region, tally);
        if (nationalPrefix != null) {
            check(nationalPrefix + nsn, region, tally);
            check(cc + nationalPrefix + nsn, region, tally);
            check("+" + cc + nationalPrefix + nsn, "ZZ", tally);
        }
        check(internationalPrefix(region, random) + cc + nsn, region, tally);
        check(internationalPrefix(other, random) + cc + nsn, other, tally);
        check(punctuated((nationalPrefix == null ? "" : nationalPrefix) + nsn, random), region, tally);
        check(punctuated("+" + cc + " " + nsn, random), "ZZ", tally);
    }

    /** A string the region's international prefix pattern matches (a random walk of its automaton). */
    private static String internationalPrefix(String region, Random random) {
        String idd = SOURCE.getMetadataForRegion(region).getInternationalPrefix();
        Automaton a = IDD_AUTOMATA.computeIfAbsent(idd,
                x -> new RegExp(x.replace("\\d", "[0-9]").replace("(?:", "("), RegExp.NONE).toAutomaton());
        StringBuilder b = new StringBuilder();
        State s = a.getInitialState();
        while (true) {
            List<Transition> out = new ArrayList<>(s.getSortedTransitions(false));
            if (out.isEmpty() || s.isAccept() && random.nextInt(3) == 0) {
                break;
            }
            Transition t = out.get(random.nextInt(out.size()));
            b.append((char) (t.getMin() + random.nextInt(t.getMax() - t.getMin() + 1)));
            s = t.getDest();
        }
        assertThat(idd.isEmpty() || java.util.regex.Pattern.matches(idd, b)).as(idd + " " + b).isTrue();
        return b.toString();
    }

    /** Spaces, dashes, dots, a slash or parentheses between the digits, as people write them. */
    private static String punctuated(String s, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append(s.charAt(i));
            if (i + 1 < s.length() && random.nextInt(4) == 0) {
                b.append(" -./".charAt(random.nextInt(4)));
            }
        }
        if (random.nextInt(4) == 0 && b.length() > 4 && Character.isDigit(b.charAt(0))) {
            b.insert(3, ')').insert(0, '(');
        }
        return b.toString();
    }

    private static String randomDigits(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private static List<PhoneNumberDesc> descs(PhoneMetadata md) {
        return List.of(md.getGeneralDesc(), md.getFixedLine(), md.getMobile(), md.getTollFree(), md.getPremiumRate(),
                md.getSharedCost(), md.getPersonalNumber(), md.getVoip(), md.getPager(), md.getUan(), md.getVoicemail());
    }

    /** parse(text, region) both ways; then, for a number, the validity calls. */
    private static void check(String text, String region, Tally tally) {
        Object expected = libraryParse(text, region);
        Object actual;
        try {
            actual = Phones.parse(text, region);
        } catch (NumberParseException e) {
            actual = e.getErrorType();
        } catch (RuntimeException e) {
            actual = e.getClass().getName();
        }
        tally.parses++;
        if (!Objects.equals(expected, actual)) {
            tally.mismatch("parse(\"" + text + "\", " + region + "): library " + expected + ", Phones " + actual);
        }
        PhoneNumber orNull = Phones.parseOrNull(text, region);
        if (!Objects.equals(expected instanceof PhoneNumber ? expected : null, orNull)) {
            tally.mismatch("parseOrNull(\"" + text + "\", " + region + "): library " + expected + ", Phones " + orNull);
        }
        String plain = Phones.plainDigits(text);
        if (DIGITS.matcher(plain).matches()) {
            tally.digitInputs++;
            if (Phones.parseDigits(plain, region) != null) {
                tally.fastPath++;
            }
        }
        if (expected instanceof PhoneNumber n) {
            checkValidity(n, tally);
        } else {
            tally.parseErrors++;
        }
    }

    private static Object libraryParse(String text, String region) {
        try {
            return UTIL.parse(text, region);
        } catch (NumberParseException e) {
            return e.getErrorType();
        } catch (RuntimeException e) {
            return e.getClass().getName();
        }
    }

    private static void checkValidity(PhoneNumber n, Tally tally) {
        // isValidNumber is isValidNumberForRegion(n, getRegionCodeForNumber(n)) (the library's own definition)
        boolean valid = UTIL.isValidNumber(n);
        String validRegion = valid ? UTIL.getRegionCodeForNumber(n) : null;
        tally.validityChecks++;
        tally.valid += valid ? 1 : 0;
        if (Phones.isValid(n) != valid) {
            tally.mismatch("isValid(" + n + "): library " + valid);
        }
        if (!Objects.equals(Phones.validRegion(n), validRegion)) {
            tally.mismatch("validRegion(" + n + "): library " + validRegion + ", Phones " + Phones.validRegion(n));
        }
    }
}

package io.piiscanner.core.detect;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The detector's shortcut for {@code isValidNumber} must give the library's answer on every number. */
class PhoneDetectorEquivalenceTest {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @Test
    void shortcutAgreesWithIsValidNumberOnRandomNationalAndInternationalNumbers() throws NumberParseException {
        Random random = new Random(20261127);
        List<String> regions = List.of("US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "IN", "AU", "BR", "JP", "SG", "RU",
                "JM", "PR", "GG", "NO", "RE");
        int valid = 0;
        int checked = 0;
        for (int i = 0; i < 20_000; i++) {
            String region = regions.get(random.nextInt(regions.size()));
            StringBuilder digits = new StringBuilder();
            int length = 6 + random.nextInt(9);
            for (int d = 0; d < length; d++) {
                digits.append(random.nextInt(10));
            }
            String candidate = random.nextBoolean() ? digits.toString()
                    : "+" + UTIL.getCountryCodeForRegion(region) + digits;
            Phonenumber.PhoneNumber n;
            try {
                n = UTIL.parse(candidate, region);
            } catch (NumberParseException e) {
                continue;
            }
            boolean expected = UTIL.isValidNumber(n);
            assertThat(PhoneDetector.isValid(n)).as(candidate + " in " + region).isEqualTo(expected);
            checked++;
            valid += expected ? 1 : 0;
        }
        // Enough of both answers to mean something.
        assertThat(checked).isGreaterThan(15_000);
        assertThat(valid).isGreaterThan(1_000);
    }

    @Test
    void examplesOfEveryRegionAreValidThroughTheShortcut() {
        for (String region : UTIL.getSupportedRegions()) {
            Phonenumber.PhoneNumber example = UTIL.getExampleNumber(region);
            if (example != null) {
                assertThat(PhoneDetector.isValid(example)).as(region).isEqualTo(UTIL.isValidNumber(example));
            }
        }
    }

    @Test
    void parsingTheDigitsAloneGivesTheNumberLibphonenumberParsesFromTheWrittenForm() throws NumberParseException {
        int compared = 0;
        for (String region : UTIL.getSupportedRegions()) {
            for (var type : List.of(PhoneNumberUtil.PhoneNumberType.FIXED_LINE, PhoneNumberUtil.PhoneNumberType.MOBILE)) {
                Phonenumber.PhoneNumber example = UTIL.getExampleNumberForType(region, type);
                if (example == null) {
                    continue;
                }
                for (var format : List.of(PhoneNumberUtil.PhoneNumberFormat.NATIONAL, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL)) {
                    // Written forms: "(415) 555-2671", "+44 20 7946 0958", "030 123456", "+49 30 123456".
                    String written = UTIL.format(example, format).replaceAll("[^0-9+()\\-./ ]", " ").trim();
                    if (written.isEmpty() || !Character.isDigit(written.charAt(written.length() - 1))) {
                        continue;
                    }
                    assertThat(PhoneDetector.parse(written, region)).as(written + " in " + region)
                            .isEqualTo(UTIL.parse(written, region));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(800);
    }

    @Test
    void aNationalCandidateRuledOutByItsLengthIsNeverAValidNumber() {
        Random random = new Random(20261128);
        List<String> regions = List.copyOf(new java.util.TreeSet<>(UTIL.getSupportedRegions()));
        int ruledOut = 0;
        int checked = 0;
        for (int i = 0; i < 60_000; i++) {
            String region = regions.get(random.nextInt(regions.size()));
            StringBuilder digits = new StringBuilder();
            // Start with the calling code or a national prefix now and then, the two things parse strips.
            int r = random.nextInt(4);
            if (r == 0) {
                digits.append(UTIL.getCountryCodeForRegion(region));
            } else if (r == 1) {
                digits.append(random.nextBoolean() ? "0" : "1");
            }
            int length = 4 + random.nextInt(12);
            for (int d = 0; d < length; d++) {
                digits.append(random.nextInt(10));
            }
            String candidate = digits.toString();
            if (candidate.startsWith("00")) {
                continue; // the detector reads "00..." as international and never asks
            }
            if (NationalLengths.cannotBeValid(candidate, region)) {
                ruledOut++;
                Phonenumber.PhoneNumber n = PhoneDetector.parse(candidate, region);
                assertThat(n != null && PhoneDetector.isValid(n)).as(candidate + " in " + region).isFalse();
            }
            checked++;
        }
        assertThat(ruledOut).as("candidates ruled out of " + checked).isGreaterThan(checked / 4);
        // The examples of every region are never ruled out, written nationally.
        for (String region : regions) {
            Phonenumber.PhoneNumber example = UTIL.getExampleNumber(region);
            if (example != null) {
                String national = UTIL.format(example, PhoneNumberUtil.PhoneNumberFormat.NATIONAL).replaceAll("[^0-9]", "");
                if (!national.isEmpty()) {
                    assertThat(NationalLengths.cannotBeValid(national, region)).as(national + " in " + region).isFalse();
                }
            }
        }
    }

    @Test
    void validRegionIsIsValidNumberAndGetRegionCodeForNumberInOne() throws NumberParseException {
        Random random = new Random(7);
        List<String> regions = List.of("US", "CA", "GB", "GG", "DE", "FR", "IN", "AU", "JM", "PR", "RU", "KZ", "IT", "VA");
        int valid = 0;
        for (int i = 0; i < 20_000; i++) {
            String region = regions.get(random.nextInt(regions.size()));
            StringBuilder digits = new StringBuilder("+").append(UTIL.getCountryCodeForRegion(region));
            for (int d = 0, n = 7 + random.nextInt(5); d < n; d++) {
                digits.append(random.nextInt(10));
            }
            Phonenumber.PhoneNumber number = UTIL.parse(digits.toString(), "ZZ");
            String expected = UTIL.isValidNumber(number) ? UTIL.getRegionCodeForNumber(number) : null;
            assertThat(io.piiscanner.core.internal.Phones.validRegion(number)).as(digits.toString()).isEqualTo(expected);
            valid += expected == null ? 0 : 1;
        }
        assertThat(valid).isGreaterThan(1_000);
    }

    @Test
    void detectorParseIsLibraryParseOnCandidatesAsTheDetectorCutsThem() {
        // Digit groups joined by " -./()", with "+", "00" or "(" before them, in the regions a scan uses.
        Random random = new Random(20261130);
        List<String> regions = List.copyOf(new java.util.TreeSet<>(UTIL.getSupportedRegions()));
        int parsed = 0;
        int valid = 0;
        for (int i = 0; i < 30_000; i++) {
            String region = regions.get(random.nextInt(regions.size()));
            StringBuilder candidate = new StringBuilder();
            int kind = random.nextInt(4);
            if (kind == 0) {
                candidate.append('+').append(UTIL.getCountryCodeForRegion(regions.get(random.nextInt(regions.size()))));
            } else if (kind == 1) {
                candidate.append("00").append(UTIL.getCountryCodeForRegion(regions.get(random.nextInt(regions.size()))));
            } else if (kind == 2) {
                candidate.append('(');
            }
            int digits = 8 + random.nextInt(8);
            for (int d = 0; d < digits; d++) {
                candidate.append((char) ('0' + random.nextInt(10)));
                if (d == 2 && kind == 2) {
                    candidate.append(") ");
                } else if (d < digits - 1 && random.nextInt(4) == 0) {
                    candidate.append(" -./".charAt(random.nextInt(4)));
                }
            }
            String c = candidate.toString();
            Phonenumber.PhoneNumber expected;
            try {
                expected = c.startsWith("00") ? UTIL.parse("+" + c.substring(2), "ZZ") : UTIL.parse(c, region);
            } catch (NumberParseException e) {
                expected = null;
            }
            Phonenumber.PhoneNumber actual = PhoneDetector.parse(c, region);
            assertThat(actual).as(c + " in " + region).isEqualTo(expected);
            if (expected != null) {
                parsed++;
                boolean v = UTIL.isValidNumber(expected);
                assertThat(PhoneDetector.isValid(actual)).as(c + " in " + region).isEqualTo(v);
                valid += v ? 1 : 0;
            }
        }
        assertThat(parsed).isGreaterThan(25_000);
        assertThat(valid).isGreaterThan(1_000);
    }

    @Test
    void textWithMoreThanPunctuationGoesToParseAsWritten() throws NumberParseException {
        // An extension must survive: reduced to digits it would be read as part of the number.
        assertThat(io.piiscanner.core.internal.Phones.parse("+1 415 555 2671 ext. 12", "US"))
                .isEqualTo(UTIL.parse("+1 415 555 2671 ext. 12", "US"));
        assertThat(io.piiscanner.core.internal.Phones.parse("+1 415 555 2671 ext. 12", "US").getExtension()).isEqualTo("12");
        assertThat(io.piiscanner.core.internal.Phones.parse("(415) 555-2671", "US")).isEqualTo(UTIL.parse("(415) 555-2671", "US"));
    }
}

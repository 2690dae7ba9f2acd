package io.piiscanner.core.jurisdiction;

import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.FieldValue;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.model.ScanRecord;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-record calls of the exposure scan ({@code resolve}, {@code elements}, {@code subjectKeys}) give exactly
 * what they gave before they were made cheaper: the same JurisdictionResult (code, status, confidence to the bit,
 * deciding and contradicting signals in order, candidates, explanation), the same element maps in the same order and
 * the same subject keys, compared with the previous code kept in {@link BaselineJurisdictionResolver} and
 * {@link BaselineElementExtractor} on {@link VariedRecords} and on hand-made edge cases.
 */
class PerRecordEquivalenceTest {

    private static final JurisdictionResolver RESOLVER = new JurisdictionResolver(J.PACK);
    private static final BaselineJurisdictionResolver BASELINE_RESOLVER = new BaselineJurisdictionResolver(J.PACK);
    private static final ElementExtractor EXTRACTOR = new ElementExtractor(J.PACK.elements());
    private static final BaselineElementExtractor BASELINE_EXTRACTOR = new BaselineElementExtractor(J.PACK.elements());
    private static final ElementExtractor KEYS_TAKEN = new ElementExtractor(J.PACK.elements(), true);
    private static final BaselineElementExtractor BASELINE_KEYS_TAKEN = new BaselineElementExtractor(J.PACK.elements(), true);

    @Test
    void variedRecordsGiveTheSameJurisdictionElementsAndSubjectKeys() {
        Map<String, Integer> seen = new TreeMap<>();
        int records = 0;
        for (long seed = 1; seed <= 3; seed++) {
            VariedRecords source = new VariedRecords(seed);
            for (int i = 0; i < 4_000; i++) {
                VariedRecords.Item item = source.next();
                JurisdictionResult expected = assertSameAsBaseline(item.record(), item.findings(), "seed " + seed + " record " + i);
                tally(seen, expected);
                records++;
            }
        }
        assertThat(records).isEqualTo(12_000);
        // the records reach every path of the resolver, so the comparison above covers them
        for (String what : List.of("status RESOLVED", "status COUNTRY_ONLY", "status CONFLICT", "status WEAK_ONLY", "status NO_SIGNALS",
                "subdivision US", "subdivision CA", "Canada without province", "US state candidates in conflict", "contradicted",
                "contradicted by a subdivision reading", "decided by state/province field", "decided by US ZIP prefix table",
                "decided by US ZIP+4 prefix table", "decided by Canadian postal code", "decided by phone +1 area code table",
                "decided by field metadata country", "decided by IBAN country prefix", "decided by phone country code",
                "decided by e-mail country-code domain", "decided by NATIONAL_ID", "decided by UK postcode format",
                "decided by NL postal code format", "US territory", "repeated reading")) {
            assertThat(seen.getOrDefault(what, 0)).as(what).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void handMadeEdgeCasesGiveTheSameResults() {
        Map<String, J.Rec> cases = new java.util.LinkedHashMap<>();
        cases.put("country fields of one group disagree", J.rec().field("MailingCountry", "DE").field("Country", "France"));
        cases.put("billing country only, residence state", J.rec().field("BillingCountry", "US").field("MailingState", "ON"));
        cases.put("US state from the ZIP", J.rec().field("Country", "US").field("Zip", "10001"));
        cases.put("US state from ZIP+4 alone", J.rec().field("zip", "94105-1234"));
        cases.put("US state from a national phone's area code", J.rec().field("Country", "USA").pii("Phone", "(415) 555-0134", "PHONE"));
        cases.put("shared Canadian area code", J.rec().field("Country", "Canada").pii("Phone", "+1 600 555 0134", "PHONE"));
        cases.put("province from the postal code", J.rec().field("Country", "Canada").field("PostalCode", "H2X 1Y4"));
        cases.put("provinces disagree", J.rec().field("Country", "CA").field("Province", "ON").field("PostalCode", "V6B 1A1"));
        cases.put("states disagree", J.rec().field("MailingState", "NY").field("MailingState2", "TX").field("BillingState", "CA"));
        cases.put("e-mail ccTLD only", J.rec().pii("Email", "jan@example.nl", "EMAIL"));
        cases.put("generic ccTLD only", J.rec().pii("Email", "jan@example.io", "EMAIL"));
        cases.put("no signals", J.rec().field("Name", "Jan"));
        cases.put("phone contradicts the country", J.rec().field("Country", "DE").pii("Phone", "+33 1 42 68 53 00", "PHONE"));
        cases.put("national id decides", J.rec().pii("SSN", "536-22-1234", "US_SSN").pii("Phone", "+1 212 555 0123", "PHONE"));
        cases.put("national ids conflict", J.rec().pii("SSN", "536-22-1234", "US_SSN").pii("NINO", "QQ123456C", "UK_NINO"));
        cases.put("IBAN with spaces", J.rec().pii("Iban", " de89 3704 0044 0532 0130 00", "IBAN"));
        cases.put("US territory by name", J.rec().field("Country", "Puerto Rico").pii("Phone", "+1 787 555 0134", "PHONE"));
        cases.put("state names one of two countries", J.rec().field("Country", "Canada").field("State", "NL"));
        J.Rec metadata = J.rec();
        metadata.fields.add(new FieldValue("Notes", "x", new FieldMetadata(null, null, null, Map.of("country", "NL"))));
        metadata.fields.add(new FieldValue("Addr", "y", new FieldMetadata(null, null, null, Map.of("state", "Québec"))));
        cases.put("metadata country and state", metadata);
        J.Rec protectedCard = J.rec().encrypted("Card", "4539148803436467", "CREDIT_CARD").field("cvv", "123")
                .field("FirstName", "Jan").field("LastName", "Jansen").test("Test", "4111111111111111", "CREDIT_CARD");
        cases.put("encrypted card with a code and a split name", protectedCard);
        cases.put("placeholder password", J.rec().field("password", " [REDACTED] ").pii("Email", "a@b.de", "EMAIL"));
        cases.forEach((name, r) -> assertSameAsBaseline(r.record(), r.findings, name));

        // what some of the cases are, so the comparison is of the cases named
        assertThat(BASELINE_RESOLVER.resolve(cases.get("country fields of one group disagree").record(), List.of()).status())
                .isEqualTo(JurisdictionResult.Status.CONFLICT);
        assertThat(BASELINE_RESOLVER.resolve(cases.get("e-mail ccTLD only").record(), cases.get("e-mail ccTLD only").findings).status())
                .isEqualTo(JurisdictionResult.Status.WEAK_ONLY);
        assertThat(BASELINE_RESOLVER.resolve(cases.get("US state from ZIP+4 alone").record(), List.of()).code()).isEqualTo("US-CA");
        assertThat(BASELINE_RESOLVER.resolve(cases.get("phone contradicts the country").record(),
                cases.get("phone contradicts the country").findings).contradicting()).isNotEmpty();
    }

    @Test
    void stateKeysAreThoseOfTheRegularExpressions() {
        List<String> values = new ArrayList<>(List.of("  new-york ", "N.Y.", "Québec", "Hawaiʻi", "Ile-de-France", "D.C.", "o'brien",
                "\u0001-a", "a.-b", "x-\u0001", "\u0001'\u0002", "north \t\n carolina", "- - -", "", " ", "ÉTAT", "İstanbul",
                "ＮＹ", "a\u00a0b", "Prince Edward Island"));
        Random rnd = new Random(7);
        String alphabet = " \t\n\u000B\f\r-.'aZq\u0001\u001fxY9";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = rnd.nextInt(12);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            if (rnd.nextInt(10) == 0) {
                sb.insert(rnd.nextInt(sb.length() + 1), "éİ\u0301ʻ".charAt(rnd.nextInt(4)));
            }
            values.add(sb.toString());
        }
        for (String v : values) {
            assertThat(Geography.key(v)).as("key of %s", v).isEqualTo(regexKey(v));
        }
    }

    @Test
    void areaCodesReadTheSameWithoutTheOptional() {
        Geography geo = J.PACK.geography();
        for (int npa = -1; npa <= 1000; npa++) {
            assertThat(geo.areaCodeSubdivision(npa)).as("NPA %d", npa).isEqualTo(geo.areaCode(npa).orElse(null));
        }
        assertThat(geo.areaCodeSubdivision(212)).isEqualTo("US-NY");
    }

    @Test
    void placeholdersAreThoseOfTheStrippedLowerCaseValue() {
        List<String> values = new ArrayList<>(List.of("****", " null ", "N/A", "[REDACTED]", "\u2003none\u2003", "İ", "NULL\u00a0", "n/a.",
                "redacted", "(Redacted)", "<redacted> ", "REMOVED", "x", "hunter2", "", "\t", "ＮＵＬＬ", "na", "nA", "\u212Aa"));
        Random rnd = new Random(11);
        String alphabet = "nulredacN/A[]()<>*xX#\u2022-. \t\u2003\u00a0İ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = rnd.nextInt(13);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            values.add(sb.toString());
        }
        for (String v : values) {
            assertThat(ElementExtractor.isPlaceholder(v)).as("placeholder %s", v).isEqualTo(BaselineElementExtractor.isPlaceholder(v));
        }
    }

    /** Compares all four calls with the baseline; returns the baseline's jurisdiction. */
    private static JurisdictionResult assertSameAsBaseline(ScanRecord record, List<Finding> findings, String what) {
        JurisdictionResult expected = BASELINE_RESOLVER.resolve(record, findings);
        assertThat(RESOLVER.resolve(record, findings)).as(what).isEqualTo(expected);
        assertThat(entries(EXTRACTOR.extract(record, findings))).as(what).isEqualTo(entries(BASELINE_EXTRACTOR.extract(record, findings)));
        assertThat(entries(KEYS_TAKEN.extract(record, findings))).as(what).isEqualTo(entries(BASELINE_KEYS_TAKEN.extract(record, findings)));
        assertThat(List.copyOf(NotificationAssessor.subjectKeys(findings))).as(what).isEqualTo(List.copyOf(baselineSubjectKeys(findings)));
        return expected;
    }

    /** A map's entries in its iteration order. */
    private static List<Map.Entry<String, Boolean>> entries(Map<String, Boolean> m) {
        List<Map.Entry<String, Boolean>> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(Map.entry(k, v)));
        return out;
    }

    /** NotificationAssessor.subjectKeys as it was. */
    private static Set<String> baselineSubjectKeys(List<Finding> findings) {
        Set<String> keys = new TreeSet<>();
        for (Finding f : findings) {
            if (NotificationAssessor.STRONG_IDENTIFIERS.contains(f.entity()) && f.fingerprint() != null && !f.testData()) {
                keys.add(f.entity() + ":" + f.fingerprint());
            }
        }
        return keys;
    }

    /** Geography.key as it was. */
    private static String regexKey(String s) {
        String stripped = Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replace(".", "").replace("'", "").replaceAll("[\\s-]+", " ").trim();
    }

    private static void tally(Map<String, Integer> seen, JurisdictionResult r) {
        seen.merge("status " + r.status(), 1, Integer::sum);
        if (r.subdivision() != null) {
            seen.merge("subdivision " + r.country(), 1, Integer::sum);
        }
        if (r.subdivision() != null && Set.of("US-PR", "US-GU", "US-VI", "US-AS", "US-MP").contains(r.subdivision())) {
            seen.merge("US territory", 1, Integer::sum);
        }
        if ("CA".equals(r.code())) {
            seen.merge("Canada without province", 1, Integer::sum);
        }
        if (r.status() == JurisdictionResult.Status.COUNTRY_ONLY && !r.candidates().isEmpty()) {
            seen.merge("US state candidates in conflict", 1, Integer::sum);
        }
        if (!r.contradicting().isEmpty()) {
            seen.merge("contradicted", 1, Integer::sum);
            if (r.contradicting().stream().anyMatch(s -> s.subdivision() != null && r.subdivision() != null)) {
                seen.merge("contradicted by a subdivision reading", 1, Integer::sum);
            }
        }
        for (JurisdictionSignal s : r.deciding()) {
            String how = s.kind() == JurisdictionSignal.Kind.NATIONAL_ID ? "NATIONAL_ID" : s.detail();
            seen.merge("decided by " + how, 1, Integer::sum);
        }
        if (r.explanation().split(", ").length < r.deciding().size() + r.contradicting().size()) {
            seen.merge("repeated reading", 1, Integer::sum);
        }
    }
}

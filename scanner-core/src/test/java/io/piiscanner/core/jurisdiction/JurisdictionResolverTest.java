package io.piiscanner.core.jurisdiction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JurisdictionResolverTest {

    private static final JurisdictionResolver R = new JurisdictionResolver(J.PACK);

    private static JurisdictionResult resolve(J.Rec r) {
        return R.resolve(r.record(), r.findings);
    }

    @Test
    void countryFieldsInSeveralLanguages() {
        assertThat(resolve(J.rec().field("MailingCountry", "Germany")).code()).isEqualTo("DE");
        assertThat(resolve(J.rec().field("land", "Deutschland")).code()).isEqualTo("DE");
        assertThat(resolve(J.rec().field("pays", "Allemagne")).code()).isEqualTo("DE");
        assertThat(resolve(J.rec().field("country_code", "FR")).code()).isEqualTo("FR");
        assertThat(resolve(J.rec().field("BillingCountry", "United Kingdom")).code()).isEqualTo("GB");
        JurisdictionResult r = resolve(J.rec().field("Country", "España"));
        assertThat(r.code()).isEqualTo("ES");
        assertThat(r.status()).isEqualTo(JurisdictionResult.Status.RESOLVED);
        assertThat(r.confidence()).isGreaterThan(0.9);
        assertThat(r.deciding()).extracting(JurisdictionSignal::kind).containsExactly(JurisdictionSignal.Kind.ADDRESS_FIELD);
    }

    @Test
    void commonSpellingsAndOtherLanguages() {
        java.util.Map<String, String> cases = java.util.Map.ofEntries(
                java.util.Map.entry("Brasil", "BR"), java.util.Map.entry("Alemanha", "DE"), java.util.Map.entry("Estados Unidos", "US"),
                java.util.Map.entry("U.S.", "US"), java.util.Map.entry("United States of America", "US"), java.util.Map.entry("Schweiz", "CH"),
                java.util.Map.entry("Svizzera", "CH"), java.util.Map.entry("The Netherlands", "NL"), java.util.Map.entry("Nederland", "NL"),
                java.util.Map.entry("Scotland", "GB"), java.util.Map.entry("UK", "GB"), java.util.Map.entry("日本", "JP"),
                java.util.Map.entry("대한민국", "KR"), java.util.Map.entry("Republic of Korea", "KR"), java.util.Map.entry("South Korea", "KR"),
                java.util.Map.entry("Singapore", "SG"), java.util.Map.entry("Inde", "IN"), java.util.Map.entry("Sudáfrica", "ZA"),
                java.util.Map.entry("New Zealand", "NZ"), java.util.Map.entry("AUS", "AU"), java.util.Map.entry("DEU", "DE"));
        cases.forEach((value, iso) -> assertThat(resolve(J.rec().field("MailingCountry", value)).code()).as(value).isEqualTo(iso));
        // Salesforce's *Code picklist fields, and abbreviations with dots
        assertThat(resolve(J.rec().field("MailingCountryCode", "US").field("MailingStateCode", "NY")).code()).isEqualTo("US-NY");
        assertThat(resolve(J.rec().field("BillingState", "N.Y.")).code()).isEqualTo("US-NY");
        assertThat(resolve(J.rec().field("Estado", "Texas")).code()).isEqualTo("US-TX");
        // a value that names no country gives no signal, not a guess
        assertThat(resolve(J.rec().field("Country", "Atlantis")).status()).isEqualTo(JurisdictionResult.Status.NO_SIGNALS);
    }

    @Test
    void stateFieldsGiveTheSubdivision() {
        JurisdictionResult ca = resolve(J.rec().field("MailingState", "CA"));
        assertThat(ca.code()).isEqualTo("US-CA");
        assertThat(ca.deciding()).hasSize(1);
        assertThat(resolve(J.rec().field("MailingCountry", "USA").field("MailingState", "California")).code()).isEqualTo("US-CA");
        assertThat(resolve(J.rec().field("MailingCountry", "Canada").field("MailingState", "Québec")).code()).isEqualTo("CA-QC");
        assertThat(resolve(J.rec().field("Country", "Canada").field("Province", "ON")).code()).isEqualTo("CA-ON");
        assertThat(resolve(J.rec().field("BillingState", "Kalifornien")).code()).isEqualTo("US-CA");
        assertThat(resolve(J.rec().field("Country", "Puerto Rico")).code()).isEqualTo("US-PR");
    }

    @Test
    void metadataCountsAsAnExplicitField() {
        J.Rec r = J.rec();
        r.fields.add(new io.piiscanner.core.model.FieldValue("Notes", "x",
                new io.piiscanner.core.model.FieldMetadata(null, null, null, java.util.Map.of("country", "NL"))));
        assertThat(resolve(r).code()).isEqualTo("NL");
    }

    @Test
    void postalCodes() {
        assertThat(resolve(J.rec().field("MailingCountry", "US").field("MailingPostalCode", "10001")).code()).isEqualTo("US-NY");
        assertThat(resolve(J.rec().field("zip", "94105-1234")).code()).isEqualTo("US-CA");
        assertThat(resolve(J.rec().field("PostalCode", "H2X 1Y4")).code()).isEqualTo("CA-QC");
        assertThat(resolve(J.rec().field("postcode", "SW1A 1AA")).code()).isEqualTo("GB");
        // five digits alone are ambiguous between countries
        assertThat(resolve(J.rec().field("zip", "10115")).code()).isEqualTo(JurisdictionResult.UNKNOWN);
        // with a German country field the same code is German
        assertThat(resolve(J.rec().field("Country", "DE").field("PLZ", "10115")).code()).isEqualTo("DE");
        // Guam ZIP, DC ZIP
        assertThat(resolve(J.rec().field("Country", "US").field("Zip", "96910")).code()).isEqualTo("US-GU");
        assertThat(resolve(J.rec().field("Country", "US").field("Zip", "20001")).code()).isEqualTo("US-DC");
    }

    @Test
    void phoneCountryCodesAndAreaCodes() {
        assertThat(resolve(J.rec().pii("Phone", "+49 30 901820", "PHONE")).code()).isEqualTo("DE");
        assertThat(resolve(J.rec().pii("Phone", "+1 212 555 0143", "PHONE")).code()).isEqualTo("US-NY");
        assertThat(resolve(J.rec().pii("Phone", "+1 416 555 0143", "PHONE")).code()).isEqualTo("CA-ON");
        // a national number is read once the country is known
        assertThat(resolve(J.rec().field("Country", "United States").pii("Phone", "(312) 555-0143", "PHONE")).code()).isEqualTo("US-IL");
        JurisdictionResult r = resolve(J.rec().pii("Phone", "+44 20 7946 0958", "PHONE"));
        assertThat(r.code()).isEqualTo("GB");
        assertThat(r.confidence()).isLessThan(0.9);
    }

    @Test
    void nationalIdTypes() {
        JurisdictionResult us = resolve(J.rec().pii("SSN", "536-22-1234", "US_SSN"));
        assertThat(us.code()).isEqualTo("US");
        assertThat(us.status()).isEqualTo(JurisdictionResult.Status.COUNTRY_ONLY);
        assertThat(resolve(J.rec().pii("SIN", "046 454 286", "CA_SIN")).code()).isEqualTo("CA");
        assertThat(resolve(J.rec().pii("CPF", "111.444.777-35", "BR_CPF")).code()).isEqualTo("BR");
        assertThat(resolve(J.rec().pii("NINO", "AB123456C", "UK_NINO")).code()).isEqualTo("GB");
        assertThat(resolve(J.rec().pii("Aadhaar", "2341 2341 2346", "IN_AADHAAR")).code()).isEqualTo("IN");
        assertThat(resolve(J.rec().pii("PESEL", "44051401359", "PL_PESEL")).code()).isEqualTo("PL");
        // SSN + ZIP: the ZIP gives the state
        assertThat(resolve(J.rec().pii("SSN", "536-22-1234", "US_SSN").field("zip", "60601")).code()).isEqualTo("US-IL");
    }

    @Test
    void ibanCountry() {
        assertThat(resolve(J.rec().pii("Account", "DE89 3704 0044 0532 0130 00", "IBAN")).code()).isEqualTo("DE");
    }

    @Test
    void emailTldAloneIsOnlyWeak() {
        JurisdictionResult r = resolve(J.rec().pii("Email", "jane@example.de", "EMAIL"));
        assertThat(r.code()).isEqualTo(JurisdictionResult.UNKNOWN);
        assertThat(r.status()).isEqualTo(JurisdictionResult.Status.WEAK_ONLY);
        assertThat(r.candidates()).containsExactly("DE");
        assertThat(resolve(J.rec().pii("Email", "jane@example.io", "EMAIL")).status()).isEqualTo(JurisdictionResult.Status.NO_SIGNALS);
    }

    @Test
    void conflictsGiveUnknownWithCandidates() {
        JurisdictionResult r = resolve(J.rec().pii("Phone", "+44 20 7946 0958", "PHONE").pii("SSN", "536-22-1234", "US_SSN"));
        assertThat(r.code()).isEqualTo(JurisdictionResult.UNKNOWN);
        assertThat(r.status()).isEqualTo(JurisdictionResult.Status.CONFLICT);
        assertThat(r.candidates()).containsExactlyInAnyOrder("GB", "US");
        JurisdictionResult fields = resolve(J.rec().field("Country", "Germany").field("country_code", "FR"));
        assertThat(fields.code()).isEqualTo(JurisdictionResult.UNKNOWN);
        assertThat(fields.candidates()).containsExactlyInAnyOrder("DE", "FR");
        // state field and ZIP disagree: US, state unknown
        JurisdictionResult st = resolve(J.rec().field("State", "NY").field("State2", "Texas"));
        assertThat(st.code()).isEqualTo("US");
        assertThat(st.candidates()).containsExactlyInAnyOrder("US-NY", "US-TX");
    }

    @Test
    void residenceFieldsOutrankBillingAndWeakerSignalsOnlyLowerConfidence() {
        JurisdictionResult r = resolve(J.rec().field("MailingCountry", "US").field("MailingState", "WA").field("BillingCountry", "Canada"));
        assertThat(r.code()).isEqualTo("US-WA");
        assertThat(r.contradicting()).extracting(JurisdictionSignal::country).contains("CA");
        JurisdictionResult withPhone = resolve(J.rec().field("Country", "Germany").pii("Phone", "+44 20 7946 0958", "PHONE"));
        assertThat(withPhone.code()).isEqualTo("DE");
        assertThat(withPhone.confidence()).isLessThan(resolve(J.rec().field("Country", "Germany")).confidence());
        assertThat(withPhone.contradicting()).hasSize(1);
    }

    @Test
    void noSignalsIsUnknownNeverAGuess() {
        JurisdictionResult r = resolve(J.rec().field("Description", "hello"));
        assertThat(r.code()).isEqualTo(JurisdictionResult.UNKNOWN);
        assertThat(r.status()).isEqualTo(JurisdictionResult.Status.NO_SIGNALS);
        assertThat(r.confidence()).isZero();
    }

    @Test
    void explanationsAndSignalsCarryNoValues() {
        JurisdictionResult r = resolve(J.rec().field("Country", "US").field("zip", "94105").pii("Phone", "+1 415 555 0143", "PHONE"));
        assertThat(r.code()).isEqualTo("US-CA");
        assertThat(r.explanation()).doesNotContain("94105").doesNotContain("555");
        assertThat(r.deciding().toString() + r.contradicting()).doesNotContain("94105").doesNotContain("555");
    }
}

package io.piiscanner.core.jurisdiction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the 67 jurisdiction rules against its row of the reference CSV, an independent statement of the law:
 * every listed data element, with a name, makes a resident's record notifiable; without a name only where the
 * row says STANDALONE (or the law has no name requirement, or counts elements without a name when enough for
 * identity theft, which asks for review); elements the row does not list, and records without personal
 * data, never do; encrypted data follows the row's safe harbor; reserved test values are nobody's data.
 */
class EveryJurisdictionRuleTest {

    private static final NotificationAssessor ASSESSOR = new NotificationAssessor(J.PACK);

    static List<ReferenceRows.Row> rows() {
        return ReferenceRows.all();
    }

    /** How a record comes to hold each statutory element (detector findings, or field names where no detector exists). */
    private static final Map<String, Consumer<J.Rec>> HOLDS = Map.ofEntries(
            Map.entry("SSN", r -> r.pii("SSN", "536-22-1234", "US_SSN")),
            Map.entry("DRIVER_LICENSE", r -> r.pii("Driver_License", "D1234567", "US_DRIVER_LICENSE")),
            Map.entry("STATE_ID", r -> r.field("State_ID_Number", "S7719230")),
            Map.entry("PASSPORT", r -> r.pii("Passport", "X12345678", "US_PASSPORT")),
            Map.entry("TAX_ID", r -> r.pii("ITIN", "912-70-1234", "US_ITIN")),
            Map.entry("MILITARY_ID", r -> r.field("Military_ID", "M4412093")),
            Map.entry("STUDENT_ID", r -> r.field("Student_ID", "S-998877")),
            Map.entry("TRIBAL_ID", r -> r.field("Tribal_ID", "T-40021")),
            Map.entry("VOTER_ID", r -> r.field("Voter_ID", "V-7781")),
            Map.entry("OTHER_GOVT_ID", r -> r.pii("NINO", "AB123456C", "UK_NINO")),
            Map.entry("IRS_IP_PIN", r -> r.field("IRS_IP_PIN", "482913")),
            Map.entry("EMPLOYER_ID", r -> r.field("Employee_ID", "E-20931")),
            Map.entry("DIGITAL_SIGNATURE", r -> r.field("Digital_Signature", "MEUCIQDx")),
            Map.entry("PRIVATE_KEY", r -> r.pii("Signing_Key", "-----BEGIN PRIVATE KEY-----", "PRIVATE_KEY")),
            Map.entry("FINANCIAL_ACCOUNT_WITH_CODE", r -> r.pii("Bank_Account", "000123456789", "US_BANK_ACCOUNT").field("Account_PIN", "4821")),
            Map.entry("FINANCIAL_ACCOUNT_NO_CODE", r -> r.pii("Bank_Account", "000123456789", "US_BANK_ACCOUNT")),
            Map.entry("CARD_NUMBER_NO_CODE", r -> r.pii("Card", "4539 1488 0343 6467", "CREDIT_CARD")),
            Map.entry("CREDIT_CARD", r -> r.pii("Card", "4539 1488 0343 6467", "CREDIT_CARD").field("CVV", "123")),
            Map.entry("DEBIT_CARD", r -> r.pii("Card", "4539 1488 0343 6467", "CREDIT_CARD").field("CVV", "123")),
            Map.entry("FINANCIAL_ACCESS_CODE", r -> r.field("Account_PIN", "4821")),
            Map.entry("ELECTRONIC_ID_WITH_CODE", r -> r.field("Username", "jroe").field("Access_Code", "X9-2210")),
            Map.entry("USERNAME_WITH_PASSWORD", r -> r.field("Username", "jroe").field("Password", "s3cret!Q")),
            Map.entry("EMAIL_WITH_PASSWORD", r -> r.pii("Email", "jane.roe@example.org", "EMAIL").field("Password", "s3cret!Q")),
            Map.entry("MEDICAL", r -> r.field("Diagnosis", "asthma")),
            Map.entry("HEALTH_INSURANCE", r -> r.field("Health_Insurance_Policy_Number", "HIP-55120")),
            Map.entry("BIOMETRIC", r -> r.field("Biometric_Template", "AAECAwQF")),
            Map.entry("GENETIC", r -> r.field("DNA_Profile", "D8S1179:13")),
            Map.entry("DATE_OF_BIRTH", r -> r.pii("DOB", "1980-02-03", "DATE_OF_BIRTH")),
            Map.entry("MOTHERS_MAIDEN_NAME", r -> r.field("Mothers_Maiden_Name", "Smith")),
            Map.entry("ALPR_DATA", r -> r.field("ALPR_Read", "7ABC123 2026-01-02")),
            Map.entry("SHARED_SECRET_OR_TOKEN", r -> r.field("TOTP_Secret", "JBSWY3DPEHPK3PXP")),
            Map.entry("BIRTH_OR_MARRIAGE_CERT", r -> r.field("Birth_Certificate_Number", "1980-004411")),
            Map.entry("TAX_INFO", r -> r.field("Tax_Return", "2024 return")),
            Map.entry("EMPLOYMENT_EVALUATION", r -> r.field("Performance_Review", "meets expectations")),
            Map.entry("ANY_PERSONAL_DATA", r -> r.pii("Email", "jane.roe@example.org", "EMAIL")));

    /** A record of a resident of the row's jurisdiction (a state field, or a country field; DE for the EU; none for PCI). */
    private static J.Rec resident(ReferenceRows.Row row) {
        J.Rec r = J.rec();
        if (row.code().startsWith("US-")) {
            r.field("MailingState", row.code().substring(3));
        } else if (row.code().equals("EU")) {
            r.field("MailingCountry", "DE");
        } else if (!row.code().equals("PCI")) {
            r.field("MailingCountry", row.code());
        }
        return r;
    }

    private static RuleOutcome outcome(ReferenceRows.Row row, J.Rec r) {
        RecordAssessment a = ASSESSOR.assess(r.record(), r.findings);
        if (!row.code().equals("PCI")) {
            assertThat(a.jurisdiction().status()).as(row + " resolved").isEqualTo(JurisdictionResult.Status.RESOLVED);
        }
        RuleOutcome o = a.outcome(row.code()).orElseThrow(() -> new AssertionError(row + ": rule not applied to " + a.jurisdiction()));
        assertThat(o.plausibleOnly()).as(row + " applies for sure").isFalse();
        return o;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void thePackStatesWhatTheReferenceStates(ReferenceRows.Row row) {
        JurisdictionRule rule = J.PACK.rule(row.code()).orElseThrow(() -> new AssertionError("no rule " + row));
        assertThat(rule.requiresName()).as(row + " name requirement").isEqualTo(row.requiresName());
        List<String> packTokens = rule.elements().stream().map(JurisdictionRule.ElementRef::toString).toList();
        if (row.code().equals("PCI")) {
            // PCI DSS: any suspected compromise of card data, so the bare card number (documented in pci.yaml)
            assertThat(packTokens).containsExactly("CARD_NUMBER_NO_CODE");
        } else if (row.code().equals("US-DC")) {
            assertThat(packTokens).containsExactlyInAnyOrderElementsOf(
                    row.tokens().stream().filter(t -> !t.equals("NAME_OR_PHONE_OR_ADDRESS_OR_OTHER_IDENTIFIER")).toList());
            assertThat(rule.nameAlternatives()).containsExactlyInAnyOrder("PHONE", "POSTAL_ADDRESS", "EMAIL");
        } else {
            assertThat(packTokens).as(row + " elements").containsExactlyInAnyOrderElementsOf(row.tokens());
        }
        assertThat(rule.encryptionSafeHarbor().name().toLowerCase()).as(row + " safe harbor").isEqualTo(row.safeHarbor());
        assertThat(rule.sources()).as(row + " keeps every source of the reference row").containsAll(row.sources());
        assertThat(rule.notices()).as(row + " every notice names its source")
                .allSatisfy(n -> assertThat(rule.sources().contains(n.source()) || n.source().startsWith("https://")).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyListedElementWithANameIsNotifiable(ReferenceRows.Row row) {
        for (String el : row.elements()) {
            J.Rec r = resident(row).pii("Name", "Jane Roe", "PERSON_NAME");
            HOLDS.get(el).accept(r);
            RuleOutcome o = outcome(row, r);
            assertThat(o.outcome()).as(row + " name + " + el + ": " + o.reasons()).isEqualTo(Outcome.NOTIFIABLE);
            assertThat(o.triggering()).as(row + " " + el).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void withoutANameOnlyStandaloneElementsAreNotifiable(ReferenceRows.Row row) {
        for (String el : row.elements()) {
            J.Rec r = resident(row);
            HOLDS.get(el).accept(r);
            Outcome expected = !row.requiresName() || row.standalone(el) ? Outcome.NOTIFIABLE
                    : row.idTheftClause() ? Outcome.REVIEW : Outcome.NOT_NOTIFIABLE;
            if (row.code().equals("US-DC") && el.equals("EMAIL_WITH_PASSWORD")) {
                expected = Outcome.NOTIFIABLE; // standalone in DC anyway
            }
            RuleOutcome o = outcome(row, r);
            assertThat(o.outcome()).as(row + " " + el + " without a name: " + o.reasons()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void unlistedDataAndRecordsWithoutPersonalDataAreNotNotifiable(ReferenceRows.Row row) {
        // a name and an IP address: personal data, but no US statute (nor PCI DSS) lists it
        J.Rec nameAndIp = resident(row).pii("Name", "Jane Roe", "PERSON_NAME").pii("Last_Login_IP", "203.0.113.7", "IP_ADDRESS");
        Outcome expected = row.tokens().contains("ANY_PERSONAL_DATA") ? Outcome.NOTIFIABLE : Outcome.NOT_NOTIFIABLE;
        assertThat(outcome(row, nameAndIp).outcome()).as(row + " name + IP address").isEqualTo(expected);
        // nothing personal at all
        J.Rec nothing = resident(row).field("Order_Status", "shipped");
        assertThat(outcome(row, nothing).outcome()).as(row + " no personal data").isEqualTo(Outcome.NOT_NOTIFIABLE);
        // a network's reserved test card and an SSA advertising SSN are nobody's data
        J.Rec testValues = resident(row).pii("Name", "Jane Roe", "PERSON_NAME").test("Card", "4111 1111 1111 1111", "CREDIT_CARD")
                .field("CVV", "123").test("SSN", "078-05-1120", "US_SSN");
        RuleOutcome t = outcome(row, testValues);
        assertThat(t.triggering()).as(row + " test values").doesNotContain("SSN", "CREDIT_CARD", "CARD_NUMBER_NO_CODE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void encryptedDataFollowsTheSafeHarbor(ReferenceRows.Row row) {
        J.Rec r = resident(row);
        if (row.code().equals("PCI")) {
            r.encrypted("Card", "4539 1488 0343 6467", "CREDIT_CARD");
        } else if (row.tokens().contains("ANY_PERSONAL_DATA")) {
            r.encrypted("Email", "jane.roe@example.org", "EMAIL");
        } else {
            r.pii("Name", "Jane Roe", "PERSON_NAME").encrypted("SSN", "536-22-1234", "US_SSN");
        }
        Outcome expected = switch (row.safeHarbor()) {
            case "yes" -> Outcome.NOT_NOTIFIABLE;
            case "conditional" -> Outcome.REVIEW;
            default -> Outcome.NOTIFIABLE; // "no" (India) and "unconfirmed": no safe harbor shown
        };
        RuleOutcome o = outcome(row, r);
        assertThat(o.outcome()).as(row + " encrypted, safe harbor " + row.safeHarbor() + ": " + o.reasons()).isEqualTo(expected);
        // the key was taken too: encryption protects nothing
        RecordAssessment keysGone = new NotificationAssessor(J.PACK, true).assess(r.record(), r.findings);
        assertThat(keysGone.outcome(row.code()).orElseThrow().outcome()).as(row + " keys compromised").isEqualTo(Outcome.NOTIFIABLE);
    }

    @Test
    void dcTakesAPhoneNumberAddressOrEmailInPlaceOfAName() {
        ReferenceRows.Row dc = ReferenceRows.ROWS.get("US-DC");
        for (String el : dc.elements()) {
            J.Rec r = resident(dc).pii("Mobile", "(202) 555-0143", "PHONE");
            HOLDS.get(el).accept(r);
            assertThat(outcome(dc, r).outcome()).as("DC phone + " + el).isEqualTo(Outcome.NOTIFIABLE);
        }
        // Maryland does not: a phone is not a name there
        J.Rec md = J.rec().field("MailingState", "MD").pii("Mobile", "(301) 555-0143", "PHONE").pii("SSN", "536-22-1234", "US_SSN");
        assertThat(outcome(ReferenceRows.ROWS.get("US-MD"), md).outcome()).isEqualTo(Outcome.NOT_NOTIFIABLE);
    }

    @Test
    void theReferenceHasEveryRequiredJurisdiction() {
        assertThat(ReferenceRows.ROWS).hasSize(67);
        assertThat(J.PACK.rules()).extracting(JurisdictionRule::code).containsExactlyInAnyOrderElementsOf(ReferenceRows.ROWS.keySet());
    }
}

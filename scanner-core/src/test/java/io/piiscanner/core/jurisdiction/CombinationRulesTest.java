package io.piiscanner.core.jurisdiction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Combination logic per rule family: positive and negative cases for each. */
class CombinationRulesTest {

    private static final NotificationAssessor ASSESSOR = new NotificationAssessor(J.PACK);

    private static RecordAssessment assess(J.Rec r) {
        return ASSESSOR.assess(r.record(), r.findings);
    }

    private static Outcome outcome(J.Rec r, String rule) {
        return assess(r).outcome(rule).orElseThrow(() -> new AssertionError(rule + " not applied")).outcome();
    }

    // ---- US: name + element -----------------------------------------------------------------------

    @Test
    void nameAndSsnIsNotifiableInNewYork() {
        J.Rec r = J.rec().field("MailingState", "NY").pii("Name", "Jane Roe", "PERSON_NAME").pii("SSN__c", "536-22-1234", "US_SSN");
        RecordAssessment a = assess(r);
        assertThat(a.jurisdiction().code()).isEqualTo("US-NY");
        RuleOutcome ny = a.outcome("US-NY").orElseThrow();
        assertThat(ny.outcome()).isEqualTo(Outcome.NOTIFIABLE);
        assertThat(ny.triggering()).containsExactly("SSN");
        assertThat(a.notifiableUnder()).containsExactly("US-NY");
    }

    @Test
    void firstAndLastNameFieldsMakeANameButALastNameAloneDoesNot() {
        assertThat(outcome(J.rec().field("MailingState", "NY").field("FirstName", "Jane").field("LastName", "Roe")
                .pii("SSN__c", "536-22-1234", "US_SSN"), "US-NY")).isEqualTo(Outcome.NOTIFIABLE);
        assertThat(outcome(J.rec().field("MailingState", "NY").field("LastName", "Roe")
                .pii("SSN__c", "536-22-1234", "US_SSN"), "US-NY")).isEqualTo(Outcome.NOT_NOTIFIABLE);
    }

    @Test
    void ssnWithoutNameIsNotNotifiableWhereANameIsNeeded() {
        RuleOutcome ny = assess(J.rec().field("MailingState", "NY").pii("SSN__c", "536-22-1234", "US_SSN")).outcome("US-NY").orElseThrow();
        assertThat(ny.outcome()).isEqualTo(Outcome.NOT_NOTIFIABLE);
        assertThat(ny.withoutName()).containsExactly("SSN");
        assertThat(ny.reasons()).anyMatch(s -> s.contains("without a name"));
    }

    @Test
    void ssnAloneIsNotifiableInIndiana() {
        assertThat(outcome(J.rec().field("MailingState", "Indiana").pii("SSN__c", "536-22-1234", "US_SSN"), "US-IN")).isEqualTo(Outcome.NOTIFIABLE);
    }

    @Test
    void emailAndPasswordAreStandaloneInCalifornia() {
        J.Rec r = J.rec().field("State", "California").pii("Email", "jane@example.org", "EMAIL").field("Password__c", "hunter2");
        assertThat(outcome(r, "US-CA")).isEqualTo(Outcome.NOTIFIABLE);
        // Alabama lists e-mail + password but only with a name
        J.Rec al = J.rec().field("State", "AL").pii("Email", "jane@example.org", "EMAIL").field("Password__c", "hunter2");
        assertThat(outcome(al, "US-AL")).isEqualTo(Outcome.NOT_NOTIFIABLE);
        // an e-mail without a password is nothing in California
        assertThat(outcome(J.rec().field("State", "CA").pii("Email", "jane@example.org", "EMAIL"), "US-CA")).isEqualTo(Outcome.NOT_NOTIFIABLE);
    }

    @Test
    void cardNeedsItsCodeUnlessTheStatuteSaysOtherwise() {
        // NY: card number without a code is not an element (only bank account numbers without code are)
        assertThat(outcome(J.rec().field("State", "NY").pii("Name", "Jane Roe", "PERSON_NAME").pii("Card", "4111 1111 1111 1111", "CREDIT_CARD"), "US-NY"))
                .isEqualTo(Outcome.NOT_NOTIFIABLE);
        assertThat(outcome(J.rec().field("State", "NY").pii("Name", "Jane Roe", "PERSON_NAME").pii("Card", "4111 1111 1111 1111", "CREDIT_CARD")
                .field("CVV", "123"), "US-NY")).isEqualTo(Outcome.NOTIFIABLE);
        // CT: CARD_NUMBER_NO_CODE
        assertThat(outcome(J.rec().field("State", "CT").pii("Name", "Jane Roe", "PERSON_NAME").pii("Card", "4111 1111 1111 1111", "CREDIT_CARD"), "US-CT"))
                .isEqualTo(Outcome.NOTIFIABLE);
        // CO: account/card + code triggers without a name
        assertThat(outcome(J.rec().field("State", "CO").pii("Card", "4111 1111 1111 1111", "CREDIT_CARD").field("card_security_code", "123"), "US-CO"))
                .isEqualTo(Outcome.NOTIFIABLE);
    }

    @Test
    void pciAppliesToEveryCardWhateverTheJurisdiction() {
        RecordAssessment a = assess(J.rec().pii("Card", "4111 1111 1111 1111", "CREDIT_CARD"));
        assertThat(a.jurisdiction().isKnown()).isFalse();
        assertThat(a.outcome("PCI").orElseThrow().outcome()).isEqualTo(Outcome.NOTIFIABLE);
        assertThat(a.outcome("PCI").orElseThrow().plausibleOnly()).isFalse();
        assertThat(outcome(J.rec().field("Country", "DE").pii("Email", "a@b.de", "EMAIL"), "PCI")).isEqualTo(Outcome.NOT_NOTIFIABLE);
    }

    @Test
    void encryptedCardUnderASafeHarborIsNotNotifiable() {
        J.Rec r = J.rec().field("State", "NY").pii("Name", "Jane Roe", "PERSON_NAME").encrypted("Card", "4111 1111 1111 1111", "CREDIT_CARD").field("CVV", "123");
        RuleOutcome ny = assess(r).outcome("US-NY").orElseThrow();
        assertThat(ny.outcome()).isEqualTo(Outcome.NOT_NOTIFIABLE);
        assertThat(ny.reasons()).anyMatch(s -> s.contains("safe harbor"));
        // Tennessee's safe harbor is conditional: review
        J.Rec tn = J.rec().field("State", "TN").pii("Name", "Jane Roe", "PERSON_NAME").encrypted("Card", "4111 1111 1111 1111", "CREDIT_CARD").field("CVV", "123");
        assertThat(outcome(tn, "US-TN")).isEqualTo(Outcome.REVIEW);
        // the key was stolen too: no safe harbor
        NotificationAssessor keysGone = new NotificationAssessor(J.PACK, true);
        assertThat(keysGone.assess(r.record(), r.findings).outcome("US-NY").orElseThrow().outcome()).isEqualTo(Outcome.NOTIFIABLE);
    }

    @Test
    void maskedOrPlaceholderCredentialsExposeNothing() {
        for (String placeholder : new String[]{"********", "xxxx", "[REDACTED]", "null", "N/A", " "}) {
            J.Rec r = J.rec().field("State", "CA").pii("Email", "jane@example.org", "EMAIL").field("Password", placeholder);
            assertThat(outcome(r, "US-CA")).as(placeholder).isEqualTo(Outcome.NOT_NOTIFIABLE);
        }
        J.Rec real = J.rec().field("State", "CA").pii("Email", "jane@example.org", "EMAIL").field("Password", "x8#kP2!q");
        assertThat(outcome(real, "US-CA")).isEqualTo(Outcome.NOTIFIABLE);
    }

    @Test
    void testDataCountsAsProtected() {
        J.Rec r = J.rec().field("State", "NY").pii("Name", "Jane Roe", "PERSON_NAME").test("SSN", "078-05-1120", "US_SSN");
        assertThat(outcome(r, "US-NY")).isEqualTo(Outcome.NOT_NOTIFIABLE);
        assertThat(assess(r).subjectKeys()).isEmpty();
    }

    @Test
    void identityTheftClauseAsksForReviewWithoutName() {
        assertThat(outcome(J.rec().field("State", "GA").pii("SSN", "536-22-1234", "US_SSN"), "US-GA")).isEqualTo(Outcome.REVIEW);
        assertThat(outcome(J.rec().field("State", "GA").pii("Name", "Jane Roe", "PERSON_NAME").pii("SSN", "536-22-1234", "US_SSN"), "US-GA"))
                .isEqualTo(Outcome.NOTIFIABLE);
    }

    @Test
    void dcAcceptsAPhoneNumberInPlaceOfAName() {
        assertThat(outcome(J.rec().field("State", "DC").pii("Phone", "(202) 555-0143", "PHONE").pii("SSN", "536-22-1234", "US_SSN"), "US-DC"))
                .isEqualTo(Outcome.NOTIFIABLE);
        assertThat(outcome(J.rec().field("State", "MD").pii("Phone", "(301) 555-0143", "PHONE").pii("SSN", "536-22-1234", "US_SSN"), "US-MD"))
                .isEqualTo(Outcome.NOT_NOTIFIABLE);
    }

    @Test
    void usernameAndPasswordInPuertoRicoNeedAName() {
        J.Rec r = J.rec().field("Country", "Puerto Rico").field("Username", "jroe").field("Password", "Tr0ub4dor");
        assertThat(outcome(r, "US-PR")).isEqualTo(Outcome.NOT_NOTIFIABLE);
        r = J.rec().field("Country", "Puerto Rico").pii("Name", "Jane Roe", "PERSON_NAME").field("Username", "jroe").field("Password", "Tr0ub4dor");
        assertThat(outcome(r, "US-PR")).isEqualTo(Outcome.NOTIFIABLE);
    }

    @Test
    void dateOfBirthOnlyWhereListed() {
        assertThat(outcome(J.rec().field("State", "ND").pii("Name", "Jane Roe", "PERSON_NAME").pii("DOB", "1980-02-03", "DATE_OF_BIRTH"), "US-ND"))
                .isEqualTo(Outcome.NOTIFIABLE);
        assertThat(outcome(J.rec().field("State", "OH").pii("Name", "Jane Roe", "PERSON_NAME").pii("DOB", "1980-02-03", "DATE_OF_BIRTH"), "US-OH"))
                .isEqualTo(Outcome.NOT_NOTIFIABLE);
    }

    // ---- any-personal-data regimes ------------------------------------------------------------------

    @Test
    void gdprTriggersOnAnyPersonalDataButReviewsEncryptedOnly() {
        assertThat(outcome(J.rec().field("Land", "Deutschland").pii("Email", "a@b.de", "EMAIL"), "EU")).isEqualTo(Outcome.NOTIFIABLE);
        assertThat(outcome(J.rec().field("Land", "Deutschland").encrypted("Email", "a@b.de", "EMAIL"), "EU")).isEqualTo(Outcome.REVIEW);
        assertThat(outcome(J.rec().field("Land", "Deutschland").field("Notes", "nothing personal"), "EU")).isEqualTo(Outcome.NOT_NOTIFIABLE);
    }

    @Test
    void everyNonUsRegimeTriggersOnPersonalData() {
        for (String c : new String[]{"GB", "CH", "CA", "BR", "AU", "NZ", "JP", "SG", "IN", "KR", "ZA"}) {
            RecordAssessment a = assess(J.rec().field("Country", c).pii("Phone", "12345", "PHONE"));
            assertThat(a.outcome(c)).as(c).isPresent();
            assertThat(a.outcome(c).orElseThrow().outcome()).as(c).isEqualTo(Outcome.NOTIFIABLE);
        }
        // India has no safe harbor: encrypted data still triggers
        assertThat(outcome(J.rec().field("Country", "India").encrypted("Email", "a@b.in", "EMAIL"), "IN")).isEqualTo(Outcome.NOTIFIABLE);
    }

    // ---- unknown jurisdiction: plausible rules ------------------------------------------------------

    @Test
    void usRecordWithoutStateIsEvaluatedAgainstEveryStateAsPlausible() {
        RecordAssessment a = assess(J.rec().pii("SSN", "536-22-1234", "US_SSN"));
        assertThat(a.jurisdiction().code()).isEqualTo("US");
        assertThat(a.outcome("US-IN").orElseThrow().plausibleOnly()).isTrue();
        assertThat(a.outcome("US-IN").orElseThrow().outcome()).isEqualTo(Outcome.NOTIFIABLE);
        assertThat(a.outcome("US-NY").orElseThrow().outcome()).isEqualTo(Outcome.NOT_NOTIFIABLE);
        assertThat(a.notifiable()).isFalse();
    }
}

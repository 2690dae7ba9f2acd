package io.piiscanner.core.detect;

import io.piiscanner.core.Scanner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which words around a value label it, as people and systems write labels: before the value, in code-style keys,
 * and not when the word after the value is the label of the next line or of a value of its own.
 */
class ContextWordsTest {

    private static final Scanner SCANNER = Scanner.builder().build();

    private static List<String> found(String text) {
        return SCANNER.scan(text).stream()
                .map(f -> f.entity() + "=" + text.substring(f.start(), f.end()))
                .toList();
    }

    @Test
    void aLabelOnTheNextLineBelongsToTheValueThere() {
        assertThat(found("Form submission #423967776 (2025-03-15T16:55:13+01:00)\nSocial Security: 268-48-5868"))
                .containsExactly("US_SSN=268-48-5868");
    }

    @Test
    void aWordAfterTheValueThatIsFollowedByAValueOfItsOwnLabelsThatOne() {
        // "NIF/NIE" names the next value; it says nothing against the phone number before it
        assertThat(found("localizable en el +34943759776. NIF/NIE 55555295Z"))
                .containsExactly("PHONE=+34943759776", "ES_NIF=55555295Z");
        assertThat(found("Kunde erreichbar unter +48500864205, PESEL-Nummer 99072074813."))
                .containsExactly("PHONE=+48500864205", "PL_PESEL=99072074813");
    }

    @Test
    void aWordInTheNextSentenceSaysNothingOfTheValue() {
        // "SSN" speaks against a card number, but it is about the next sentence's subject
        String text = "The card ending in 4942 is lost, the new one is 4192-0852-0294-8460. I don't have an SSN.";
        assertThat(found(text)).containsExactly("CREDIT_CARD=4192-0852-0294-8460");
        assertThat(found("the new one is 4192-0852-0294-8460, not my SSN")).isEmpty();
    }

    @Test
    void aWordThatLabelsAValueOfItsOwnOnAnEarlierLineOrInAnEarlierSentenceSaysNothingOfTheValue() {
        assertThat(found("RE: Invoice INV-2023-6838\n\nPlease charge 4671 2442 5039 8074 plus the fee."))
                .containsExactly("CREDIT_CARD=4671 2442 5039 8074");
        assertThat(found("IBAN: NO8112060714742. Please charge 4430418083503090 today."))
                .containsExactly("IBAN=NO8112060714742", "CREDIT_CARD=4430418083503090");
        // on the same line and in the same sentence, the invoice word still speaks against what follows it
        assertThat(found("Invoice INV-2023-6838 and 4671 2442 5039 8074")).isEmpty();
    }

    @Test
    void aWordBeforeTheValueThatLabelsANumberOfItsOwnDoesNotVouchForTheValue() {
        // a Kafka consumer-group table: the topic's "contact" labels the partition, not the offsets after it
        assertThat(found("crm-sync  sf.cdc.contact   2          47380446         47381336         890")).isEmpty();
        // with nothing between them, "contact" vouches for the number; an id-card word before it still loses to it
        assertThat(found("Amit Kumar, NRIC S7021374E, DOB 20/10/1970, contact +65 9670 7409"))
                .contains("PHONE=+65 9670 7409");
        // the first groups of an IBAN, or a form's name ("W-9"), are no number of their own: the label still counts
        assertThat(found("Priya Patel asked for a callback. SSN on the W-9 is 499-30-7963."))
                .containsExactly("US_SSN=499-30-7963");
    }

    @Test
    void aSnakeCaseKeyAfterTheValueLabelsItsOwnValue() {
        assertThat(found("Passport_Number__c=G62834019 Drivers_License__c=T39212850"))
                .containsExactly("US_PASSPORT=G62834019", "US_DRIVER_LICENSE=T39212850");
    }

    @Test
    void aLabelAfterTheValueDoesNotReachIntoTheNextSentence() {
        // German puts "geboren" after the date; the next sentence's date is not what it labels
        assertThat(found("Kunde ist am 10. Oktober 1958 geboren. Rückruf am 20.01.2024 geplant."))
                .containsExactly("DATE_OF_BIRTH=10. Oktober 1958");
    }

    @Test
    void theClosingTagOfAnotherElementIsNoLabel() {
        // "</PhoneNo>" closes the next element, not the one the customer number is in
        assertThat(found("<kunde nr=\"17794819\"><PhoneNo>+49 (0)1510 8552064</PhoneNo>"))
                .containsExactly("PHONE=+49 (0)1510 8552064");
    }

    @Test
    void aWordAfterTheValueWithNothingAfterItStillCounts() {
        assertThat(found("8245 2078 1053 is my Aadhaar")).containsExactly("IN_AADHAAR=8245 2078 1053");
        assertThat(found("8245 2078 1053 is my order")).isEmpty();
    }

    @Test
    void theLongerPhraseDecidesAtTheSameDistance() {
        // "card" alone speaks against an Aadhaar number; "Aadhaar card" is the document's name
        assertThat(found("Aadhaar card no. 8245 2078 1053.")).containsExactly("IN_AADHAAR=8245 2078 1053");
    }

    @Test
    void keysInCamelSnakeAndKebabCaseAreLabels() {
        assertThat(found("<BSNNumber>313781515</BSNNumber>")).containsExactly("NL_BSN=313781515");
        assertThat(found("<UIDNumber>855613694269</UIDNumber>")).containsExactly("IN_AADHAAR=855613694269");
        assertThat(found("SS_NO=070-79-5717")).containsExactly("US_SSN=070-79-5717");
        assertThat(found("crm.contact.ss-no=440632465")).containsExactly("US_SSN=440632465");
    }

    @Test
    void aColumnNamedForTheEntityStandsForItsContextWords() {
        // a Singapore number in a phone column: the column, like a phone word, lets the fallback regions read it
        assertThat(found("Id;Phone__c;Status\n02sHn0000964Qv2IAE;6831 1090;Pending")).containsExactly("PHONE=6831 1090");
        assertThat(found("Id,Date de naissance,Owner\n0682E000053jPQ8QAM,1997-01-17,API Sync"))
                .containsExactly("DATE_OF_BIRTH=1997-01-17");
    }

    @Test
    void aPassportElementIsNotAPasswordElement() {
        assertThat(found("<PassportNum>Q77357743</PassportNum>")).containsExactly("US_PASSPORT=Q77357743");
        assertThat(found("<DbPass>Tr0ub4dor&3</DbPass>")).containsExactly("PASSWORD=Tr0ub4dor&3");
    }
}

package io.piiscanner.core.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FieldNamesTest {

    @ParameterizedTest
    @CsvSource({
            "DateOfBirth, date of birth",
            "date_of_birth, date of birth",
            "Date_of_Birth__c, date of birth",
            "SSNNumber, ssn number",
            "contact.mailingAddress, contact mailing address",
            "address2, address 2",
    })
    void splitsEveryNamingStyleIntoWords(String name, String words) {
        assertThat(FieldNames.words(name)).containsExactly(words.split(" "));
    }

    @ParameterizedTest
    @CsvSource({
            "customer_ssn, ssn, true",
            "dateofbirth, date of birth, true",
            "Birth_Date__c, date of birth, false",
            "lesson_count, ssn, false",
    })
    void matchesPhrasesAsWholeWordSequences(String field, String phrase, boolean expected) {
        assertThat(FieldNames.containsPhrase(FieldNames.words(field), List.of(phrase.split(" ")))).isEqualTo(expected);
    }
}

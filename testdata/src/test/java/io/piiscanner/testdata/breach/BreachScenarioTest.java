package io.piiscanner.testdata.breach;

import io.piiscanner.testdata.breach.BreachScenario.Channel;
import io.piiscanner.testdata.breach.BreachScenario.El;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic incident is reproducible, links every person's records by e-mail, and its truth adds up. */
class BreachScenarioTest {

    private static final BreachScenario S = BreachScenario.generate(20261126L, 160);

    @Test
    void theSameSeedGivesTheSameIncident() {
        BreachScenario again = BreachScenario.generate(20261126L, 160);
        assertThat(again.files()).isEqualTo(S.files());
        assertThat(again.tables()).isEqualTo(S.tables());
        assertThat(again.truth(EnumSet.allOf(Channel.class))).isEqualTo(S.truth(EnumSet.allOf(Channel.class)));
    }

    @Test
    void identifiersAreUniquePerPersonAndEveryPersonIsInTheScannedChannels() {
        Set<String> emails = new HashSet<>();
        Set<String> ssns = new HashSet<>();
        for (BreachScenario.Person p : S.people()) {
            assertThat(emails.add(p.email())).as(p.email()).isTrue();
            if (p.ssn() != null) {
                assertThat(ssns.add(p.ssn())).isTrue();
            }
            assertThat(S.records()).as("person " + p.id()).anyMatch(r -> r.person() == p && r.channel() != Channel.SALESFORCE);
        }
        // every record carries the person's e-mail: the scanner can link all of a person's records
        assertThat(S.records()).allMatch(r -> r.elements().contains(El.EMAIL));
        // every file row and table row is a record of the truth
        long fileRows = S.files().values().stream().mapToLong(c -> c.lines().count()).sum() - 2; // two CSV headers
        assertThat(S.records().stream().filter(r -> r.channel() == Channel.FILES).count()).isEqualTo(fileRows);
        assertThat(S.records().stream().filter(r -> r.channel() == Channel.STAGING).count())
                .isEqualTo(S.tables().stream().mapToLong(t -> t.rows().size()).sum());
    }

    @Test
    void theTruthAddsUp() {
        BreachScenario.Truth t = S.truth(EnumSet.of(Channel.STAGING, Channel.FILES));
        assertThat(t.recordsByJurisdiction().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(t.records());
        // a person sits in one jurisdiction, or in "US"/"UNKNOWN" as well when no record states the residence
        assertThat(t.subjectsByJurisdiction().values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(t.distinctSubjects());
        assertThat(t.notifiableSubjectsByRule()).containsKeys("EU", "GB", "BR", "US-CA", "US-NY", "US-TX", "US-CO", "PCI");
        // adding the Salesforce channel states more residences: fewer people of unknown residence
        BreachScenario.Truth all = S.truth(EnumSet.allOf(Channel.class));
        assertThat(all.records()).isGreaterThan(t.records());
        assertThat(all.distinctSubjects()).isEqualTo(t.distinctSubjects());
        assertThat(all.subjectsByJurisdiction().getOrDefault("UNKNOWN", 0L)).isLessThanOrEqualTo(t.subjectsByJurisdiction().get("UNKNOWN"));
    }

    @Test
    void theLegalTruthIsWrittenFromTheReference() {
        assertThat(BreachScenario.notifiable("US-CA", EnumSet.of(El.EMAIL, El.PASSWORD))).isTrue();   // STANDALONE in CA
        assertThat(BreachScenario.notifiable("US-TX", EnumSet.of(El.EMAIL, El.PASSWORD))).isFalse();  // not listed in TX
        assertThat(BreachScenario.notifiable("US-CO", EnumSet.of(El.EMAIL, El.CARD, El.CARD_CODE))).isTrue(); // STANDALONE in CO
        assertThat(BreachScenario.notifiable("US-NY", EnumSet.of(El.EMAIL, El.CARD, El.CARD_CODE))).isFalse(); // needs a name
        assertThat(BreachScenario.notifiable("US-NY", EnumSet.of(El.EMAIL, El.SSN))).isFalse();
        assertThat(BreachScenario.notifiable("EU", EnumSet.of(El.EMAIL))).isTrue();
        assertThat(BreachScenario.notifiable("PCI", EnumSet.of(El.EMAIL))).isFalse();
    }
}

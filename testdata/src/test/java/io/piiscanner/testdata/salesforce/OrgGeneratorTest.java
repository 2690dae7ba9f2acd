package io.piiscanner.testdata.salesforce;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The org's size knobs and seeded determinism: the same seed and sizes give the same org, and the objects added
 * later (Event, Individual, ContactPoint*, Opportunity, Note) leave every row of the others as it was.
 */
class OrgGeneratorTest {

    static final Set<String> ADDED = Set.of("Event", "Individual", "ContactPointEmail", "ContactPointPhone",
            "ContactPointAddress", "ContactPointTypeConsent", "Opportunity", "Note");

    static List<List<String>> rows(EmulatedOrg org, String object) {
        return org.table(object).rows().stream().map(Arrays::asList).toList();
    }

    @Test
    void sameSeedAndSizesGiveTheSameOrg() {
        EmulatedOrg a = OrgGenerator.generate(3, OrgGenerator.Size.tiny());
        EmulatedOrg b = OrgGenerator.generate(3, OrgGenerator.Size.tiny());
        for (EmulatedOrg.SObjectTable t : a.tables()) {
            assertThat(rows(b, t.def().name())).as(t.def().name()).isEqualTo(rows(a, t.def().name()));
        }
        assertThat(b.truth().rowCounts(true)).isEqualTo(a.truth().rowCounts(true));
        assertThat(OrgGenerator.generate(4, OrgGenerator.Size.tiny()).table("Event").rows().get(0))
                .isNotEqualTo(a.table("Event").rows().get(0));
    }

    @Test
    void addedObjectsLeaveTheOtherObjectsUnchanged() {
        OrgGenerator.Size s = OrgGenerator.Size.small();
        OrgGenerator.Size without = new OrgGenerator.Size(s.contacts(), s.deletedContacts(), s.leads(), s.businessAccounts(),
                s.personAccounts(), s.users(), s.cases(), s.caseComments(), s.emailMessages(), s.tasks(), s.orders(),
                s.legacyImports());
        EmulatedOrg with = OrgGenerator.generate(11, s);
        EmulatedOrg before = OrgGenerator.generate(11, without);
        for (EmulatedOrg.SObjectTable t : before.tables()) {
            String name = t.def().name();
            if (ADDED.contains(name)) {
                assertThat(t.size()).as(name).isZero();
                assertThat(with.table(name).size()).as(name).isPositive();
            } else if (name.equals("FieldPermissions") || name.equals("FieldDefinition")) {
                // the added objects' rows come after the others'
                assertThat(rows(with, name).subList(0, t.size())).as(name).isEqualTo(rows(before, name));
            } else {
                assertThat(rows(with, name)).as(name).isEqualTo(rows(before, name));
            }
        }
        assertThat(others(with.truth().rowCounts(true))).isEqualTo(before.truth().rowCounts(true));
        assertThat(with.truth().privilegedUsers()).isEqualTo(before.truth().privilegedUsers());
    }

    private static Map<GroundTruth.Key, Long> others(Map<GroundTruth.Key, Long> counts) {
        return counts.entrySet().stream().filter(e -> !ADDED.contains(e.getKey().object()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x, TreeMap::new));
    }

    @Test
    void sizeKnobsSetTheRowCounts() {
        OrgGenerator.Size s = OrgGenerator.Size.tiny().withMore(7, 9, 11, 13, 5, 6, 8, 10);
        EmulatedOrg org = OrgGenerator.generate(2, s);
        Map<String, Integer> sizes = new TreeMap<>();
        ADDED.forEach(o -> sizes.put(o, org.table(o).size()));
        assertThat(sizes).isEqualTo(Map.of("Event", 7, "Individual", 9, "ContactPointEmail", 11, "ContactPointPhone", 13,
                "ContactPointAddress", 5, "ContactPointTypeConsent", 6, "Opportunity", 8, "Note", 10));
        // the benchmark's org: Contacts only, the added objects exist but are empty
        EmulatedOrg bench = OrgGenerator.generate(7, OrgGenerator.Size.contactsOnly(50));
        assertThat(bench.table("Contact").size()).isEqualTo(50);
        ADDED.forEach(o -> assertThat(bench.table(o).size()).as(o).isZero());
        // every contact point points at an Individual of the org
        Set<String> individuals = org.table("Individual").rows().stream().map(r -> org.table("Individual").id(r))
                .collect(Collectors.toSet());
        for (String cp : List.of("ContactPointEmail", "ContactPointPhone", "ContactPointAddress")) {
            EmulatedOrg.SObjectTable t = org.table(cp);
            assertThat(t.rows()).allSatisfy(r -> assertThat(individuals).contains(t.value(r, "ParentId")));
        }
    }
}

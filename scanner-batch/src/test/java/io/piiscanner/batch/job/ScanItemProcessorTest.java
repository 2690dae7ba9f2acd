package io.piiscanner.batch.job;

import io.piiscanner.core.model.FieldValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record's present and scanned field names are the same sets as computed record by record, and records with the
 * same fields and the same blank fields share one instance of each (what keeps a chunk in flight small).
 */
class ScanItemProcessorTest {

    static List<FieldValue> fields(String[] names, Random rnd) {
        List<FieldValue> out = new ArrayList<>();
        for (String n : names) {
            int k = rnd.nextInt(4);
            out.add(FieldValue.of(n, k == 0 ? null : k == 1 ? " \t" : "v" + rnd.nextInt(9)));
        }
        return out;
    }

    static Set<String> naivePresent(List<FieldValue> fields) {
        Set<String> s = new LinkedHashSet<>();
        fields.forEach(f -> s.add(f.name()));
        return s;
    }

    static Set<String> naiveScanned(List<FieldValue> fields) {
        Set<String> s = new LinkedHashSet<>();
        fields.stream().filter(f -> f.value() != null && !f.value().isBlank()).forEach(f -> s.add(f.name()));
        return s;
    }

    @Test
    void fieldSetsAreTheRecordsOwnAndSharedBetweenRecordsOfTheSamePattern() {
        Random rnd = new Random(2);
        ScanItemProcessor.FieldSets sets = new ScanItemProcessor.FieldSets();
        String[] table = {"id", "email", "phone", "notes"};
        String[] other = {"id", "email", "dup", "dup"}; // another container, a repeated name
        String[] wide = new String[70];
        for (int i = 0; i < wide.length; i++) {
            wide[i] = "c" + i;
        }
        for (int i = 0; i < 3_000; i++) {
            String[] names = i % 500 < 400 ? table : i % 500 < 490 ? other : wide;
            List<FieldValue> f = fields(names, rnd);
            Set<String> present = sets.present(f);
            Set<String> scanned = sets.scanned(f);
            assertThat(present).containsExactlyElementsOf(naivePresent(f));
            assertThat(scanned).containsExactlyElementsOf(naiveScanned(f));
            if (names != wide) {
                assertThat(sets.present(f)).isSameAs(present);
                assertThat(sets.scanned(f)).isSameAs(scanned);
            }
        }
    }
}

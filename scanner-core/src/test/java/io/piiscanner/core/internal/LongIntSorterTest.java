package io.piiscanner.core.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The external sort behind the breach-notification aggregate: every distinct entry once, in order, however it spilled. */
class LongIntSorterTest {

    @TempDir
    Path dir;

    private record Entry(long key, int value) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry o) {
            int c = Long.compare(key, o.key);
            return c != 0 ? c : Integer.compare(value, o.value);
        }
    }

    private static List<Entry> read(LongIntSorter sorter) {
        List<Entry> out = new ArrayList<>();
        try (LongIntSorter.Cursor c = sorter.cursor()) {
            while (c.next()) {
                out.add(new Entry(c.key(), c.value()));
            }
        }
        return out;
    }

    @Test
    void entriesComeOutByKeyThenValueEachDistinctOneOnceWhetherTheyFitInMemoryOrSpilledAcrossMergeLevels() {
        for (int buffered : new int[] {1 << 20, 1000, 50}) {
            Random rnd = new Random(buffered);
            TreeSet<Entry> expected = new TreeSet<>();
            try (LongIntSorter sorter = new LongIntSorter(dir, buffered)) {
                for (int i = 0; i < 12_000; i++) {
                    // few keys and values: many duplicates and runs of equal keys, and negative keys (hashes)
                    long key = rnd.nextInt(3) == 0 ? rnd.nextLong() : rnd.nextInt(500) - 250;
                    int value = rnd.nextInt(40);
                    sorter.add(key, value);
                    expected.add(new Entry(key, value));
                }
                if (buffered == 50) {
                    // 240 runs: merged level by level, never more than FAN_IN - 1 of a level left
                    assertThat(sorter.runCount()).isGreaterThan(1).isLessThan(5 * LongIntSorter.FAN_IN);
                } else if (buffered == 1 << 20) {
                    assertThat(sorter.runCount()).isZero();
                }
                assertThat(read(sorter)).as("buffer of %d", buffered).containsExactlyElementsOf(expected);
                assertThat(read(sorter)).as("a second reading").containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void sortedAndReverseSortedInputAndAllEqualEntriesSortInPlace() {
        int n = 50_000;
        long[] keys = new long[n];
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = n - i;
            values[i] = i % 3;
        }
        assertThat(LongIntSorter.sortUnique(keys, values, n)).isEqualTo(n);
        for (int i = 1; i < n; i++) {
            assertThat(keys[i]).isGreaterThan(keys[i - 1]);
        }
        java.util.Arrays.fill(keys, 42);
        java.util.Arrays.fill(values, 7);
        assertThat(LongIntSorter.sortUnique(keys, values, n)).isEqualTo(1);
    }

    @Test
    void closingRemovesEveryRunFileAndAddingAfterReadingIsRefused() throws Exception {
        LongIntSorter sorter = new LongIntSorter(dir, 4);
        for (int i = 0; i < 100; i++) {
            sorter.add(i % 13, i);
        }
        assertThat(files(dir)).isPositive();
        read(sorter);
        assertThatThrownBy(() -> sorter.add(1, 1)).isInstanceOf(IllegalStateException.class);
        sorter.close();
        assertThat(files(dir)).isZero();
    }

    @Test
    void aBufferOfFewerThanTwoEntriesIsRefusedAtConstruction() {
        assertThatThrownBy(() -> new LongIntSorter(dir, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2");
    }

    private static long files(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}

package io.piiscanner.batch.job;

import io.piiscanner.batch.source.ContainerStatus;
import io.piiscanner.batch.store.StoredContainer;

import java.util.List;
import java.util.Map;

/**
 * How far a run's scan step is, from its containers and the partitions that have an outcome: what the console
 * line of the local scan ({@link Progress}) and of the remote manager both print. Containers that discovery
 * skipped or failed do not count.
 *
 * @param expectedRows the rows present in all counted containers; meaningful only when {@code rowsKnown}
 */
public record PartitionTally(int containers, int containersDone, int partitions, int partitionsDone,
                             long expectedRows, boolean rowsKnown) {

    public static PartitionTally of(List<StoredContainer> all, Map<Integer, List<String[]>> outcomes) {
        int containers = 0;
        int containersDone = 0;
        int partitions = 0;
        int partitionsDone = 0;
        long expected = 0;
        boolean known = true;
        for (StoredContainer c : all) {
            if (c.status() != ContainerStatus.PENDING) {
                continue;
            }
            containers++;
            partitions += c.partitions();
            int done = finished(c, outcomes);
            partitionsDone += done;
            containersDone += done == c.partitions() ? 1 : 0;
            if (c.rowsPresent() >= 0) {
                expected += c.rowsPresent();
            } else {
                known = false;
            }
        }
        return new PartitionTally(containers, containersDone, partitions, partitionsDone, expected, known);
    }

    /** The partitions of {@code c} that have an outcome. */
    public static int finished(StoredContainer c, Map<Integer, List<String[]>> outcomes) {
        return Math.min(c.partitions(), outcomes.getOrDefault(c.id(), List.of()).size());
    }
}

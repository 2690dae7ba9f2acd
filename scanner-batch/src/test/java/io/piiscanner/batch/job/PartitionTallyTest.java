package io.piiscanner.batch.job;

import io.piiscanner.batch.source.ContainerKind;
import io.piiscanner.batch.source.ContainerStatus;
import io.piiscanner.batch.store.StoredContainer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's "containers done / partitions done / ETA" arithmetic, shared by the local scan and the manager. */
class PartitionTallyTest {

    private static StoredContainer container(int id, ContainerStatus status, long rows, int partitions) {
        return new StoredContainer(id, "pg", "public.t" + id, ContainerKind.TABLE, status, null, rows, partitions, List.of(), null);
    }

    private static List<String[]> outcomes(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> new String[] {"p" + i, "SCANNED"}).toList();
    }

    @Test
    void countsPendingContainersAndTheirFinishedPartitionsOnly() {
        List<StoredContainer> all = List.of(container(1, ContainerStatus.PENDING, 1_000, 2),
                container(2, ContainerStatus.PENDING, 5_000, 3), container(3, ContainerStatus.SKIPPED, 9_999, 1));
        PartitionTally t = PartitionTally.of(all, Map.of(1, outcomes(2), 2, outcomes(1), 3, outcomes(1)));
        assertThat(t).isEqualTo(new PartitionTally(2, 1, 5, 3, 6_000, true));
    }

    @Test
    void aContainerOfUnknownSizeMakesTheRowCountUnknownAndExtraOutcomesDoNotOvercount() {
        List<StoredContainer> all = List.of(container(1, ContainerStatus.PENDING, -1, 1),
                container(2, ContainerStatus.PENDING, 10, 1));
        // a re-run partition can leave two outcomes for one partition
        PartitionTally t = PartitionTally.of(all, Map.of(1, outcomes(2)));
        assertThat(t.rowsKnown()).isFalse();
        assertThat(t.partitionsDone()).isEqualTo(1);
        assertThat(t.containersDone()).isEqualTo(1);
    }
}

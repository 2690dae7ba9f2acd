package io.piiscanner.batch.job;

import io.piiscanner.batch.source.ContainerStatus;
import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.batch.store.StoredContainer;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One partition per pending container, or per key range of a split table. Partition names are stable
 * ({@code c0007-r002}) because they key the partition's rows in the store.
 */
public final class ContainerPartitioner implements Partitioner {

    static final String CONTAINER_ID = "container.id";
    static final String RANGE_INDEX = "range.index";
    static final String PARTITION_ID = "partition.id";

    private final FindingsStore store;
    private final String runId;

    public ContainerPartitioner(FindingsStore store, String runId) {
        this.store = store;
        this.runId = runId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> out = new LinkedHashMap<>();
        for (StoredContainer c : store.containers(runId)) {
            if (c.status() != ContainerStatus.PENDING) {
                continue;
            }
            for (int i = 0; i < c.partitions(); i++) {
                String id = String.format("c%05d-r%03d", c.id(), i);
                ExecutionContext ctx = new ExecutionContext();
                ctx.putInt(CONTAINER_ID, c.id());
                ctx.putInt(RANGE_INDEX, i);
                ctx.putString(PARTITION_ID, id);
                out.put(id, ctx);
            }
        }
        return out;
    }
}

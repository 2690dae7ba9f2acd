package io.piiscanner.batch.job;

import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.batch.store.ScannedRecord;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.ArrayList;

/** Writes a chunk's findings and counts in the chunk transaction (see {@link FindingsStore#writeChunk}). */
public final class FindingsItemWriter implements ItemWriter<ScannedRecord> {

    private final FindingsStore store;
    private final String runId;
    private final String partitionId;
    private final int containerId;
    private final Progress progress;

    public FindingsItemWriter(FindingsStore store, String runId, String partitionId, int containerId, Progress progress) {
        this.store = store;
        this.runId = runId;
        this.partitionId = partitionId;
        this.containerId = containerId;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends ScannedRecord> chunk) {
        store.writeChunk(runId, partitionId, containerId, new ArrayList<>(chunk.getItems()));
        progress.rows(chunk.size());
    }
}

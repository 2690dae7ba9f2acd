package io.piiscanner.batch.store;

import io.piiscanner.batch.source.ContainerKind;
import io.piiscanner.batch.source.ContainerStatus;

/** A container row of a run. */
public record StoredContainer(int id, String source, String name, ContainerKind kind, ContainerStatus status,
                              String reason, long rowsPresent, int partitions, java.util.List<io.piiscanner.batch.source.KeyRange> ranges,
                              String watermark) {
}

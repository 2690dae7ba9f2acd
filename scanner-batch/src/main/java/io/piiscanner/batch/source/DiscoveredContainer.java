package io.piiscanner.batch.source;

import java.util.List;

/**
 * A container found by discovery, before it is read.
 *
 * @param source       the source id (report column {@code source})
 * @param name         {@code schema.table} or the file's path relative to the scanned folder
 *                     ({@code a/b.zip!/c.csv} for an archive member)
 * @param kind         how to read it
 * @param status       PENDING, or SKIPPED/FAILED with a reason
 * @param reason       why it is skipped or failed, or a note (sampling rate, incremental filter)
 * @param rowsPresent  rows in the container when known up front (tables), else -1
 * @param ranges       key ranges to scan as separate partitions (one unbounded range for most containers)
 * @param watermark    incremental: the new high-water mark to store when the run completes, or null
 */
public record DiscoveredContainer(String source, String name, ContainerKind kind, ContainerStatus status,
                                  String reason, long rowsPresent, List<KeyRange> ranges, String watermark) {

    public DiscoveredContainer {
        ranges = List.copyOf(ranges);
    }

    public static DiscoveredContainer pending(String source, String name, ContainerKind kind, long rowsPresent,
                                              List<KeyRange> ranges, String watermark, String note) {
        return new DiscoveredContainer(source, name, kind, ContainerStatus.PENDING, note, rowsPresent, ranges, watermark);
    }

    public static DiscoveredContainer skipped(String source, String name, ContainerKind kind, String reason) {
        return new DiscoveredContainer(source, name, kind, ContainerStatus.SKIPPED, reason, -1, List.of(), null);
    }

    public static DiscoveredContainer failed(String source, String name, ContainerKind kind, String reason) {
        return new DiscoveredContainer(source, name, kind, ContainerStatus.FAILED, reason, -1, List.of(), null);
    }
}

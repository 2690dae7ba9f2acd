package io.piiscanner.batch.source;

/** Coverage status of a container. */
public enum ContainerStatus {
    /** discovered, partitions not finished */
    PENDING,
    /** read to the end (or to the sample size) */
    SCANNED,
    /** deliberately not read: excluded, binary, too large, unchanged since the last run */
    SKIPPED,
    /** reading failed (corrupt, truncated, dropped, limit exceeded); the reason says why */
    FAILED
}

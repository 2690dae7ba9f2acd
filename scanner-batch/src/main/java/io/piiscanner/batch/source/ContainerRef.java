package io.piiscanner.batch.source;

/**
 * What a scan partition reads: a stored container (by id in the findings store), its size as discovery
 * saw it (-1 when unknown) and the key range of this partition.
 */
public record ContainerRef(int containerId, String source, String name, ContainerKind kind, long rowsPresent,
                           KeyRange range) {
}

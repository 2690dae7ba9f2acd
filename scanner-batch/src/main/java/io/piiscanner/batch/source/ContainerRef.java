package io.piiscanner.batch.source;

/**
 * What a scan partition reads: a stored container (by id in the findings store) and a key range.
 */
public record ContainerRef(int containerId, String source, String name, ContainerKind kind, KeyRange range) {
}

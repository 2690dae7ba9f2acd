package io.piiscanner.batch.source;

/** The previous run's high-water mark of a container (incremental scans), or null for a full read. */
@FunctionalInterface
public interface Watermarks {

    Watermarks NONE = (source, container) -> null;

    String previous(String source, String container);
}

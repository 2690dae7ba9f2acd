package io.piiscanner.batch.source;

/** Opens a cursor over one partition; implemented per source type. */
public interface CursorFactory {

    /** Whether this factory reads containers of {@code source}. */
    boolean handles(String source);

    /**
     * Opens a cursor over {@code ref}, resuming after {@code checkpoint} when it is not null.
     * Throws when the container cannot be opened (dropped table, corrupt file): the caller records the
     * failure in coverage and the scan goes on.
     */
    RecordCursor open(ContainerRef ref, String checkpoint) throws Exception;
}

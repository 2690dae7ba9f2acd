package io.piiscanner.batch.store;

/**
 * A counting semaphore per source, shared by every process that uses the same work store: at most {@code limit}
 * partitions of a source read at once, whichever worker runs them. With a PostgreSQL store the slots are
 * session-level advisory locks ({@link PostgresSourceSlots}), so a killed worker's slots are freed the moment
 * its connection closes; with the embedded H2 store (one process) they are in-memory semaphores
 * ({@link LocalSourceSlots}).
 */
public interface SourceSlots {

    /**
     * Blocks until one of the {@code limit} slots of {@code key} is free and takes it. The key names the source
     * as every process sees it (see {@link io.piiscanner.batch.source.SourceLimits}); it is hashed, never stored.
     */
    Slot acquire(String key, int limit) throws InterruptedException;

    /** A held slot; closing it frees the slot (idempotent). */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    /** A slot that limits nothing. */
    Slot NONE = () -> { };
}

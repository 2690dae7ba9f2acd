package io.piiscanner.batch.source;

import io.piiscanner.core.model.ScanRecord;

/**
 * A forward-only read over one partition of one container. Not thread-safe: one partition, one thread.
 */
public interface RecordCursor extends AutoCloseable {

    /** The next record, or null at the end. */
    ScanRecord next() throws Exception;

    /**
     * An opaque position after the last record returned, from which {@link CursorFactory} can resume; null
     * when the cursor cannot resume mid-way (a table without a key, a random sample), in which case a
     * restarted partition starts over and its earlier partial results are discarded.
     */
    String checkpoint();

    /** Problems worth reporting that did not stop the read (truncated values, bad lines, encoding). */
    default ReadWarnings warnings() {
        return ReadWarnings.NONE;
    }

    @Override
    void close();
}

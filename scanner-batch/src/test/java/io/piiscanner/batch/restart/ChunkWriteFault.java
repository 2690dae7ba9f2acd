package io.piiscanner.batch.restart;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An H2 trigger on the work store's {@code scan_chunk} table: while armed, the N-th chunk write (and every
 * later one) fails, which fails the chunk transaction, its step and the job, as a full disk or a lost store
 * connection would.
 */
public final class ChunkWriteFault implements Trigger {

    static final AtomicInteger WRITES = new AtomicInteger();
    static volatile int failFrom = Integer.MAX_VALUE;

    static void arm(int n) {
        WRITES.set(0);
        failFrom = n;
    }

    static void disarm() {
        failFrom = Integer.MAX_VALUE;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (WRITES.incrementAndGet() >= failFrom) {
            throw new SQLException("injected fault: chunk write refused");
        }
    }
}

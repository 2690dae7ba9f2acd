package io.piiscanner.batch.job;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The console progress line on stderr (stdout is kept for the run folder path): partitions done/total,
 * rows, rows/s and an ETA from the rows discovery counted. Silent in quiet mode.
 */
public final class Progress {

    private final PrintStream err;
    private final boolean quiet;
    private final AtomicLong rows = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile long expectedRows;
    private final long startNanos = System.nanoTime();
    private volatile long lastPrint;

    public Progress(PrintStream err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
    }

    public void expect(int partitions, long rowsKnown) {
        this.total = partitions;
        this.expectedRows = rowsKnown;
    }

    public void rows(long n) {
        rows.addAndGet(n);
        maybePrint(false);
    }

    public void partitionDone() {
        done.incrementAndGet();
        maybePrint(false);
    }

    public void finish() {
        maybePrint(true);
    }

    private void maybePrint(boolean force) {
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        if (!force && now - lastPrint < 2_000_000_000L) {
            return;
        }
        lastPrint = now;
        double secs = Math.max(0.001, (now - startNanos) / 1e9);
        long r = rows.get();
        long rate = (long) (r / secs);
        String eta = expectedRows > r && rate > 0 ? ", ETA " + ((expectedRows - r) / rate) + "s" : "";
        err.printf("scan: %d/%d partitions, %,d rows, %,d rows/s%s%n", done.get(), total, r, rate, eta);
    }

    public long rowsSoFar() {
        return rows.get();
    }
}

package io.piiscanner.batch.cli;

import java.util.Arrays;

/**
 * When each batch of records was done, so that a run can tell its sustained rate apart from its average. The first
 * seconds of a run are slow for reasons a long run no longer has: the JIT compiles the scanner's code (on a machine of
 * two vCPUs its compiler threads take CPU from the scan for the first 20 seconds or so), and phone metadata is
 * compiled region by region as numbers from each region first appear. The rate over the second half of the records
 * is the rate the run sustains once those are done. Two longs a batch: a 1 GB input has a few thousand batches.
 */
final class ThroughputLog {

    private long[] records = new long[64];
    private long[] nanos = new long[64];
    private int count;
    private long total;

    /** Notes that {@code done} more records were finished at {@code nanoTime}. */
    void add(long done, long nanoTime) {
        if (count == records.length) {
            records = Arrays.copyOf(records, 2 * count);
            nanos = Arrays.copyOf(nanos, 2 * count);
        }
        total += done;
        records[count] = total;
        nanos[count] = nanoTime;
        count++;
    }

    /**
     * The records finished after the first batch that brought the count to half the total, and the seconds they took;
     * null when the run had too few batches to tell (fewer than four).
     */
    double[] secondHalf() {
        if (count < 4) {
            return null;
        }
        int half = 0;
        while (records[half] < total / 2) {
            half++;
        }
        if (half == count - 1) {
            return null;
        }
        return new double[] {total - records[half], (nanos[count - 1] - nanos[half]) / 1e9};
    }
}

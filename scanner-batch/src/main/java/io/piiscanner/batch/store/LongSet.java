package io.piiscanner.batch.store;

import java.util.Arrays;

/**
 * Counts distinct longs: values are appended to an array (8 bytes each, no per-value object or hash slot) and
 * counted once, sorted. Used for distinct fingerprints, of which a large scan has millions.
 */
final class LongSet {

    private long[] values = new long[16];
    private int size;

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size + (size >> 1) + 16);
        }
        values[size++] = v;
    }

    /** Distinct values added so far. */
    int distinct() {
        if (size == 0) {
            return 0;
        }
        Arrays.sort(values, 0, size);
        int n = 1;
        for (int i = 1; i < size; i++) {
            if (values[i] != values[i - 1]) {
                values[n++] = values[i];
            }
        }
        size = n; // keep the distinct values only, sorted
        return n;
    }
}

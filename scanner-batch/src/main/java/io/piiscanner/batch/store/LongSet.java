package io.piiscanner.batch.store;

import io.piiscanner.core.internal.RadixSort;

import java.util.Arrays;

/**
 * Counts distinct longs: values are appended to arrays (8 bytes each, no per-value object or hash slot) and
 * counted once, sorted ({@link RadixSort}: fingerprints are spread evenly). Used for distinct fingerprints, of which a
 * large scan has millions. A large set is kept in blocks of {@link #BLOCK} values rather than one array grown by
 * copying: the copies of a growing million-value array were most of the report step's garbage, and, live while the
 * young generation was collected, were copied again into the old one.
 */
final class LongSet {

    /** Values a full block holds (256 KB). */
    static final int BLOCK = 1 << 15;

    private long[][] blocks = new long[0][];
    private int blockCount;
    /** The block being filled: grown by copying up to {@link #BLOCK} values, then a new one is started. */
    private long[] tail = new long[16];
    private int tailSize;
    private long size;

    void add(long v) {
        if (tailSize == tail.length) {
            if (tail.length < BLOCK) {
                tail = Arrays.copyOf(tail, Math.min(BLOCK, 2 * tail.length));
            } else {
                if (blockCount == blocks.length) {
                    blocks = Arrays.copyOf(blocks, 2 * blockCount + 4);
                }
                blocks[blockCount++] = tail;
                tail = new long[BLOCK];
                tailSize = 0;
            }
        }
        tail[tailSize++] = v;
        size++;
    }

    /** Distinct values added so far. */
    int distinct() {
        if (size == 0) {
            return 0;
        }
        long[] all;
        if (blockCount == 0) {
            all = tail;
        } else {
            all = new long[Math.toIntExact(size)];
            int at = 0;
            for (int b = 0; b < blockCount; b++) {
                System.arraycopy(blocks[b], 0, all, at, blocks[b].length);
                at += blocks[b].length;
                blocks[b] = null; // collectable while the rest is copied
            }
            System.arraycopy(tail, 0, all, at, tailSize);
        }
        int total = (int) size;
        RadixSort.sort(all, 0, total);
        int n = 1;
        for (int i = 1; i < total; i++) {
            if (all[i] != all[i - 1]) {
                all[n++] = all[i];
            }
        }
        // keep the distinct values only, sorted, as the block being filled
        blocks = new long[0][];
        blockCount = 0;
        tail = all;
        tailSize = n;
        size = n;
        return n;
    }
}

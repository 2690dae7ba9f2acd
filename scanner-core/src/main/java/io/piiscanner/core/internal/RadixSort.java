package io.piiscanner.core.internal;

import java.util.Arrays;

/**
 * In-place sorts of 64-bit keys for the report step's large arrays (fingerprint prefixes, identifier hashes, node
 * numbers): a most-significant-digit radix pass (American flag sort) on the highest bits in which the keys of a range
 * differ, then each bucket the same way, down to ranges small enough for a comparison sort. Hashes spread evenly, so
 * one or two passes leave buckets of a few hundred keys that sort in the cache, instead of a quicksort over the whole
 * array; keys that share their high bits (small node numbers) skip those bits. No memory beyond two bucket tables a
 * level.
 */
public final class RadixSort {

    /** Ranges shorter than this are sorted by comparisons. */
    static final int SMALL = 1 << 9;
    /** Bits taken per radix pass: 2,048 buckets. */
    private static final int DIGIT_BITS = 11;

    private RadixSort() {
    }

    /** Sorts {@code a[from, to)} ascending, as {@link Arrays#sort(long[], int, int)}. */
    public static void sort(long[] a, int from, int to) {
        if (to - from < SMALL) {
            Arrays.sort(a, from, to);
            return;
        }
        int high = highestDifferingBit(a, from, to);
        if (high < 0) {
            return;
        }
        int shift = shift(high);
        int mask = mask(high);
        int[] end = new int[mask + 2];
        int[] next = buckets(a, from, to, shift, mask, end);
        for (int b = 0; b <= mask; b++) {
            int stop = end[b + 1];
            while (next[b] < stop) {
                long v = a[next[b]];
                int d = digit(v, shift, mask);
                if (d == b) {
                    next[b]++;
                } else {
                    int j = next[d]++;
                    a[next[b]] = a[j];
                    a[j] = v;
                }
            }
        }
        for (int b = 0; b <= mask; b++) {
            sort(a, end[b], end[b + 1]);
        }
    }

    /**
     * Sorts the pairs {@code (keys[i], values[i])} of {@code [from, to)} by key, then value (both signed): the order
     * of {@link LongIntSorter}'s entries.
     */
    public static void sort(long[] keys, int[] values, int from, int to) {
        if (to - from < SMALL) {
            quicksort(keys, values, from, to - 1);
            return;
        }
        int high = highestDifferingBit(keys, from, to);
        if (high < 0) {
            Arrays.sort(values, from, to); // one key: by value
            return;
        }
        int shift = shift(high);
        int mask = mask(high);
        int[] end = new int[mask + 2];
        int[] next = buckets(keys, from, to, shift, mask, end);
        for (int b = 0; b <= mask; b++) {
            int stop = end[b + 1];
            while (next[b] < stop) {
                int at = next[b];
                int d = digit(keys[at], shift, mask);
                if (d == b) {
                    next[b]++;
                } else {
                    swap(keys, values, at, next[d]++);
                }
            }
        }
        for (int b = 0; b <= mask; b++) {
            sort(keys, values, end[b], end[b + 1]);
        }
    }

    /** The highest bit in which the keys of {@code [from, to)} differ; -1 when they are all equal. */
    private static int highestDifferingBit(long[] keys, int from, int to) {
        long first = keys[from];
        long diff = 0;
        for (int i = from + 1; i < to; i++) {
            diff |= keys[i] ^ first;
        }
        return 63 - Long.numberOfLeadingZeros(diff);
    }

    /** The shift of the radix digit: the {@link #DIGIT_BITS} bits (or fewer) down from the highest differing bit. */
    private static int shift(int high) {
        return high + 1 - Math.min(DIGIT_BITS, high + 1);
    }

    private static int mask(int high) {
        return (1 << Math.min(DIGIT_BITS, high + 1)) - 1;
    }

    /**
     * Counts the keys of {@code [from, to)} per digit and turns the counts into bucket ends in {@code end}
     * (bucket b ends at {@code end[b + 1]}); returns the bucket starts.
     */
    private static int[] buckets(long[] keys, int from, int to, int shift, int mask, int[] end) {
        for (int i = from; i < to; i++) {
            end[digit(keys[i], shift, mask) + 1]++;
        }
        end[0] = from;
        for (int b = 1; b < end.length; b++) {
            end[b] += end[b - 1];
        }
        return Arrays.copyOf(end, end.length - 1);
    }

    /** The digit of a key at {@code shift}; the sign bit flipped, so that unsigned digit order is signed key order. */
    private static int digit(long key, int shift, int mask) {
        return (int) ((key ^ Long.MIN_VALUE) >>> shift) & mask;
    }

    private static int compare(long k1, int v1, long k2, int v2) {
        int c = Long.compare(k1, k2);
        return c != 0 ? c : Integer.compare(v1, v2);
    }

    // Hoare partitioning around a median of three: balanced on sorted input and on many equal entries (a person
    // seen in many records yields runs of equal keys), recursing into the smaller side only.
    static void quicksort(long[] keys, int[] values, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (compare(keys[mid], values[mid], keys[lo], values[lo]) < 0) {
                swap(keys, values, mid, lo);
            }
            if (compare(keys[hi], values[hi], keys[lo], values[lo]) < 0) {
                swap(keys, values, hi, lo);
            }
            if (compare(keys[hi], values[hi], keys[mid], values[mid]) < 0) {
                swap(keys, values, hi, mid);
            }
            long pk = keys[mid];
            int pv = values[mid];
            int i = lo - 1;
            int j = hi + 1;
            while (true) {
                do {
                    i++;
                } while (compare(keys[i], values[i], pk, pv) < 0);
                do {
                    j--;
                } while (compare(keys[j], values[j], pk, pv) > 0);
                if (i >= j) {
                    break;
                }
                swap(keys, values, i, j);
            }
            if (j - lo < hi - j) {
                quicksort(keys, values, lo, j);
                lo = j + 1;
            } else {
                quicksort(keys, values, j + 1, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            long k = keys[i];
            int v = values[i];
            int j = i - 1;
            while (j >= lo && compare(keys[j], values[j], k, v) > 0) {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                j--;
            }
            keys[j + 1] = k;
            values[j + 1] = v;
        }
    }

    private static void swap(long[] keys, int[] values, int a, int b) {
        long k = keys[a];
        keys[a] = keys[b];
        keys[b] = k;
        int v = values[a];
        values[a] = values[b];
        values[b] = v;
    }
}

package io.piiscanner.core.internal;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The radix sort of the report step's large arrays orders as a comparison sort does, whatever the keys look like. */
class RadixSortTest {

    /** Key shapes: spread hashes, both signs and the extremes, small node numbers, few distinct keys, one key. */
    private static LongSupplier[] shapes(Random rnd) {
        return new LongSupplier[] {
                rnd::nextLong,
                () -> switch (rnd.nextInt(4)) {
                    case 0 -> Long.MIN_VALUE + rnd.nextInt(3);
                    case 1 -> Long.MAX_VALUE - rnd.nextInt(3);
                    default -> rnd.nextInt(2001) - 1000;
                },
                () -> rnd.nextInt(1_500_000),
                () -> rnd.nextInt(7) * 0x1000_0000_0000L,
                () -> 42,
        };
    }

    @Test
    void longsComeOutAsArraysSortPutsThem() {
        Random rnd = new Random(5);
        for (int n : new int[] {0, 1, RadixSort.SMALL - 1, RadixSort.SMALL, 5_000, 300_000}) {
            for (LongSupplier shape : shapes(rnd)) {
                long[] a = new long[n + 20];
                for (int i = 0; i < a.length; i++) {
                    a[i] = shape.getAsLong();
                }
                long[] expected = a.clone();
                Arrays.sort(expected, 10, 10 + n);
                RadixSort.sort(a, 10, 10 + n);
                assertThat(a).as("%d keys", n).isEqualTo(expected); // the ten before and after untouched
            }
        }
    }

    @Test
    void pairsComeOutByKeyThenValue() {
        Random rnd = new Random(6);
        for (int n : new int[] {0, 1, RadixSort.SMALL + 1, 5_000, 300_000}) {
            for (LongSupplier shape : shapes(rnd)) {
                long[] keys = new long[n];
                int[] values = new int[n];
                long[][] pairs = new long[n][];
                for (int i = 0; i < n; i++) {
                    keys[i] = shape.getAsLong();
                    values[i] = rnd.nextInt(5) == 0 ? ~rnd.nextInt(50) : rnd.nextInt(50);
                    pairs[i] = new long[] {keys[i], values[i]};
                }
                Arrays.sort(pairs, Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
                RadixSort.sort(keys, values, 0, n);
                for (int i = 0; i < n; i++) {
                    assertThat(new long[] {keys[i], values[i]}).as("entry %d of %d", i, n).isEqualTo(pairs[i]);
                }
            }
        }
    }
}

package io.piiscanner.core.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A large int array whose chunks beyond a heap budget live in a memory-mapped work file. */
class BigIntArrayTest {

    @TempDir
    Path dir;

    @Test
    void valuesReadBackAcrossHeapAndMappedChunksAndUnsetElementsAreZero() throws Exception {
        int chunk = 1 << BigIntArray.CHUNK_BITS;
        for (int heapChunks : new int[] {0, 1, 8}) {
            Map<Long, Integer> expected = new HashMap<>();
            Random rnd = new Random(heapChunks);
            try (BigIntArray a = new BigIntArray(dir, heapChunks)) {
                for (int i = 0; i < 20_000; i++) {
                    long index = rnd.nextInt(5 * chunk);
                    int value = rnd.nextInt();
                    a.set(index, value);
                    expected.put(index, value);
                }
                long[] edges = {0, chunk - 1L, chunk, 2L * chunk - 1, 2L * chunk, 5L * chunk - 1};
                for (long e : edges) {
                    a.set(e, (int) e + 1);
                    expected.put(e, (int) e + 1);
                }
                expected.forEach((index, value) -> assertThat(a.get(index)).as("element %d", index).isEqualTo(value));
                for (int i = 0; i < 1000; i++) {
                    long index = rnd.nextInt(7 * chunk);
                    assertThat(a.get(index)).isEqualTo(expected.getOrDefault(index, 0));
                }
                assertThat(a.mappedChunks()).as("heap chunks %d", heapChunks).isEqualTo(Math.max(0, 5 - heapChunks));
            }
            try (var files = Files.list(dir)) {
                assertThat(files.count()).as("work file removed on close").isZero();
            }
        }
    }
}

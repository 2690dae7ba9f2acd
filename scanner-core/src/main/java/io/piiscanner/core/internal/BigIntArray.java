package io.piiscanner.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * An int array indexed by long-lived counters (records, identifiers) that may outgrow the heap: the first
 * chunks live on the heap, the rest in a memory-mapped temp file, so the heap holds at most
 * {@code heapChunks} chunks whatever the size, and the operating system pages the rest. Every element starts at 0.
 * The file is deleted by {@link #close}; its pages are released when the mapping is collected.
 *
 * <p>Not thread-safe.
 */
public final class BigIntArray implements AutoCloseable {

    /** 2^18 ints: 1 MB a chunk. */
    static final int CHUNK_BITS = 18;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MASK = CHUNK - 1;

    private final Path dir;
    private final int heapChunks;
    private int[][] heap;
    private IntBuffer[] mapped = new IntBuffer[0];
    private Path file;
    private FileChannel channel;

    /**
     * @param dir        where the file for chunks beyond {@code heapChunks} is created (only if needed)
     * @param heapChunks chunks of 1 MB kept on the heap
     */
    public BigIntArray(Path dir, int heapChunks) {
        this.dir = dir;
        this.heapChunks = heapChunks;
        this.heap = new int[heapChunks][];
    }

    public int get(long index) {
        int c = (int) (index >>> CHUNK_BITS);
        int i = (int) (index & MASK);
        if (c < heapChunks) {
            int[] chunk = heap[c];
            return chunk != null ? chunk[i] : 0;
        }
        int m = c - heapChunks;
        return m < mapped.length && mapped[m] != null ? mapped[m].get(i) : 0;
    }

    public void set(long index, int value) {
        int c = (int) (index >>> CHUNK_BITS);
        int i = (int) (index & MASK);
        if (c < heapChunks) {
            if (heap[c] == null) {
                heap[c] = new int[CHUNK];
            }
            heap[c][i] = value;
        } else {
            mappedChunk(c - heapChunks).put(i, value);
        }
    }

    /** Chunks held in the mapped file (0 while everything fits on the heap). */
    public int mappedChunks() {
        int n = 0;
        for (IntBuffer b : mapped) {
            n += b == null ? 0 : 1;
        }
        return n;
    }

    private IntBuffer mappedChunk(int m) {
        if (m >= mapped.length) {
            mapped = Arrays.copyOf(mapped, Math.max(m + 1, 2 * mapped.length));
        }
        if (mapped[m] == null) {
            try {
                if (channel == null) {
                    Files.createDirectories(dir);
                    file = Files.createTempFile(dir, "ints-", ".bin");
                    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                }
                // Mapping past the end grows the file; the new pages read as zeros.
                mapped[m] = channel.map(FileChannel.MapMode.READ_WRITE, (long) m * CHUNK * Integer.BYTES,
                        (long) CHUNK * Integer.BYTES).order(ByteOrder.nativeOrder()).asIntBuffer();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot map a work file under " + dir + ": " + e.getMessage(), e);
            }
        }
        return mapped[m];
    }

    @Override
    public void close() {
        heap = new int[0][];
        mapped = new IntBuffer[0];
        try {
            if (channel != null) {
                channel.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // the file holds indexes only; the caller's temp folder is removed anyway
        }
    }
}

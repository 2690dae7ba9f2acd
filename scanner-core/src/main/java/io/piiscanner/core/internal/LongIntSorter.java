package io.piiscanner.core.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sorts (long key, int value) entries, more of them than the heap holds: entries are collected in a bounded
 * buffer; a full buffer is sorted, stripped of duplicate entries and written to a run file; reading merges the
 * runs. A sorter that never fills its buffer writes nothing. Entries come out ordered by key, then value, each
 * distinct entry once. The run files hold exactly what was added (callers add hashes and indexes, never values)
 * and are deleted by {@link #close}.
 *
 * <p>Not thread-safe. Add everything, then read with {@link #cursor} (as often as needed); adding after the first
 * cursor is an error.
 */
public final class LongIntSorter implements AutoCloseable {

    /** Entries read from or written to a run file at a time per run (12 bytes each). */
    private static final int IO_BUFFER = 1 << 14;
    /** Bytes of an entry in a run file. */
    private static final int ENTRY = Long.BYTES + Integer.BYTES;
    /**
     * Runs merged at once, when this many of one level exist: any number of entries is read back from at most
     * FAN_IN - 1 runs per level (a handful of levels), and each entry is rewritten once per level.
     */
    static final int FAN_IN = 16;

    private record Run(Path file, int level) {
    }

    private final Path dir;
    private final int maxBuffered;
    private long[] keys;
    private int[] values;
    private int size;
    /** Run files with their merge level: {@link #FAN_IN} runs of one level are merged into one of the next. */
    private final List<Run> runs = new ArrayList<>();
    private boolean reading;

    /**
     * @param dir         where run files go (created when the first run is written)
     * @param maxBuffered entries held in memory before a run is written: 12 bytes each
     */
    public LongIntSorter(Path dir, int maxBuffered) {
        if (maxBuffered < 2) {
            throw new IllegalArgumentException("maxBuffered must be at least 2: " + maxBuffered);
        }
        this.dir = dir;
        this.maxBuffered = maxBuffered;
        // grown on demand up to maxBuffered: a small aggregate does not pay for the full buffer
        this.keys = new long[Math.min(1024, maxBuffered)];
        this.values = new int[keys.length];
    }

    public void add(long key, int value) {
        if (reading) {
            throw new IllegalStateException("entries added after reading started");
        }
        if (size == keys.length) {
            if (size >= maxBuffered) {
                spill();
            } else {
                int grown = (int) Math.min(maxBuffered, 2L * keys.length);
                keys = Arrays.copyOf(keys, grown);
                values = Arrays.copyOf(values, grown);
            }
        }
        keys[size] = key;
        values[size++] = value;
    }

    /** Run files written so far (0 when everything fit in the buffer). */
    public int runCount() {
        return runs.size();
    }

    /** Every distinct entry, by key then value. */
    public Cursor cursor() {
        if (!reading) {
            reading = true;
            size = sortUnique(keys, values, size);
        }
        if (runs.isEmpty()) {
            return new ArrayCursor(keys, values, size);
        }
        List<Cursor> sources = new ArrayList<>(runs.size() + 1);
        for (Run run : runs) {
            sources.add(new FileCursor(run.file()));
        }
        sources.add(new ArrayCursor(keys, values, size));
        return new MergeCursor(sources);
    }

    @Override
    public void close() {
        for (Run run : runs) {
            delete(run.file());
        }
        runs.clear();
        keys = new long[0];
        values = new int[0];
        size = 0;
    }

    private void spill() {
        int n = sortUnique(keys, values, size);
        runs.add(new Run(write(new ArrayCursor(keys, values, n)), 0));
        size = 0;
        // Merge while the newest level is full: FAN_IN runs of level L become one run of level L + 1.
        while (true) {
            int level = runs.get(runs.size() - 1).level();
            List<Run> same = runs.stream().filter(r -> r.level() == level).toList();
            if (same.size() < FAN_IN) {
                return;
            }
            List<Cursor> sources = new ArrayList<>(same.size());
            same.forEach(r -> sources.add(new FileCursor(r.file())));
            Path merged;
            try (MergeCursor all = new MergeCursor(sources)) {
                merged = write(all);
            }
            for (Run r : same) {
                delete(r.file());
            }
            runs.removeAll(same);
            runs.add(new Run(merged, level + 1));
        }
    }

    private Path write(Cursor entries) {
        try {
            Files.createDirectories(dir);
            Path run = Files.createTempFile(dir, "sort-run-", ".bin");
            try (FileChannel out = FileChannel.open(run, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.allocate(ENTRY * IO_BUFFER);
                while (entries.next()) {
                    if (buf.remaining() < ENTRY) {
                        drain(buf, out);
                    }
                    buf.putLong(entries.key()).putInt(entries.value());
                }
                drain(buf, out);
            }
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sort run under " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void drain(ByteBuffer buf, FileChannel out) throws IOException {
        buf.flip();
        while (buf.hasRemaining()) {
            out.write(buf);
        }
        buf.clear();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a left-over run file holds hashes and indexes only; the caller's temp folder is removed anyway
        }
    }

    /** A forward-only reader of sorted entries. */
    public interface Cursor extends AutoCloseable {
        /** Moves to the next entry; false at the end. */
        boolean next();

        long key();

        int value();

        @Override
        default void close() {
        }
    }

    private static final class ArrayCursor implements Cursor {
        private final long[] keys;
        private final int[] values;
        private final int size;
        private int at = -1;

        ArrayCursor(long[] keys, int[] values, int size) {
            this.keys = keys;
            this.values = values;
            this.size = size;
        }

        @Override
        public boolean next() {
            return ++at < size;
        }

        @Override
        public long key() {
            return keys[at];
        }

        @Override
        public int value() {
            return values[at];
        }
    }

    /** Reads a run file a buffer of entries at a time (big-endian: a long key, an int value). */
    private static final class FileCursor implements Cursor {
        private final Path file;
        private final FileChannel in;
        private final ByteBuffer buf = ByteBuffer.allocate(ENTRY * IO_BUFFER);
        private boolean open = true;
        private long key;
        private int value;

        FileCursor(Path file) {
            this.file = file;
            try {
                this.in = FileChannel.open(file, StandardOpenOption.READ);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sort run " + file + ": " + e.getMessage(), e);
            }
            buf.limit(0);
        }

        @Override
        public boolean next() {
            if (buf.remaining() < ENTRY && !fill()) {
                return false;
            }
            key = buf.getLong();
            value = buf.getInt();
            return true;
        }

        /** Reads more entries; false at the end of the file (a partial entry there is an error). */
        private boolean fill() {
            if (!open) {
                return false;
            }
            try {
                buf.compact();
                while (buf.position() < ENTRY && in.read(buf) >= 0) {
                    // a short read: read again
                }
                buf.flip();
                if (buf.remaining() >= ENTRY) {
                    return true;
                }
                if (buf.hasRemaining()) {
                    throw new EOFException("sort run " + file + " ends within an entry");
                }
                close();
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sort run " + file + ": " + e.getMessage(), e);
            }
        }

        @Override
        public long key() {
            return key;
        }

        @Override
        public int value() {
            return value;
        }

        @Override
        public void close() {
            open = false;
            try {
                in.close();
            } catch (IOException e) {
                // read-only: nothing is lost
            }
        }
    }

    /** Merges sorted sources with a binary heap of their heads, dropping duplicate entries. */
    private static final class MergeCursor implements Cursor {
        private final Cursor[] heap;
        private int live;
        private long key;
        private int value;
        private boolean started;

        MergeCursor(List<Cursor> sources) {
            heap = new Cursor[sources.size()];
            for (Cursor c : sources) {
                if (c.next()) {
                    heap[live++] = c;
                }
            }
            for (int i = live / 2 - 1; i >= 0; i--) {
                siftDown(i);
            }
        }

        @Override
        public boolean next() {
            while (live > 0) {
                Cursor top = heap[0];
                long k = top.key();
                int v = top.value();
                if (!top.next()) {
                    heap[0] = heap[--live];
                    heap[live] = null;
                }
                siftDown(0);
                if (!started || k != key || v != value) {
                    started = true;
                    key = k;
                    value = v;
                    return true;
                }
            }
            return false;
        }

        private void siftDown(int i) {
            while (true) {
                int smallest = i;
                for (int child = 2 * i + 1; child <= 2 * i + 2 && child < live; child++) {
                    if (compare(heap[child].key(), heap[child].value(), heap[smallest].key(), heap[smallest].value()) < 0) {
                        smallest = child;
                    }
                }
                if (smallest == i) {
                    return;
                }
                Cursor t = heap[i];
                heap[i] = heap[smallest];
                heap[smallest] = t;
                i = smallest;
            }
        }

        @Override
        public long key() {
            return key;
        }

        @Override
        public int value() {
            return value;
        }

        @Override
        public void close() {
            for (int i = 0; i < live; i++) {
                heap[i].close();
            }
            live = 0;
        }
    }

    private static int compare(long k1, int v1, long k2, int v2) {
        int c = Long.compare(k1, k2);
        return c != 0 ? c : Integer.compare(v1, v2);
    }

    /** Sorts the first {@code n} entries by key then value and moves each distinct entry to the front; returns their count. */
    static int sortUnique(long[] keys, int[] values, int n) {
        RadixSort.sort(keys, values, 0, n);
        int out = 0;
        for (int i = 0; i < n; i++) {
            if (out == 0 || keys[i] != keys[out - 1] || values[i] != values[out - 1]) {
                keys[out] = keys[i];
                values[out++] = values[i];
            }
        }
        return out;
    }
}

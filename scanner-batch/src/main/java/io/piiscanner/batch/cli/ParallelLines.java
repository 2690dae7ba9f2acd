package io.piiscanner.batch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads input in batches, transforms each batch on a pool of worker threads, and hands the results to one
 * consumer in input order. At most {@code 2 x threads} batches are in flight, so memory stays flat however
 * large the input (a 1 GB file runs in a 256 MB heap).
 */
final class ParallelLines<R> {

    /** Where batches come from, on the calling thread; {@code null} ends the input. */
    interface Source<B> {
        B next() throws IOException;
    }

    private static final int BATCH_LINES = 512;

    private final int threads;
    private final Function<List<String>, R> work;

    ParallelLines(int threads, Function<List<String>, R> work) {
        this.threads = threads;
        this.work = work;
    }

    /** Batches of {@value #BATCH_LINES} non-blank decoded lines. @return number of lines read */
    long run(BufferedReader in, Consumer<R> consumer) throws IOException {
        long[] lines = {0};
        run(threads, () -> {
            List<String> batch = new ArrayList<>(BATCH_LINES);
            String line;
            while (batch.size() < BATCH_LINES && (line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    batch.add(line);
                }
            }
            lines[0] += batch.size();
            return batch.isEmpty() ? null : batch;
        }, work, consumer);
        return lines[0];
    }

    /** Runs {@code work} on every batch of {@code source} on {@code threads} threads; results in order. */
    static <B, R> void run(int threads, Source<B> source, Function<B, R> work, Consumer<R> consumer)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "detect-worker");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<R>> inFlight = new ArrayBlockingQueue<>(threads * 2);
        try {
            B batch;
            while ((batch = source.next()) != null) {
                if (inFlight.remainingCapacity() == 0) {
                    consumer.accept(await(inFlight.poll()));
                }
                B mine = batch;
                inFlight.add(pool.submit(() -> work.apply(mine)));
            }
            while (!inFlight.isEmpty()) {
                consumer.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c);
        }
    }
}

package io.piiscanner.batch.job;

import io.piiscanner.batch.source.ContainerStatus;
import io.piiscanner.batch.store.StoredContainer;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The console progress line on stderr (stdout is kept for the run folder path): containers and partitions
 * done/total, rows, rows/s and an ETA (from the rows discovery counted, or from the partitions left when the
 * scan includes files, whose rows are not known up front). Silent in quiet mode.
 *
 * <p>Also the run's cost accounting for {@link #summary()}: the CPU time the scan threads spent in detection
 * and in the jurisdiction lookup, against the whole process's CPU time over the scan step, and the peak heap
 * and resident set size.
 */
public final class Progress {

    private final PrintStream err;
    private final boolean quiet;
    private final AtomicLong rows = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger containersDone = new AtomicInteger();
    private final Map<Integer, AtomicInteger> partitionsLeft = new HashMap<>();
    private final LongAdder detectCpu = new LongAdder();
    private final LongAdder jurisdictionCpu = new LongAdder();
    private volatile int total;
    private volatile int doneAtStart;
    private volatile int containers;
    private volatile long expectedRows;
    private volatile boolean rowsKnown;
    private final LongSupplier clock;
    private volatile long startNanos;
    private volatile long startCpu = processCpu();
    private volatile long endNanos;
    private volatile long endCpu;
    private volatile long lastPrint;

    public Progress(PrintStream err, boolean quiet) {
        this(err, quiet, System::nanoTime);
    }

    /** With a clock in nanoseconds (tests). */
    Progress(PrintStream err, boolean quiet, LongSupplier clock) {
        this.err = err;
        this.quiet = quiet;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.lastPrint = startNanos - 2_000_000_000L; // the first chunk prints at once
        HeapWatch.install();
    }

    /**
     * The scan step starts (first run or restart): what is left to do, from the run's containers and the
     * partitions that already have an outcome.
     */
    public synchronized void start(List<StoredContainer> all, Map<Integer, List<String[]>> outcomes) {
        PartitionTally tally = PartitionTally.of(all, outcomes);
        partitionsLeft.clear();
        for (StoredContainer c : all) {
            if (c.status() == ContainerStatus.PENDING) {
                partitionsLeft.put(c.id(), new AtomicInteger(c.partitions() - PartitionTally.finished(c, outcomes)));
            }
        }
        total = tally.partitions();
        containers = tally.containers();
        done.set(tally.partitionsDone());
        doneAtStart = tally.partitionsDone();
        containersDone.set(tally.containersDone());
        expectedRows = tally.expectedRows();
        rowsKnown = tally.rowsKnown();
        startNanos = clock.getAsLong();
        lastPrint = startNanos - 2_000_000_000L;
        startCpu = processCpu();
    }

    public void rows(long n) {
        rows.addAndGet(n);
        maybePrint(false);
    }

    public void partitionDone(int containerId) {
        done.incrementAndGet();
        AtomicInteger left;
        synchronized (this) {
            left = partitionsLeft.get(containerId);
        }
        if (left != null && left.decrementAndGet() == 0) {
            containersDone.incrementAndGet();
        }
        maybePrint(false);
    }

    /** CPU nanoseconds one record spent in detection and in the jurisdiction lookup. */
    public void cpu(long detectNanos, long jurisdictionNanos) {
        detectCpu.add(detectNanos);
        jurisdictionCpu.add(jurisdictionNanos);
    }

    /** The scan step is over: prints the last progress line and stops the clocks for {@link #summary()}. */
    public void finish() {
        endNanos = clock.getAsLong();
        endCpu = processCpu();
        maybePrint(true);
    }

    private void maybePrint(boolean force) {
        if (quiet) {
            return;
        }
        long now = clock.getAsLong();
        if (!force && now - lastPrint < 2_000_000_000L) {
            return;
        }
        lastPrint = now;
        double secs = Math.max(0.001, (now - startNanos) / 1e9);
        long r = rows.get();
        long rate = (long) (r / secs);
        // A partition that failed and runs again on --resume was counted done at the start (it has an outcome): the
        // line never shows more partitions done than there are.
        int d = Math.min(done.get(), total);
        String eta = "";
        if (rowsKnown && expectedRows > r && rate > 0) {
            eta = ", ETA " + duration((expectedRows - r) / rate);
        } else if (!rowsKnown && d > doneAtStart && d < total) {
            eta = ", ETA ~" + duration((long) (secs / (d - doneAtStart) * (total - d)));
        }
        err.printf(Locale.ROOT, "scan: %d/%d containers (%d/%d partitions), %,d rows, %,d rows/s%s%n",
                containersDone.get(), containers, d, total, r, rate, eta);
    }

    private static String duration(long s) {
        return s >= 3600 ? s / 3600 + "h" + (s % 3600) / 60 + "m" : s >= 60 ? s / 60 + "m" + s % 60 + "s" : s + "s";
    }

    public long rowsSoFar() {
        return rows.get();
    }

    /**
     * One line on what the scan step cost: rows, seconds, rows/s, the share of the process's CPU time that went
     * into detection and the jurisdiction lookup (the rest: reading the sources, the batch machinery, the
     * store, the JIT compiler and the garbage collector), heap (peak in use, peak live) and peak RSS.
     */
    public String summary() {
        long end = endNanos == 0 ? clock.getAsLong() : endNanos;
        long cpuEnd = endNanos == 0 ? processCpu() : endCpu;
        double secs = Math.max(0.001, (end - startNanos) / 1e9);
        long r = rows.get();
        double procCpu = Math.max(1, cpuEnd - startCpu);
        String split = startCpu < 0 ? "" : String.format(Locale.ROOT,
                "; CPU %.1f s: detection %.0f%%, jurisdiction %.0f%%, everything else %.0f%%", procCpu / 1e9,
                100 * detectCpu.sum() / procCpu, 100 * jurisdictionCpu.sum() / procCpu,
                Math.max(0, 100 - 100 * (detectCpu.sum() + jurisdictionCpu.sum()) / procCpu));
        return String.format(Locale.ROOT, "scan: %,d rows in %.1f s, %,.0f rows/s%s; heap: max %d MB, peak used %d MB,"
                + " peak live after GC %d MB; RSS peak %s", r, secs, r / secs, split, Runtime.getRuntime().maxMemory() >> 20,
                HeapWatch.peakUsedMb(), HeapWatch.peakLiveMb(), rssPeak());
    }

    /** VmHWM from /proc/self/status (Linux), else "n/a". */
    static String rssPeak() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return (kb >> 10) + " MB";
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        return "n/a";
    }

    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}

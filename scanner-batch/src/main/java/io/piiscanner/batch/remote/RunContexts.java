package io.piiscanner.batch.remote;

import io.piiscanner.batch.config.PartitionConfiguration;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.config.ScannerConfiguration;
import io.piiscanner.batch.config.SettingsCodec;
import io.piiscanner.batch.job.Progress;
import io.piiscanner.batch.job.RunContext;
import io.piiscanner.batch.store.FindingsStore;
import org.springframework.batch.core.configuration.support.ScopeConfiguration;
import org.springframework.batch.core.step.Step;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A worker serves any run on its store. For each run it builds, on the first request, a child Spring context of
 * its own with the run's settings (read from {@code scan_run.settings}; the store, the work directory and the
 * thread count are the worker's) and the same {@code scanPartition} step definition a single-JVM scan uses
 * ({@link PartitionConfiguration}); the job repository, the store and the source slots come from the worker's
 * context. A context is closed once its run is no longer running here.
 */
final class RunContexts implements AutoCloseable {

    /** One run on this worker: its context, its partition step, what runs and ran here. */
    static final class RunHandle {
        final String runId;
        final AnnotationConfigApplicationContext context;
        final Step step;
        final Progress progress;
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        /** Requests holding this handle (from {@link RunContexts#open} to {@link RunContexts#release}). */
        final AtomicInteger users = new AtomicInteger();

        RunHandle(String runId, AnnotationConfigApplicationContext context, Step step, Progress progress) {
            this.runId = runId;
            this.context = context;
            this.step = step;
            this.progress = progress;
        }
    }

    private final ApplicationContext parent;
    private final FindingsStore store;
    private final WorkerOptions options;
    private final PrintStream err;
    private final Map<String, RunHandle> runs = new LinkedHashMap<>();
    private byte[] key;
    private long closedRows;
    private int closedDone;

    RunContexts(ApplicationContext parent, FindingsStore store, WorkerOptions options, PrintStream err) {
        this.parent = parent;
        this.store = store;
        this.options = options;
        this.err = err;
    }

    /**
     * The run's handle, built on first use, and held until {@link #release}: a held handle is never closed.
     *
     * @throws IllegalStateException when this worker cannot scan for the run (unknown run, no stored settings,
     *                               another fingerprint key), with a message saying why
     */
    synchronized RunHandle open(String runId) throws Exception {
        RunHandle h = runs.get(runId);
        if (h != null) {
            h.users.incrementAndGet();
            return h;
        }
        FindingsStore.RunRow row = store.run(runId).orElseThrow(() -> new IllegalStateException("run " + runId
                + " is not in the work store " + "this worker uses: manager and workers must share one store"));
        if (row.settingsJson() == null) {
            throw new IllegalStateException("run " + runId + " has no stored settings: it was not started with --workers remote");
        }
        if (key == null) {
            key = ScannerConfiguration.loadKey(options.workDir());
        }
        String expected = SettingsCodec.keyCheck(row.settingsJson());
        if (expected != null && !expected.equals(ScannerConfiguration.keyCheck(key))) {
            throw new IllegalStateException("worker " + options.workerId() + " has another fingerprint key than the manager of run "
                    + runId + ": its fingerprints would not match; give every worker the manager's key (SCANNER_FINGERPRINT_KEY"
                    + " or the same fingerprint.key in --work)");
        }
        ScanSettings s = SettingsCodec.decode(row.settingsJson()).withStoreUrl(options.storeUrl())
                .withWorkDir(options.workDir()).withThreads(options.threads());
        String previous = store.previousCompleted(s.name(), runId).map(FindingsStore.RunRow::runId).orElse(null);
        RunContext rc = new RunContext(runId, s, row.operator(), row.started(), previous, null, true);
        AnnotationConfigApplicationContext c = new AnnotationConfigApplicationContext();
        c.setParent(parent);
        c.setDisplayName("run " + runId);
        Progress progress = new Progress(err, true);
        c.getBeanFactory().registerSingleton("runContext", rc);
        c.getBeanFactory().registerSingleton("progress", progress);
        c.register(ScopeConfiguration.class, ScannerConfiguration.class, PartitionConfiguration.class);
        c.refresh();
        h = new RunHandle(runId, c, c.getBean("scanPartitionStep", Step.class), progress);
        runs.put(runId, h);
        h.users.incrementAndGet();
        return h;
    }

    void release(RunHandle h) {
        h.users.decrementAndGet();
    }

    synchronized List<RunHandle> handles() {
        return new ArrayList<>(runs.values());
    }

    /** Closes the contexts of runs that have nothing running here and are no longer STARTED in the store. */
    synchronized void closeFinished() {
        for (var it = runs.values().iterator(); it.hasNext(); ) {
            RunHandle h = it.next();
            if (h.users.get() == 0 && !store.run(h.runId).map(r -> r.status().equals("STARTED")).orElse(false)) {
                closedRows += h.progress.rowsSoFar();
                closedDone += h.done.get();
                h.context.close();
                it.remove();
            }
        }
    }

    /** Rows this worker scanned, over all runs (closed ones included). */
    synchronized long totalRows() {
        return closedRows + runs.values().stream().mapToLong(h -> h.progress.rowsSoFar()).sum();
    }

    /** Partitions this worker finished, over all runs. */
    synchronized int totalDone() {
        return closedDone + runs.values().stream().mapToInt(h -> h.done.get()).sum();
    }

    @Override
    public synchronized void close() {
        runs.values().forEach(h -> h.context.close());
        runs.clear();
    }
}

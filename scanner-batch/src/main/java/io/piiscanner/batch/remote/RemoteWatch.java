package io.piiscanner.batch.remote;

import io.piiscanner.batch.config.PartitionConfiguration;
import io.piiscanner.batch.job.PartitionTally;
import io.piiscanner.batch.job.RunContext;
import io.piiscanner.batch.store.FindingsStore;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.messaging.MessageChannel;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The manager's view of a remote scan, while its {@code scan} step waits for the workers: every 2 s a progress
 * line on stderr (containers and partitions done, rows committed by all workers, the overall rate and an ETA, and
 * per worker its running and finished partitions and its rate), and a watchdog. The watchdog finds partitions
 * still leased by a worker that is no longer alive and that no other worker took over within the dead-after time
 * (normally the broker redelivers a dead worker's request at once and another worker takes it over), and sends
 * their requests again; a second request for a partition is harmless (see {@link WorkerRegistry} leases).
 */
public final class RemoteWatch implements StepExecutionListener {

    private final FindingsStore store;
    private final WorkerRegistry registry;
    private final RunContext run;
    private final MessageChannel requests;
    private final RemoteOptions options;
    private final PrintStream err;
    private final Map<Long, Long> orphanSince = new HashMap<>();
    private final Map<Long, Integer> resent = new HashMap<>();
    private volatile Thread thread;
    private volatile boolean running;
    private long startNanos;
    private long rowsAtStart;
    private long rows;
    private long jobExecutionId;
    private long noWorkerSince = -1;
    private long lastNoWorkerWarning;
    private List<WorkerRegistry.RunWorker> lastWorkers = List.of();

    public RemoteWatch(FindingsStore store, WorkerRegistry registry, RunContext run, MessageChannel requests,
                       RemoteOptions options, PrintStream err) {
        this.store = store;
        this.registry = registry;
        this.run = run;
        this.requests = requests;
        this.options = options;
        this.err = err;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        jobExecutionId = stepExecution.getJobExecutionId();
        startNanos = System.nanoTime();
        rowsAtStart = store.rowsScanned(run.runId());
        rows = rowsAtStart;
        if (!run.quiet()) {
            err.println("scan: partitions go to remote workers through " + options.broker().redacted() + ", queue "
                    + options.queue() + "; start workers with: scanner worker --broker " + options.broker().redacted()
                    + " --store <this run's store_url> --queue " + options.queue());
        }
        running = true;
        Thread t = new Thread(this::loop, "remote-watch");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        tick(true);
        for (String reason : failedPartitions()) {
            err.println("scan: " + reason);
        }
        return null;
    }

    private void loop() {
        while (running) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
            try {
                tick(false);
            } catch (RuntimeException e) {
                if (!run.quiet()) {
                    err.println("scan: cannot read the progress from the store (" + e.getMessage() + ")");
                }
            }
        }
    }

    synchronized void tick(boolean last) {
        rows = store.rowsScanned(run.runId());
        lastWorkers = registry.runWorkers(run.runId(), options.deadAfter());
        if (!last) {
            watchdog();
        }
        if (run.quiet()) {
            return;
        }
        PartitionTally t = PartitionTally.of(store.containers(run.runId()), store.partitionOutcomes(run.runId()));
        long expected = t.expectedRows();
        boolean known = t.rowsKnown();
        double secs = Math.max(0.001, (System.nanoTime() - startNanos) / 1e9);
        long rate = (long) ((rows - rowsAtStart) / secs);
        String eta = known && expected > rows && rate > 0 ? ", ETA " + duration((expected - rows) / rate) : "";
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "scan: %d/%d containers (%d/%d partitions), %,d rows, %,d rows/s%s", t.containersDone(), t.containers(),
                t.partitionsDone(), t.partitions(), rows, rate, eta));
        List<WorkerRegistry.RunWorker> live = lastWorkers.stream().filter(WorkerRegistry.RunWorker::alive).toList();
        line.append(String.format(Locale.ROOT, "; %d worker%s", live.size(), live.size() == 1 ? "" : "s"));
        String sep = ": ";
        for (WorkerRegistry.RunWorker w : live) {
            line.append(sep).append(String.format(Locale.ROOT, "%s %d running %d done %,.0f rows/s", w.workerId(),
                    w.running(), w.done(), w.rate()));
            sep = ", ";
        }
        int gone = lastWorkers.size() - live.size();
        if (gone > 0) {
            line.append(String.format(Locale.ROOT, " (%d gone: %s)", gone, String.join(", ", lastWorkers.stream()
                    .filter(w -> !w.alive()).map(WorkerRegistry.RunWorker::workerId).toList())));
        }
        err.println(line);
    }

    /** Sends again the requests of partitions left running by a dead worker that nobody took over. */
    private void watchdog() {
        long now = System.nanoTime();
        List<WorkerRegistry.Orphan> orphans = registry.orphans(run.runId(), options.deadAfter());
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (WorkerRegistry.Orphan o : orphans) {
            seen.add(o.stepExecutionId());
            if (!partitionOfThisExecution(o.stepExecutionId())) {
                continue;
            }
            long since = orphanSince.computeIfAbsent(o.stepExecutionId(), k -> now);
            int times = resent.getOrDefault(o.stepExecutionId(), 0);
            if (now - since > options.deadAfter().toNanos() * (times + 1) && times < 3) {
                requests.send(MessageBuilder.withPayload(new StepExecutionRequest(PartitionConfiguration.PARTITION_STEP,
                        o.stepExecutionId())).build());
                resent.put(o.stepExecutionId(), times + 1);
                if (!run.quiet()) {
                    err.println("scan: partition " + o.partitionId() + " was left by worker " + o.workerId()
                            + ", which is gone, and no worker took it over; request sent again");
                }
            }
        }
        orphanSince.keySet().retainAll(seen);
        boolean anyAlive = !registry.liveWorkers(options.deadAfter()).isEmpty();
        if (anyAlive) {
            noWorkerSince = -1;
        } else if (noWorkerSince < 0) {
            noWorkerSince = now;
        } else if (!run.quiet() && now - noWorkerSince > 15_000_000_000L && now - lastNoWorkerWarning > 30_000_000_000L) {
            lastNoWorkerWarning = now;
            err.println("scan: no live worker on this store; the partition requests wait in queue " + options.queue()
                    + ": start workers with 'scanner worker --broker " + options.broker().redacted() + " --store ...'");
        }
    }

    private boolean partitionOfThisExecution(long stepExecutionId) {
        return store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM batch_step_execution WHERE step_execution_id = ?"
                        + " AND job_execution_id = ? AND status IN ('STARTING', 'STARTED')").bind(0, stepExecutionId)
                .bind(1, jobExecutionId).mapTo(Integer.class).one()) > 0;
    }

    /** Why partitions of this job execution failed (their exit descriptions), for the console. */
    List<String> failedPartitions() {
        List<String> out = new ArrayList<>();
        store.jdbi().useHandle(h -> h.createQuery("SELECT step_name, exit_message FROM batch_step_execution WHERE job_execution_id = ?"
                        + " AND status NOT IN ('COMPLETED') AND step_name LIKE ? ORDER BY step_name").bind(0, jobExecutionId)
                .bind(1, PartitionConfiguration.PARTITION_STEP + ":%")
                .map((rs, ctx) -> {
                    String msg = rs.getString(2) == null ? "" : rs.getString(2).lines().findFirst().orElse("");
                    out.add(rs.getString(1) + " did not complete" + (msg.isBlank() ? "" : ": " + msg));
                    return null;
                }).list());
        return out;
    }

    /** The remote scan's cost line: rows, seconds, overall rate and each worker's share and rate. */
    public String summary() {
        double secs = Math.max(0.001, (System.nanoTime() - startNanos) / 1e9);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "scan: %,d rows in %.1f s, %,.0f rows/s on %d remote worker%s",
                rows - rowsAtStart, secs, (rows - rowsAtStart) / secs, lastWorkers.size(), lastWorkers.size() == 1 ? "" : "s"));
        String sep = " (";
        for (WorkerRegistry.RunWorker w : lastWorkers) {
            sb.append(sep).append(String.format(Locale.ROOT, "%s: %d partitions, %,d rows, %,.0f rows/s", w.workerId(), w.done(),
                    w.rows(), w.rate()));
            sep = "; ";
        }
        return sb.append(lastWorkers.isEmpty() ? "" : ")").toString();
    }

    private static String duration(long s) {
        return s >= 3600 ? s / 3600 + "h" + (s % 3600) / 60 + "m" : s >= 60 ? s / 60 + "m" + s % 60 + "s" : s + "s";
    }
}

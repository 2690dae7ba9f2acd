package io.piiscanner.batch.remote;

import io.piiscanner.batch.config.PartitionConfiguration;
import io.piiscanner.batch.source.FailureReasons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code scanPartition} step as a worker sees it: Spring Batch's {@code StepExecutionRequestHandler} hands
 * it each partition's step execution, and this step
 * <ol>
 *   <li>drops requests whose step execution is already over (a duplicate, or a request the manager replaced on a
 *       restart: only STARTING and STARTED executions run);</li>
 *   <li>finds (or builds) the run's context and its {@code scanPartition} step ({@link RunContexts}); a worker
 *       that cannot scan for the run fails the partition with the reason;</li>
 *   <li>claims the partition's lease, waiting while a live worker runs it and taking it over from a dead one;</li>
 *   <li>reloads the step execution (whoever ran it before may have committed more chunks) and executes it. A step
 *       execution left STARTED by a killed worker simply runs again: its reader opens at the checkpoint of the
 *       last committed chunk, and chunk writes are keyed by partition and record, so nothing counts twice.</li>
 * </ol>
 */
final class RunDispatchingStep implements Step {

    private static final Logger LOG = LoggerFactory.getLogger(RunDispatchingStep.class);

    /** The reader's record count in the step execution context, saved with each chunk (ContainerItemReader). */
    static final String COMMITTED_RECORDS = "scan.count";

    /** Runs of one partition when its outcome cannot be saved (the store keeps failing as it ends). */
    private static final int MAX_ATTEMPTS = 5;

    private final JobRepository repo;
    private final RunContexts runs;
    private final WorkerRegistry registry;
    private final WorkerOptions options;
    private final PrintStream err;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong lastActivity = new AtomicLong(System.nanoTime());

    RunDispatchingStep(JobRepository repo, RunContexts runs, WorkerRegistry registry, WorkerOptions options, PrintStream err) {
        this.repo = repo;
        this.runs = runs;
        this.registry = registry;
        this.options = options;
        this.err = err;
    }

    @Override
    public String getName() {
        return PartitionConfiguration.PARTITION_STEP;
    }

    /** Requests being handled now (running, or waiting for a lease). */
    int inFlight() {
        return inFlight.get();
    }

    /** Nanos of the last request's end (or of the worker's start). */
    long lastActivity() {
        return lastActivity.get();
    }

    static boolean runnable(StepExecution se) {
        return se != null && (se.getStatus() == BatchStatus.STARTING || se.getStatus() == BatchStatus.STARTED);
    }

    @Override
    public void execute(StepExecution request) throws JobInterruptedException {
        inFlight.incrementAndGet();
        try {
            handle(request);
        } finally {
            inFlight.decrementAndGet();
            lastActivity.set(System.nanoTime());
        }
    }

    private void handle(StepExecution request) throws JobInterruptedException {
        long id = request.getId();
        String runId = request.getJobExecution().getJobParameters().getString("run.id");
        String partition = request.getExecutionContext().containsKey("partition.id")
                ? request.getExecutionContext().getString("partition.id") : request.getStepName();
        if (!runnable(request)) {
            say("partition %s of run %s: step execution %d is %s already; request dropped", partition, runId, id, request.getStatus());
            return;
        }
        RunContexts.RunHandle run;
        try {
            run = awaitStore("opening run " + runId, () -> {
                try {
                    return runs.open(runId);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
        } catch (RuntimeException e) {
            String why = "worker " + options.workerId() + " cannot scan for run " + runId + ": " + FailureReasons.describe(e);
            LOG.error(why);
            awaitStore("failing partition " + partition, () -> {
                fail(id, why);
                return null;
            });
            return;
        }
        try {
            handle(run, runId, partition, id);
        } finally {
            runs.release(run);
        }
    }

    private void handle(RunContexts.RunHandle run, String runId, String partition, long id) throws JobInterruptedException {
        Optional<WorkerRegistry.Lease> lease = claim(runId, partition, id);
        if (lease.isEmpty()) {
            say("partition %s of run %s: finished by another worker meanwhile; request dropped", partition, runId);
            return;
        }
        run.running.incrementAndGet();
        try {
            // normally once; again when the store was away as the partition ended and its outcome could not be saved
            // (the step execution is still STARTED in the store): it resumes after its last committed chunk
            for (int attempt = 0; ; attempt++) {
                StepExecution se = awaitStore("reading step execution " + id, () -> repo.getStepExecution(id));
                if (!runnable(se)) {
                    if (attempt == 0) {
                        say("partition %s of run %s: step execution %d is %s already; request dropped", partition, runId, id,
                                se == null ? "gone" : se.getStatus());
                    }
                    return;
                }
                if (attempt >= MAX_ATTEMPTS) {
                    LOG.error("worker {}: partition {} of run {}: its outcome could not be saved after {} attempts; leaving it"
                            + " to the manager's watchdog", options.workerId(), partition, runId, attempt);
                    return;
                }
                if (!execute(run, se, lease.get(), partition, runId, attempt)) {
                    return;
                }
            }
        } finally {
            run.running.decrementAndGet();
            awaitStore("releasing partition " + partition, () -> {
                registry.finish(runId, partition, options.workerId());
                return null;
            });
        }
    }

    /** Runs the partition once; false when it need not run again. */
    private boolean execute(RunContexts.RunHandle run, StepExecution se, WorkerRegistry.Lease lease, String partition,
                            String runId, int attempt) throws JobInterruptedException {
        long t0 = System.nanoTime();
        long rows0 = run.progress.rowsSoFar();
        long committed = se.getExecutionContext().getLong(COMMITTED_RECORDS, 0L);
        if (attempt > 0) {
            say("partition %s of run %s: its outcome could not be saved (store unreachable?); running it again after record"
                    + " %,d (its last committed chunk)", partition, runId, committed);
        } else if (lease.how() == WorkerRegistry.Claim.TAKEN_OVER) {
            say("partition %s of run %s: taking over from worker %s, which is gone; resuming after record %,d (its last"
                    + " committed chunk)", partition, runId, lease.previousWorker(), committed);
        } else if (se.getStatus() == BatchStatus.STARTED) {
            say("partition %s of run %s: step execution %d was left running; resuming after record %,d (its last"
                    + " committed chunk)", partition, runId, se.getId(), committed);
        } else {
            say("partition %s of run %s: started (step execution %d)", partition, runId, se.getId());
        }
        run.step.execute(se);
        if (takenBack(se)) {
            // a restarted manager marked this execution failed while it ran here: the chunk in flight was rolled
            // back, and the manager's new execution of the partition resumes after the last committed one
            say("partition %s of run %s: stopped, the restarted manager took the partition back (its new execution"
                    + " resumes after the last committed chunk)", partition, runId);
            return false;
        }
        StepExecution saved = awaitStore("reading step execution " + se.getId(), () -> repo.getStepExecution(se.getId()));
        if (runnable(saved)) {
            pause(5000);
            return true;
        }
        run.done.incrementAndGet();
        try {
            registry.runStats(runId, options.workerId(), run.running.get() - 1, run.done.get(), run.progress.rowsSoFar());
        } catch (RuntimeException e) {
            // progress only; the heartbeat writes it again
        }
        say("partition %s of run %s: %s in %.1f s, %,d rows", partition, runId, saved.getStatus(),
                (System.nanoTime() - t0) / 1e9, run.progress.rowsSoFar() - rows0);
        return false;
    }

    private Optional<WorkerRegistry.Lease> claim(String runId, String partition, long id) throws JobInterruptedException {
        while (true) {
            try {
                return registry.claim(runId, partition, id, options.workerId(), options.deadAfter(),
                        () -> runnable(repo.getStepExecution(id)), Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JobInterruptedException("worker stopping while waiting for partition " + partition);
            } catch (RuntimeException e) {
                if (!StoreErrors.isTransient(e)) {
                    throw e;
                }
                say("store unreachable while claiming partition %s (%s); retrying", partition, FailureReasons.describe(e));
                pause(5000);
            }
        }
    }

    /**
     * Runs a store operation, waiting (with growing pauses) while the store is unreachable: the request stays
     * unacknowledged meanwhile, so if this worker dies the broker hands it to another.
     */
    private <T> T awaitStore(String what, java.util.function.Supplier<T> call) {
        long pause = 1000;
        while (true) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                if (!StoreErrors.isTransient(e)) {
                    throw e;
                }
                say("store unreachable while %s (%s); retrying", what, FailureReasons.describe(e));
                pause(pause);
                pause = Math.min(pause * 2, 10_000);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static boolean takenBack(StepExecution se) {
        for (Throwable t : se.getFailureExceptions()) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof org.springframework.dao.OptimisticLockingFailureException) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Marks a partition failed without running it (the manager then fails the scan step with this reason). */
    private void fail(long id, String why) {
        StepExecution se = repo.getStepExecution(id);
        if (!runnable(se)) {
            return;
        }
        if (se.getStartTime() == null) {
            se.setStartTime(LocalDateTime.now());
        }
        se.setStatus(BatchStatus.FAILED);
        se.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
        se.setEndTime(LocalDateTime.now());
        repo.update(se);
    }

    private void say(String format, Object... args) {
        String line = "worker " + options.workerId() + ": " + String.format(Locale.ROOT, format, args);
        if (!options.quiet()) {
            err.println(line);
        }
    }
}

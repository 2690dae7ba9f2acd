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
            run = runs.open(runId);
        } catch (Exception e) {
            String why = "worker " + options.workerId() + " cannot scan for run " + runId + ": " + FailureReasons.describe(e);
            LOG.error(why);
            fail(id, why);
            return;
        }
        Optional<WorkerRegistry.Lease> lease;
        try {
            lease = registry.claim(runId, partition, id, options.workerId(), options.deadAfter(),
                    () -> runnable(repo.getStepExecution(id)), Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobInterruptedException("worker stopping while waiting for partition " + partition);
        }
        if (lease.isEmpty()) {
            say("partition %s of run %s: finished by another worker meanwhile; request dropped", partition, runId);
            return;
        }
        run.running.incrementAndGet();
        long t0 = System.nanoTime();
        long rows0 = run.progress.rowsSoFar();
        try {
            StepExecution se = repo.getStepExecution(id);
            if (!runnable(se)) {
                say("partition %s of run %s: step execution %d is %s already; request dropped", partition, runId, id,
                        se == null ? "gone" : se.getStatus());
                return;
            }
            long committed = se.getExecutionContext().getLong(COMMITTED_RECORDS, 0L);
            if (lease.get().how() == WorkerRegistry.Claim.TAKEN_OVER) {
                say("partition %s of run %s: taking over from worker %s, which is gone; resuming after record %,d (its last"
                        + " committed chunk)", partition, runId, lease.get().previousWorker(), committed);
            } else if (se.getStatus() == BatchStatus.STARTED) {
                say("partition %s of run %s: step execution %d was left running; resuming after record %,d (its last"
                        + " committed chunk)", partition, runId, id, committed);
            } else {
                say("partition %s of run %s: started (step execution %d)", partition, runId, id);
            }
            run.step.execute(se);
            if (takenBack(se)) {
                // a restarted manager marked this execution failed while it ran here: the chunk in flight was rolled
                // back, and the manager's new execution of the partition resumes after the last committed one
                say("partition %s of run %s: stopped, the restarted manager took the partition back (its new execution"
                        + " resumes after the last committed chunk)", partition, runId);
                return;
            }
            run.done.incrementAndGet();
            registry.runStats(runId, options.workerId(), run.running.get() - 1, run.done.get(), run.progress.rowsSoFar());
            say("partition %s of run %s: %s in %.1f s, %,d rows", partition, runId, se.getStatus(),
                    (System.nanoTime() - t0) / 1e9, run.progress.rowsSoFar() - rows0);
        } finally {
            run.running.decrementAndGet();
            registry.finish(runId, partition, options.workerId());
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

package io.piiscanner.batch.launch;

import com.zaxxer.hikari.HikariDataSource;
import io.piiscanner.batch.ScannerBatchApplication;
import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.LocalScanConfiguration;
import io.piiscanner.batch.config.ScanJobConfiguration;
import io.piiscanner.batch.config.ScannerConfiguration;
import io.piiscanner.batch.config.SettingsCodec;
import io.piiscanner.batch.remote.BrokerSettings;
import io.piiscanner.batch.remote.RemoteManagerConfiguration;
import io.piiscanner.batch.remote.RemoteOptions;
import io.piiscanner.batch.remote.RemoteWatch;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.job.Progress;
import io.piiscanner.batch.job.ReportTasklet;
import io.piiscanner.batch.job.RunContext;
import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.batch.store.WorkStore;
import org.jdbi.v3.core.Jdbi;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs (or resumes) one exposure scan in a Spring Boot context built for it, and turns the outcome into an
 * exit code. One process, one run: the run's settings are singletons of the context.
 */
public final class ScanRunner {

    /**
     * The outcome: exit code (see docs/scan-job.md), run id, report folder (null when none was written), the
     * number of new exposures against the previous run, a one-line cost summary ({@link Progress#summary()})
     * and, for a run that stopped to be resumed later (an API allocation used up), why.
     */
    public record Result(int exitCode, String runId, Path folder, int newExposure, String summary, String stopReason) {
        public Result(int exitCode, String runId, Path folder, int newExposure) {
            this(exitCode, runId, folder, newExposure, null, null);
        }
    }

    private final Credentials credentials;
    private final boolean quiet;
    private final PrintStream err;
    private RemoteOptions remote;

    public ScanRunner(Credentials credentials, boolean quiet) {
        this(credentials, quiet, System.err);
    }

    /** {@code err} receives the progress display (unless quiet). */
    public ScanRunner(Credentials credentials, boolean quiet, PrintStream err) {
        this.credentials = credentials;
        this.quiet = quiet;
        this.err = err;
    }

    /**
     * Makes the run a manager of remote workers (docs/scaling.md): its scan step sends partition requests to the
     * broker instead of running them on a thread pool. Needs a PostgreSQL work store shared with the workers.
     */
    public ScanRunner remote(RemoteOptions options) {
        this.remote = options;
        return this;
    }

    /** Starts a new run, or with {@code resume} restarts the latest unfinished run of the same profile. */
    public Result run(ScanSettings settings, boolean resume) throws Exception {
        String runId;
        Instant started = Instant.now();
        String previous;
        Instant changedSince = null;
        boolean restart = false;
        try (HikariDataSource ds = WorkStore.dataSource(settings.withThreads(1), credentials)) {
            FindingsStore store = new FindingsStore(Jdbi.create(ds), WorkStore.isPostgres(ds));
            if (remote != null) {
                checkRemote(ds);
            }
            Optional<FindingsStore.RunRow> unfinished = resume ? store.latestUnfinished(settings.name()) : Optional.empty();
            if (unfinished.isPresent()) {
                runId = unfinished.get().runId();
                started = unfinished.get().started();
                restart = true;
                if (remote != null) {
                    store.restartRun(runId); // STARTED again: workers keep the run's context while it is
                }
            } else {
                runId = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(started)
                        + "-" + UUID.randomUUID().toString().substring(0, 8);
                store.createRun(runId, settings.name(), operator(), null, started);
            }
            if (remote != null) {
                // what the workers read: the run's settings (no credentials) and a check value of the fingerprint key
                store.saveRunSettings(runId, SettingsCodec.encode(settings,
                        ScannerConfiguration.keyCheck(ScannerConfiguration.loadKey(settings.workDir()))));
            }
            Optional<FindingsStore.RunRow> prev = store.previousCompleted(settings.name(), runId);
            previous = prev.map(FindingsStore.RunRow::runId).orElse(null);
            if (settings.incremental() && prev.isPresent()) {
                changedSince = prev.get().started();
            }
        }
        RunContext ctx = new RunContext(runId, settings, operator(), started, previous, changedSince, quiet);
        try (ConfigurableApplicationContext app = start(ctx)) {
            try {
                return runJob(app, runId, restart);
            } finally {
                WorkStore.closeEmbedded(app.getBean(HikariDataSource.class));
            }
        }
    }

    private Result runJob(ConfigurableApplicationContext app, String runId, boolean restart) throws Exception {
        JobOperator operator = app.getBean(JobOperator.class);
        JobRepository repo = app.getBean(JobRepository.class);
        Job job = app.getBean(Job.class);
        JobParameters params = new JobParametersBuilder().addString("run.id", runId).toJobParameters();
        JobExecution last = repo.getLastJobExecution(ScanJobConfiguration.JOB_NAME, params);
        JobExecution exec;
        if (restart && last != null) {
            if (last.getStatus().isRunning() && remote == null) {
                // the process that ran it was killed: mark the execution failed so it can be restarted
                last = operator.recover(last);
            } else if (last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN
                    || last.getStepExecutions().stream().anyMatch(se -> se.getStatus().isRunning())) {
                last = failStale(repo, last);
            }
            exec = operator.restart(last);
        } else {
            exec = operator.start(job, params);
        }
        FindingsStore store = app.getBean(FindingsStore.class);
        RemoteWatch watch = app.getBeanProvider(RemoteWatch.class).getIfAvailable();
        String summary = watch != null ? watch.summary() : app.getBean(Progress.class).summary();
        if (exec.getStatus() != BatchStatus.COMPLETED) {
            store.finishRun(runId, Instant.now(), "FAILED", null);
            return new Result(ScannerBatchApplication.EXIT_FAILED, runId, null, 0, summary, stopReason(exec));
        }
        String folder = exec.getExecutionContext().getString(ReportTasklet.RUN_FOLDER);
        int newExposure = exec.getExecutionContext().getInt(ReportTasklet.NEW_EXPOSURE, 0);
        int code = newExposure > 0 ? ScannerBatchApplication.EXIT_NEW_EXPOSURE : ScannerBatchApplication.EXIT_OK;
        return new Result(code, runId, Path.of(folder), newExposure, summary, null);
    }

    /**
     * Marks a run's stale executions FAILED so that {@code restart} takes them up, where {@code JobOperator.recover}
     * cannot:
     * <ul>
     *   <li>a run whose partitions may still be running on remote workers: those keep committing chunks (and bumping
     *   their step executions' versions) while the manager is away, so each running step execution is reloaded and
     *   marked again if a worker's commit came in between. A worker's next chunk commit on such an execution then
     *   fails and rolls back; the restarted manager step makes new executions from the last committed checkpoints,
     *   and the partition leases keep old and new from running at once;</li>
     *   <li>a run Spring Batch left UNKNOWN (or failed, with the partition whose commit failed still STARTED) because
     *   a chunk's commit failed and the failure could not be recorded either (seen: the embedded H2 store's "Chunk
     *   not found" on COMMIT, then an optimistic locking error on the step execution). Restarting it is safe here:
     *   a chunk's findings, counts and checkpoint commit in one transaction, so a failed commit left nothing.</li>
     * </ul>
     */
    static JobExecution failStale(JobRepository repo, JobExecution last) {
        for (org.springframework.batch.core.step.StepExecution stale : last.getStepExecutions()) {
            for (int attempt = 0; ; attempt++) {
                org.springframework.batch.core.step.StepExecution se = repo.getStepExecution(stale.getId());
                if (se == null || !(se.getStatus().isRunning() || se.getStatus() == BatchStatus.UNKNOWN)) {
                    break;
                }
                se.setStatus(BatchStatus.FAILED);
                if (se.getEndTime() == null) {
                    se.setEndTime(java.time.LocalDateTime.now());
                }
                try {
                    repo.update(se);
                    break;
                } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                    if (attempt >= 20) {
                        throw e;
                    }
                }
            }
        }
        JobExecution fresh = repo.getJobExecution(last.getId());
        fresh.setStatus(BatchStatus.FAILED);
        if (fresh.getEndTime() == null) {
            fresh.setEndTime(java.time.LocalDateTime.now());
        }
        repo.update(fresh);
        return fresh;
    }

    /** The message of a deliberate, resumable stop among the run's failures, or null. */
    static String stopReason(JobExecution exec) {
        for (Throwable t : exec.getAllFailureExceptions()) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof io.piiscanner.batch.source.ResumableStopException) {
                    return c.getMessage();
                }
            }
        }
        return null;
    }

    /** A remote run needs a PostgreSQL store (the workers share it) and a broker that answers now. */
    private void checkRemote(HikariDataSource ds) throws Exception {
        if (!WorkStore.isPostgres(ds)) {
            throw new IllegalArgumentException("remote workers need a PostgreSQL work store that they share with the manager:"
                    + " give --store jdbc:postgresql://... or store_url in the profile");
        }
        var f = remote.broker().connectionFactory("pii-scanner manager check");
        try {
            String problem = remote.broker().probe(f);
            if (problem != null) {
                throw new java.io.IOException("cannot reach the message broker at " + remote.broker().redacted() + " (" + problem
                        + "); start RabbitMQ or fix --broker / " + BrokerSettings.ENV_URL);
            }
        } finally {
            f.destroy();
        }
    }

    private ConfigurableApplicationContext start(RunContext ctx) {
        SpringApplication app = new SpringApplication(ScanJobConfiguration.class,
                remote != null ? RemoteManagerConfiguration.class : LocalScanConfiguration.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setRegisterShutdownHook(false);
        app.addInitializers(c -> {
            c.getBeanFactory().registerSingleton("runContext", ctx);
            c.getBeanFactory().registerSingleton("credentials", credentials);
            // with remote workers the rows are counted there; the manager's console line is RemoteWatch's
            c.getBeanFactory().registerSingleton("progress", new Progress(err, quiet || remote != null));
            if (remote != null) {
                c.getBeanFactory().registerSingleton("remoteOptions", remote);
                c.getBeanFactory().registerSingleton("remoteConsole", err);
            }
        });
        return app.run();
    }

    static String operator() {
        String user = System.getProperty("user.name", "unknown");
        try {
            return user + "@" + java.net.InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return user;
        }
    }
}

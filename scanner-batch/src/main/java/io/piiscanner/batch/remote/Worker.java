package io.piiscanner.batch.remote;

import com.zaxxer.hikari.HikariDataSource;
import io.piiscanner.batch.ScannerBatchApplication;
import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.source.FailureReasons;
import io.piiscanner.batch.store.WorkStore;
import org.jdbi.v3.core.Jdbi;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.context.Lifecycle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One worker process ({@code ./scanner worker}): connects to the broker (waiting up to the connect timeout, then
 * exiting with a clear message), registers in the store with a liveness lock and a heartbeat, and runs partition
 * requests from the queue until it is stopped (SIGTERM: it stops taking requests, lets running partitions end
 * for up to 10 s, and leaves; whatever it did not finish is requeued by the broker and taken over by another
 * worker) or, with an idle exit, until it has had nothing to do for that long and the queue is empty.
 */
public final class Worker {

    private final WorkerOptions options;
    private final Credentials credentials;
    private final PrintStream err;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;

    public Worker(WorkerOptions options, Credentials credentials, PrintStream err) {
        this.options = options;
        this.credentials = credentials;
        this.err = err;
    }

    /** Asks a running worker to stop (as SIGTERM does). */
    public void stop() {
        stopping = true;
        stop.countDown();
    }

    /** Runs until stopped or idle; returns the exit code. */
    public int run() {
        CachingConnectionFactory broker = options.broker().connectionFactory("pii-scanner worker " + options.workerId());
        try {
            String problem = waitForBroker(broker);
            if (problem != null) {
                err.println("scanner worker: cannot reach the message broker at " + options.broker().redacted() + " after "
                        + options.connectTimeout().toSeconds() + " s (" + problem + "); a worker needs a running broker:"
                        + " start RabbitMQ or fix --broker / " + BrokerSettings.ENV_URL);
                return ScannerBatchApplication.EXIT_FAILED;
            }
            ScanSettings storeSettings = ScanSettings.adHoc(List.of()).withStoreUrl(options.storeUrl())
                    .withWorkDir(options.workDir()).withThreads(options.threads());
            try (HikariDataSource ds = WorkStore.dataSource(storeSettings, credentials)) {
                if (!WorkStore.isPostgres(ds)) {
                    err.println("scanner worker: the work store must be the manager's PostgreSQL store (--store jdbc:postgresql://...)");
                    return ScannerBatchApplication.EXIT_USAGE;
                }
                return serve(ds, broker);
            }
        } catch (Exception e) {
            err.println("scanner worker: " + e.getClass().getSimpleName() + ": " + FailureReasons.describe(e));
            return ScannerBatchApplication.EXIT_FAILED;
        } finally {
            broker.destroy();
        }
    }

    private String waitForBroker(CachingConnectionFactory broker) throws InterruptedException {
        long deadline = System.nanoTime() + options.connectTimeout().toNanos();
        String problem;
        boolean told = false;
        while ((problem = options.broker().probe(broker)) != null && System.nanoTime() < deadline && !stopping) {
            if (!told && !options.quiet()) {
                err.println("scanner worker: waiting for the broker at " + options.broker().redacted() + " (" + problem + ")");
                told = true;
            }
            Thread.sleep(1000);
        }
        return problem;
    }

    private int serve(HikariDataSource ds, CachingConnectionFactory broker) throws Exception {
        WorkerRegistry registry = new WorkerRegistry(Jdbi.create(ds));
        LivenessLock lock = new LivenessLock(ds);
        registry.register(options.workerId(), host(), ProcessHandle.current().pid(), options.threads(), lock.id);
        AnnotationConfigApplicationContext ctx = new AnnotationConfigApplicationContext();
        Thread hook = new Thread(() -> {
            stop();
            try {
                finished.await(15, TimeUnit.SECONDS); // let the cleanup below run before the JVM halts
            } catch (InterruptedException ignored) {
                // halting
            }
        }, "worker-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Thread beat = null;
        try {
            ctx.getBeanFactory().registerSingleton("dataSource", ds);
            ctx.getBeanFactory().registerSingleton("credentials", credentials);
            ctx.getBeanFactory().registerSingleton("workerOptions", options);
            ctx.getBeanFactory().registerSingleton("brokerConnectionFactory", broker);
            ctx.getBeanFactory().registerSingleton("workerErr", err);
            ctx.register(WorkerConfiguration.class);
            ctx.refresh();
            RunDispatchingStep step = ctx.getBean(RunDispatchingStep.class);
            RunContexts runs = ctx.getBean(RunContexts.class);
            beat = new Thread(() -> heartbeat(registry, lock, runs, step), "worker-heartbeat");
            beat.setDaemon(true);
            beat.start();
            ctx.getBean("partitionRequests", Lifecycle.class).start();
            if (!options.quiet()) {
                err.printf(Locale.ROOT, "scanner worker %s: %d threads, broker %s, queue %s, store ready; waiting for partitions%n",
                        options.workerId(), options.threads(), options.broker().redacted(), options.queue());
            }
            RabbitAdmin admin = new RabbitAdmin(broker);
            while (!stop.await(1, TimeUnit.SECONDS)) {
                if (options.idleExit() != null && step.inFlight() == 0
                        && System.nanoTime() - step.lastActivity() > options.idleExit().toNanos() && queueEmpty(admin)) {
                    if (!options.quiet()) {
                        err.println("scanner worker " + options.workerId() + ": idle for " + options.idleExit().toSeconds()
                                + " s and the queue is empty; exiting");
                    }
                    break;
                }
            }
            return ScannerBatchApplication.EXIT_OK;
        } finally {
            stopping = true;
            ctx.close(); // stops consuming; running partitions get the container's shutdown timeout
            if (beat != null) {
                beat.interrupt();
            }
            try {
                registry.stopped(options.workerId());
            } catch (RuntimeException ignored) {
                // the store may be gone; the lock below ends with the session anyway
            }
            lock.close();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
    }

    private boolean queueEmpty(RabbitAdmin admin) {
        try {
            QueueInformation q = admin.getQueueInfo(options.queue());
            return q != null && q.getMessageCount() == 0;
        } catch (RuntimeException e) {
            return false; // broker away: not idle, just waiting
        }
    }

    /** Every 2 s: the heartbeat, each run's progress here, closing finished runs; a console line every 10 s. */
    private void heartbeat(WorkerRegistry registry, LivenessLock lock, RunContexts runs, RunDispatchingStep step) {
        long lastLine = System.nanoTime();
        long lastRows = 0;
        while (!stopping) {
            try {
                lock.beat(options.workerId());
                int running = 0;
                for (RunContexts.RunHandle h : runs.handles()) {
                    registry.runStats(h.runId, options.workerId(), h.running.get(), h.done.get(), h.progress.rowsSoFar());
                    running += h.running.get();
                }
                runs.closeFinished();
                long rows = runs.totalRows();
                int done = runs.totalDone();
                long now = System.nanoTime();
                if (!options.quiet() && now - lastLine >= 10_000_000_000L && (running > 0 || rows != lastRows)) {
                    err.printf(Locale.ROOT, "worker %s: %d running, %d done, %,d rows, %,.0f rows/s over the last %.0f s%n",
                            options.workerId(), running, done, rows, (rows - lastRows) / ((now - lastLine) / 1e9),
                            (now - lastLine) / 1e9);
                    lastLine = now;
                    lastRows = rows;
                }
            } catch (RuntimeException e) {
                err.println("worker " + options.workerId() + ": heartbeat failed (" + FailureReasons.describe(e) + "); retrying");
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /**
     * The worker's liveness: a session-level advisory lock {@code (LOCK_CLASS, id)} held on a connection of its own
     * for the worker's lifetime (PostgreSQL drops it the moment the process dies), and the heartbeat written on the
     * same connection. A broken connection is reopened and the lock taken again.
     */
    private static final class LivenessLock implements AutoCloseable {
        final int id;
        private final HikariDataSource ds;
        private Connection c;

        LivenessLock(HikariDataSource ds) throws SQLException {
            this.ds = ds;
            this.c = connect();
            int candidate;
            do {
                candidate = ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
            } while (!tryLock(c, candidate));
            this.id = candidate;
        }

        private Connection connect() throws SQLException {
            Connection conn = DriverManager.getConnection(ds.getJdbcUrl(), ds.getUsername(), ds.getPassword());
            conn.setAutoCommit(true);
            return conn;
        }

        private static boolean tryLock(Connection c, int id) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                ps.setInt(1, WorkerRegistry.LOCK_CLASS);
                ps.setInt(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        }

        synchronized void beat(String workerId) {
            try {
                if (c == null || !c.isValid(5)) {
                    if (c != null) {
                        c.close();
                    }
                    c = connect();
                    if (!tryLock(c, id)) {
                        throw new IllegalStateException("liveness lock " + id + " is held by another session");
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE scan_worker SET heartbeat_at = now(), status = 'RUNNING'"
                        + " WHERE worker_id = ?")) {
                    ps.setString(1, workerId);
                    ps.executeUpdate();
                }
            } catch (SQLException e) {
                try {
                    if (c != null) {
                        c.close();
                    }
                } catch (SQLException ignored) {
                    // reconnect next beat
                }
                c = null;
                throw new IllegalStateException("store unreachable: " + e.getMessage(), e);
            }
        }

        @Override
        public synchronized void close() {
            if (c != null) {
                try {
                    c.close(); // ends the session and with it the lock
                } catch (SQLException ignored) {
                    // gone anyway
                }
                c = null;
            }
        }
    }
}

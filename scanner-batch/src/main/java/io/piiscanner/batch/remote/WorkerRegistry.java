package io.piiscanner.batch.remote;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Workers, their liveness and their partitions, in the shared PostgreSQL store (autocommit, never inside a chunk
 * transaction; times are the database's, so machines' clocks do not matter).
 * <ul>
 *   <li>{@code scan_worker}: one row per worker process, its heartbeat (every 2 s) and the id of a session-level
 *       advisory lock it holds for as long as it lives. A worker is <b>alive</b> while its lock is held and its
 *       heartbeat is younger than the dead-after time: a killed worker loses the lock the moment its connection
 *       closes, a hung or cut-off one stops beating.</li>
 *   <li>{@code scan_partition_lease}: which worker runs which partition of a run. A partition request runs only
 *       under its lease, so two workers never run one partition at once, even when the broker delivers a request
 *       twice (after a broker restart, a channel timeout or a manager restart).</li>
 *   <li>{@code scan_worker_run}: each worker's progress on a run, for the manager's console.</li>
 * </ul>
 */
public final class WorkerRegistry {

    /** First key of the workers' liveness advisory locks ("PIIW" in ASCII); the second is the worker's lock id. */
    public static final int LOCK_CLASS = 0x50494957;

    private final Jdbi jdbi;

    public WorkerRegistry(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    // ---- workers

    public void register(String workerId, String host, long pid, int threads, int lockId) {
        jdbi.useHandle(h -> {
            h.execute("DELETE FROM scan_worker WHERE worker_id = ?", workerId);
            h.execute("INSERT INTO scan_worker (worker_id, host, pid, threads, lock_id, started_at, heartbeat_at, status)"
                    + " VALUES (?, ?, ?, ?, ?, now(), now(), 'RUNNING')", workerId, host, pid, threads, lockId);
        });
    }

    public void stopped(String workerId) {
        jdbi.useHandle(h -> h.execute("UPDATE scan_worker SET status = 'STOPPED', heartbeat_at = now() WHERE worker_id = ?", workerId));
    }

    /** SQL for "worker w is alive" (w: an alias of scan_worker; one parameter: dead-after in seconds). */
    private static final String ALIVE = "(w.status = 'RUNNING' AND w.heartbeat_at > now() - make_interval(secs => ?)"
            + " AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2"
            + " AND l.classid::bigint = " + LOCK_CLASS + " AND l.objid::bigint = w.lock_id"
            + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())))";

    public boolean alive(String workerId, Duration deadAfter) {
        return jdbi.withHandle(h -> alive(h, workerId, deadAfter));
    }

    private static boolean alive(Handle h, String workerId, Duration deadAfter) {
        return h.createQuery("SELECT " + ALIVE + " FROM scan_worker w WHERE w.worker_id = ?")
                .bind(0, seconds(deadAfter)).bind(1, workerId).mapTo(Boolean.class).findOne().orElse(false);
    }

    /** A worker as the manager's console shows it. */
    public record WorkerRow(String workerId, String host, long pid, int threads, boolean alive) {
    }

    public List<WorkerRow> liveWorkers(Duration deadAfter) {
        return jdbi.withHandle(h -> h.createQuery("SELECT w.worker_id, w.host, w.pid, w.threads, " + ALIVE
                        + " FROM scan_worker w ORDER BY w.started_at").bind(0, seconds(deadAfter))
                .map((rs, ctx) -> new WorkerRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getBoolean(5)))
                .list().stream().filter(WorkerRow::alive).toList());
    }

    // ---- leases

    /** How a lease was obtained. */
    public enum Claim { NEW, AFTER_FINISHED, TAKEN_OVER }

    /** A claimed lease; {@code previousWorker} is the dead holder it was taken from, if any. */
    public record Lease(String runId, String partitionId, Claim how, String previousWorker) {
    }

    /**
     * Claims partition {@code partitionId} of a run for {@code workerId}, waiting while another live worker (or
     * another thread of this one) runs it. Returns empty when {@code stillWanted} turns false while waiting (the
     * step execution was finished by whoever held the lease). A lease held by a dead worker is taken over.
     */
    public Optional<Lease> claim(String runId, String partitionId, long stepExecutionId, String workerId, Duration deadAfter,
                                 BooleanSupplier stillWanted, Duration pollEvery) throws InterruptedException {
        while (true) {
            Optional<Lease> l = tryClaim(runId, partitionId, stepExecutionId, workerId, deadAfter);
            if (l.isPresent()) {
                return l;
            }
            if (!stillWanted.getAsBoolean()) {
                return Optional.empty();
            }
            Thread.sleep(pollEvery.toMillis());
        }
    }

    Optional<Lease> tryClaim(String runId, String partitionId, long stepExecutionId, String workerId, Duration deadAfter) {
        return jdbi.withHandle(h -> {
            int inserted = h.createUpdate("INSERT INTO scan_partition_lease (run_id, partition_id, step_execution_id, worker_id,"
                            + " state, claimed_at, takeovers) VALUES (?, ?, ?, ?, 'RUNNING', now(), 0) ON CONFLICT DO NOTHING")
                    .bind(0, runId).bind(1, partitionId).bind(2, stepExecutionId).bind(3, workerId).execute();
            if (inserted == 1) {
                return Optional.of(new Lease(runId, partitionId, Claim.NEW, null));
            }
            Optional<String[]> cur = h.createQuery("SELECT worker_id, state FROM scan_partition_lease WHERE run_id = ? AND partition_id = ?")
                    .bind(0, runId).bind(1, partitionId).map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).findOne();
            if (cur.isEmpty()) {
                return Optional.<Lease>empty(); // deleted in between: try again
            }
            String holder = cur.get()[0];
            boolean finished = !cur.get()[1].equals("RUNNING");
            if (!finished && alive(h, holder, deadAfter)) {
                return Optional.<Lease>empty();
            }
            int n = h.createUpdate("UPDATE scan_partition_lease SET worker_id = ?, state = 'RUNNING', step_execution_id = ?,"
                            + " claimed_at = now(), finished_at = NULL, takeovers = takeovers + ? WHERE run_id = ? AND partition_id = ?"
                            + " AND worker_id = ? AND state = ?")
                    .bind(0, workerId).bind(1, stepExecutionId).bind(2, finished ? 0 : 1).bind(3, runId).bind(4, partitionId)
                    .bind(5, holder).bind(6, cur.get()[1]).execute();
            if (n != 1) {
                return Optional.<Lease>empty(); // someone else was quicker
            }
            return Optional.of(new Lease(runId, partitionId, finished ? Claim.AFTER_FINISHED : Claim.TAKEN_OVER,
                    finished ? null : holder));
        });
    }

    public void finish(String runId, String partitionId, String workerId) {
        jdbi.useHandle(h -> h.execute("UPDATE scan_partition_lease SET state = 'DONE', finished_at = now()"
                + " WHERE run_id = ? AND partition_id = ? AND worker_id = ?", runId, partitionId, workerId));
    }

    /** A running partition whose worker is gone. */
    public record Orphan(String partitionId, long stepExecutionId, String workerId) {
    }

    /** Leases of a run still RUNNING under a worker that is not alive. */
    public List<Orphan> orphans(String runId, Duration deadAfter) {
        return jdbi.withHandle(h -> h.createQuery("SELECT p.partition_id, p.step_execution_id, p.worker_id FROM scan_partition_lease p"
                        + " LEFT JOIN scan_worker w ON w.worker_id = p.worker_id WHERE p.run_id = ? AND p.state = 'RUNNING'"
                        + " AND (w.worker_id IS NULL OR NOT " + ALIVE + ")").bind(0, runId).bind(1, seconds(deadAfter))
                .map((rs, ctx) -> new Orphan(rs.getString(1), rs.getLong(2), rs.getString(3))).list());
    }

    // ---- progress per worker and run

    public void runStats(String runId, String workerId, int running, int done, long rows) {
        jdbi.useHandle(h -> {
            int n = h.execute("UPDATE scan_worker_run SET partitions_running = ?, partitions_done = ?, rows_done = ?, updated_at = now()"
                    + " WHERE run_id = ? AND worker_id = ?", running, done, rows, runId, workerId);
            if (n == 0) {
                h.execute("INSERT INTO scan_worker_run (run_id, worker_id, partitions_running, partitions_done, rows_done, first_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, now(), now()) ON CONFLICT DO NOTHING", runId, workerId, running, done, rows);
            }
        });
    }

    /** One worker's part in a run: partitions running and done, rows, seconds since its first partition, alive. */
    public record RunWorker(String workerId, int running, int done, long rows, double seconds, boolean alive) {
        public double rate() {
            return seconds <= 0 ? 0 : rows / seconds;
        }
    }

    public List<RunWorker> runWorkers(String runId, Duration deadAfter) {
        return jdbi.withHandle(h -> h.createQuery("SELECT r.worker_id, r.partitions_running, r.partitions_done, r.rows_done,"
                        + " EXTRACT(EPOCH FROM (r.updated_at - r.first_at)), COALESCE(" + ALIVE + ", FALSE)"
                        + " FROM scan_worker_run r LEFT JOIN scan_worker w ON w.worker_id = r.worker_id WHERE r.run_id = ?"
                        + " ORDER BY r.first_at, r.worker_id").bind(0, seconds(deadAfter)).bind(1, runId)
                .map((rs, ctx) -> new RunWorker(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getDouble(5),
                        rs.getBoolean(6))).list());
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}

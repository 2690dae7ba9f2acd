package io.piiscanner.batch.remote;

import com.zaxxer.hikari.HikariDataSource;
import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.store.WorkStore;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Worker liveness and partition leases on a PostgreSQL store: a partition runs under one live worker at a time; a
 * second request waits, and takes the partition over the moment its holder's session is gone.
 */
class WorkerRegistryTest {

    static final Duration DEAD_AFTER = Duration.ofSeconds(30);

    @TempDir
    Path tmp;
    String schema;
    HikariDataSource ds;
    WorkerRegistry registry;

    @BeforeEach
    void store() throws Exception {
        RemoteItDatabase.assumeServicesAndCreate();
        schema = RemoteItDatabase.newSchema("rwr_");
        ds = WorkStore.dataSource(ScanSettings.adHoc(List.of()).withStoreUrl(RemoteItDatabase.storeUrl(schema))
                .withWorkDir(tmp).withThreads(1), Credentials.none());
        registry = new WorkerRegistry(Jdbi.create(ds));
    }

    @AfterEach
    void drop() {
        if (ds != null) {
            ds.close();
        }
        RemoteItDatabase.dropQuietly(schema);
    }

    /** A worker's liveness lock on a session of its own, as Worker holds it. */
    Connection livenessLock(int id) throws Exception {
        Connection c = DriverManager.getConnection(ds.getJdbcUrl());
        try (var ps = c.prepareStatement("SELECT pg_advisory_lock(?, ?)")) {
            ps.setInt(1, WorkerRegistry.LOCK_CLASS);
            ps.setInt(2, id);
            ps.execute();
        }
        return c;
    }

    @Test
    void aLeaseWaitsForALiveHolderAndIsTakenOverFromADeadOne() throws Exception {
        Connection a = livenessLock(101);
        Connection b = livenessLock(102);
        registry.register("a", "host", 1, 1, 101);
        registry.register("b", "host", 2, 1, 102);
        assertThat(registry.liveWorkers(DEAD_AFTER)).extracting(WorkerRegistry.WorkerRow::workerId).containsExactly("a", "b");

        assertThat(registry.tryClaim("run1", "c00001-r000", 10, "a", DEAD_AFTER)).get()
                .extracting(WorkerRegistry.Lease::how).isEqualTo(WorkerRegistry.Claim.NEW);
        assertThat(registry.tryClaim("run1", "c00001-r000", 10, "b", DEAD_AFTER)).as("held by a live worker").isEmpty();
        // a request that turns out to be finished while it waits is given up
        assertThat(registry.claim("run1", "c00001-r000", 10, "b", DEAD_AFTER, () -> false, Duration.ofMillis(10))).isEmpty();

        AtomicBoolean wanted = new AtomicBoolean(true);
        CompletableFuture<WorkerRegistry.Lease> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return registry.claim("run1", "c00001-r000", 10, "b", DEAD_AFTER, wanted::get, Duration.ofMillis(50)).orElseThrow();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertThat(waiting).isNotDone();
        assertThat(registry.orphans("run1", DEAD_AFTER)).isEmpty();
        a.close(); // worker a is killed: its session, and with it its liveness lock, ends
        WorkerRegistry.Lease taken = waiting.get(10, TimeUnit.SECONDS);
        assertThat(taken.how()).isEqualTo(WorkerRegistry.Claim.TAKEN_OVER);
        assertThat(taken.previousWorker()).isEqualTo("a");
        assertThat(registry.alive("a", DEAD_AFTER)).isFalse();
        assertThat(registry.alive("b", DEAD_AFTER)).isTrue();

        registry.finish("run1", "c00001-r000", "b");
        assertThat(registry.tryClaim("run1", "c00001-r000", 11, "b", DEAD_AFTER)).get()
                .extracting(WorkerRegistry.Lease::how).isEqualTo(WorkerRegistry.Claim.AFTER_FINISHED);

        b.close();
        // PostgreSQL frees a closed session's advisory locks when its backend exits, a moment after the close
        List<WorkerRegistry.Orphan> orphans = registry.orphans("run1", DEAD_AFTER);
        for (long until = System.nanoTime() + 10_000_000_000L; orphans.isEmpty() && System.nanoTime() < until; ) {
            Thread.sleep(20);
            orphans = registry.orphans("run1", DEAD_AFTER);
        }
        assertThat(orphans).extracting(WorkerRegistry.Orphan::workerId).containsExactly("b");
        registry.runStats("run1", "b", 0, 2, 5000);
        assertThat(registry.runWorkers("run1", DEAD_AFTER)).singleElement()
                .satisfies(w -> assertThat(w.done() + "/" + w.rows() + "/" + w.alive()).isEqualTo("2/5000/false"));
    }

    @Test
    void aSilentWorkerIsDeadAfterItsHeartbeatStops() throws Exception {
        try (Connection a = livenessLock(201)) {
            registry.register("a", "host", 1, 1, 201);
            assertThat(registry.alive("a", DEAD_AFTER)).isTrue();
            Thread.sleep(1200);
            assertThat(registry.alive("a", Duration.ofSeconds(1))).as("lock held, heartbeat stale: hung or cut off").isFalse();
            registry.stopped("a");
            assertThat(registry.alive("a", DEAD_AFTER)).isFalse();
        }
    }
}

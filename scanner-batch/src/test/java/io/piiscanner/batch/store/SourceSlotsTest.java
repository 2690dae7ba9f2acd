package io.piiscanner.batch.store;

import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.batch.source.SourceLimits;
import io.piiscanner.batch.support.Services;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-source limit on concurrent reads: its configuration, the in-memory slots of the embedded store, and the
 * PostgreSQL advisory-lock slots that every worker on a shared store respects (a killed holder frees its slot).
 */
class SourceSlotsTest {

    static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";

    @Test
    void limitsAndKeysFromTheProfile() {
        SourceSpec jdbc = new SourceSpec("pg", "jdbc:postgresql://db:5432/stage?user=scanner", null, null, Map.of("max_concurrent", "3"));
        assertThat(SourceLimits.limit(jdbc)).isEqualTo(3);
        assertThat(SourceLimits.key(jdbc)).isEqualTo("jdbc:postgresql://db:5432/stage#pg");
        assertThat(SourceLimits.limit(SourceSpec.parse("dir:/x"))).isZero();
        assertThat(SourceLimits.limit(SourceSpec.parse("salesforce:"))).isEqualTo(SourceLimits.SALESFORCE_DEFAULT);
        assertThat(SourceLimits.key(new SourceSpec("a", "salesforce:", null, null, Map.of("limit_key", "org-00D1"))))
                .isEqualTo("org-00D1");
    }

    @Test
    void localSlotsBlockBeyondTheLimit() throws Exception {
        SourceLimits limits = new SourceLimits(new LocalSourceSlots(),
                List.of(new SourceSpec("pg", "jdbc:h2:mem:x", null, null, Map.of("max_concurrent", "1")), SourceSpec.parse("dir:/y")));
        SourceSlots.Slot first = limits.enter("pg");
        CompletableFuture<SourceSlots.Slot> second = CompletableFuture.supplyAsync(() -> enter(limits, "pg"));
        Thread.sleep(200);
        assertThat(second).isNotDone();
        assertThat(limits.enter("dir:y")).as("unlimited source").isSameAs(SourceSlots.NONE);
        first.close();
        second.get(5, TimeUnit.SECONDS).close();
    }

    @Test
    void postgresSlotsAreSharedAcrossSessionsAndFreedWhenAHolderDies() throws Exception {
        Services.assumeReachable("127.0.0.1", 5432, "PostgreSQL");
        String key = "test-" + UUID.randomUUID();
        PostgresSourceSlots slots = new PostgresSourceSlots(() -> DriverManager.getConnection(PG, "postgres", ""), 100);
        // "another worker": a session of its own holding slot 0 of 2
        Connection other = DriverManager.getConnection(PG, "postgres", "");
        try (var ps = other.prepareStatement("SELECT pg_advisory_lock(?, 0)")) {
            ps.setInt(1, PostgresSourceSlots.lockClass(key));
            ps.execute();
        }
        SourceSlots.Slot mine = slots.acquire(key, 2);
        try (Connection c = DriverManager.getConnection(PG, "postgres", "")) {
            assertThat(PostgresSourceSlots.held(c, key)).isEqualTo(2);
            CompletableFuture<SourceSlots.Slot> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return slots.acquire(key, 2);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(400);
            assertThat(waiting).as("both slots are taken").isNotDone();
            other.close(); // the other worker dies: PostgreSQL ends its session and frees its slot
            SourceSlots.Slot third = waiting.get(10, TimeUnit.SECONDS);
            assertThat(PostgresSourceSlots.held(c, key)).isEqualTo(2);
            third.close();
            mine.close();
            mine.close(); // idempotent
            assertThat(PostgresSourceSlots.held(c, key)).isZero();
        }
    }

    private static SourceSlots.Slot enter(SourceLimits limits, String id) {
        try {
            return limits.enter(id);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.piiscanner.batch.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Source slots as PostgreSQL session-level advisory locks, shared by every worker on the same store:
 * {@code pg_try_advisory_lock(hash(key), i)} for a slot {@code i < limit}. A slot is held on a connection of
 * its own for as long as the partition reads (not one of the pool's, so holding slots can never starve the
 * chunk writes), and PostgreSQL frees it when that connection ends: a killed worker's slots come back at once,
 * without a timeout. (Session advisory locks need a direct connection or session pooling, not a
 * transaction-pooling PgBouncer.)
 */
public final class PostgresSourceSlots implements SourceSlots {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresSourceSlots.class);

    /** Opens a dedicated connection to the store. */
    @FunctionalInterface
    public interface ConnectionOpener {
        Connection open() throws SQLException;
    }

    private final ConnectionOpener opener;
    private final long maxWaitMillis;

    public PostgresSourceSlots(ConnectionOpener opener) {
        this(opener, 2000);
    }

    /** {@code maxWaitMillis}: the longest pause between two attempts while every slot is taken. */
    PostgresSourceSlots(ConnectionOpener opener, long maxWaitMillis) {
        this.opener = opener;
        this.maxWaitMillis = maxWaitMillis;
    }

    /** The first advisory-lock key of a source's slots: 32 bits of SHA-256 of the key, so no name is stored. */
    public static int lockClass(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("pii-scanner slot " + key).getBytes(StandardCharsets.UTF_8));
            return (d[0] & 0xff) << 24 | (d[1] & 0xff) << 16 | (d[2] & 0xff) << 8 | d[3] & 0xff;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Slot acquire(String key, int limit) throws InterruptedException {
        int cls = lockClass(key);
        long pause = 100;
        boolean logged = false;
        while (true) {
            Connection c = null;
            try {
                c = opener.open();
                c.setAutoCommit(true);
                for (int i = 0; i < limit; i++) {
                    if (tryLock(c, cls, i)) {
                        return new Held(c, cls, i);
                    }
                }
            } catch (SQLException e) {
                LOG.warn("source slot: cannot reach the store to take a slot ({}); retrying", e.getMessage());
            }
            closeQuietly(c);
            if (!logged) {
                LOG.info("source slot: all {} slots of a source are taken by other partitions; waiting", limit);
                logged = true;
            }
            Thread.sleep(pause);
            pause = Math.min(maxWaitMillis, pause * 2);
        }
    }

    private static boolean tryLock(Connection c, int cls, int slot) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            ps.setInt(1, cls);
            ps.setInt(2, slot);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** How many slots of {@code key} are held right now, by any session (for tests and the docs' checks). */
    public static int held(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory'"
                + " AND granted AND objsubid = 2 AND classid = ? AND database = (SELECT oid FROM pg_database"
                + " WHERE datname = current_database())")) {
            ps.setLong(1, Integer.toUnsignedLong(lockClass(key)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the lock, if any, goes with the session
            }
        }
    }

    private static final class Held implements Slot {
        private final Connection c;
        private final int cls;
        private final int slot;
        private final AtomicBoolean closed = new AtomicBoolean();

        Held(Connection c, int cls, int slot) {
            this.c = c;
            this.cls = cls;
            this.slot = slot;
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                ps.setInt(1, cls);
                ps.setInt(2, slot);
                ps.execute();
            } catch (SQLException ignored) {
                // closing the session below frees it anyway
            }
            closeQuietly(c);
        }
    }
}

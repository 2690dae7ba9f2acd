package io.piiscanner.batch.remote;

import java.time.Duration;

/**
 * A manager's side of a remote-partitioned scan: the broker, the request queue, and after how long without a
 * heartbeat a worker counts as dead (its running partitions are then sent again).
 */
public record RemoteOptions(BrokerSettings broker, String queue, Duration deadAfter) {

    public RemoteOptions(BrokerSettings broker, String queue) {
        this(broker, queue, WorkerOptions.DEFAULT_DEAD_AFTER);
    }
}

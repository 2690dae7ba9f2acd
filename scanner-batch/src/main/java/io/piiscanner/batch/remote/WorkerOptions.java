package io.piiscanner.batch.remote;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a worker runs ({@code ./scanner worker}, docs/scaling.md).
 *
 * @param workerId       this worker's name in the store and on the manager's console (unique per process)
 * @param broker         the RabbitMQ broker
 * @param queue          the partition request queue
 * @param storeUrl       the shared PostgreSQL work store (job repository and findings), without a password
 * @param workDir        where the fingerprint key is (unless {@code SCANNER_FINGERPRINT_KEY} gives it)
 * @param threads        partitions this worker runs at once (one queue consumer each)
 * @param deadAfter      a worker whose heartbeat is older than this is dead even if its database session lingers
 * @param connectTimeout how long a worker waits for the broker at start before it gives up
 * @param idleExit       exit after this long with nothing to do and the queue empty (a Kubernetes Job); null: never
 * @param quiet          no progress lines on stderr
 */
public record WorkerOptions(String workerId, BrokerSettings broker, String queue, String storeUrl, Path workDir, int threads,
                            Duration deadAfter, Duration connectTimeout, Duration idleExit, boolean quiet) {

    public static final Duration DEFAULT_DEAD_AFTER = Duration.ofSeconds(60);
}

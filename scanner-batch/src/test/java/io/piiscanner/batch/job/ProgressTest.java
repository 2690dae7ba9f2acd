package io.piiscanner.batch.job;

import io.piiscanner.batch.source.ContainerKind;
import io.piiscanner.batch.source.ContainerStatus;
import io.piiscanner.batch.source.KeyRange;
import io.piiscanner.batch.store.StoredContainer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The console progress display: containers and partitions done/total, rows, rows/s, ETA; silent when quiet. */
class ProgressTest {

    static final long SECOND = 1_000_000_000L;

    static StoredContainer table(int id, int partitions, long rows) {
        return new StoredContainer(id, "pg", "public.t" + id, ContainerKind.TABLE, ContainerStatus.PENDING, null, rows,
                partitions, List.of(KeyRange.ALL), null);
    }

    static StoredContainer file(int id) {
        return new StoredContainer(id, "dir", "f" + id + ".csv", ContainerKind.CSV, ContainerStatus.PENDING, null, -1, 1,
                List.of(KeyRange.ALL), null);
    }

    @Test
    void showsContainersPartitionsRowsRateAndEta() {
        AtomicLong now = new AtomicLong(100 * SECOND);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), false, now::get);
        p.start(List.of(table(1, 2, 10_000), table(2, 1, 2_000),
                new StoredContainer(3, "pg", "public.skipped", ContainerKind.TABLE, ContainerStatus.SKIPPED, "x", -1, 0,
                        List.of(), null)), Map.of());
        now.addAndGet(2 * SECOND);
        p.rows(2_000); // first chunk: printed at once
        now.addAndGet(SECOND);
        p.rows(1_000); // within 2 s of the last line: not printed
        now.addAndGet(SECOND);
        p.partitionDone(2); // container 2 (one partition) is done; 3,000 rows in 4 s
        now.addAndGet(2 * SECOND);
        p.rows(3_000); // 6,000 rows in 6 s, 6,000 rows left
        p.finish();
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).isEqualTo("scan: 0/2 containers (0/3 partitions), 2,000 rows, 1,000 rows/s, ETA 10s");
        assertThat(lines[1]).isEqualTo("scan: 1/2 containers (1/3 partitions), 3,000 rows, 750 rows/s, ETA 12s");
        assertThat(lines[2]).isEqualTo("scan: 1/2 containers (1/3 partitions), 6,000 rows, 1,000 rows/s, ETA 6s");
        assertThat(lines[3]).startsWith("scan: 1/2 containers (1/3 partitions), 6,000 rows, 1,000 rows/s");
        assertThat(lines).hasSize(4);
        assertThat(p.summary()).startsWith("scan: 6,000 rows in 6.0 s, 1,000 rows/s; CPU ")
                .contains("detection").contains("heap: max").contains("RSS peak");
    }

    @Test
    void etaFromPartitionsWhenFilesHaveNoKnownRowCount() {
        AtomicLong now = new AtomicLong(0);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), false, now::get);
        p.start(List.of(file(1), file(2), file(3), file(4)), Map.of(1, List.<String[]>of(new String[] {"SCANNED", null})));
        now.addAndGet(5 * SECOND);
        p.partitionDone(2); // 1 of the 3 left in 5 s: about 10 s to go
        assertThat(buf.toString(StandardCharsets.UTF_8).trim())
                .isEqualTo("scan: 2/4 containers (2/4 partitions), 0 rows, 0 rows/s, ETA ~10s");
    }

    @Test
    void aResumedPartitionThatHadFailedIsNotCountedTwice() {
        AtomicLong now = new AtomicLong(0);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), false, now::get);
        // both files have an outcome, one of them from the attempt that failed and now runs again
        p.start(List.of(file(1), file(2)), Map.of(1, List.<String[]>of(new String[] {"SCANNED", null}),
                2, List.<String[]>of(new String[] {"FAILED", "commit failed"})));
        now.addAndGet(5 * SECOND);
        p.partitionDone(2);
        assertThat(buf.toString(StandardCharsets.UTF_8).trim()).startsWith("scan: 2/2 containers (2/2 partitions)");
    }

    @Test
    void quietPrintsNothing() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), true);
        p.start(List.of(table(1, 1, 10)), Map.of());
        p.rows(10);
        p.partitionDone(1);
        p.finish();
        assertThat(buf.size()).isZero();
    }
}

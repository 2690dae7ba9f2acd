package io.piiscanner.batch.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sustained rate of a run is read over the records after the batch that completed its first half. */
class ThroughputLogTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aSlowStartIsLeftOutOfTheSecondHalfsRate() {
        ThroughputLog log = new ThroughputLog();
        // 100 batches of 1,000 records: the first 20 take a second each (warm-up), the rest a tenth of a second
        long t = 0;
        for (int b = 0; b < 100; b++) {
            t += b < 20 ? SECOND : SECOND / 10;
            log.add(1000, t);
        }
        double[] half = log.secondHalf();
        // half the records (50,000) are done after batch 50; the 50 batches after it took 5 seconds
        assertThat(half[0]).isEqualTo(50_000);
        assertThat(half[1]).isCloseTo(5.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void batchesOfUnequalSizeAreSplitByRecordsNotByBatches() {
        ThroughputLog log = new ThroughputLog();
        log.add(10, SECOND);
        log.add(10, 2 * SECOND);
        log.add(100, 3 * SECOND); // brings the count to 120 of 240: half
        log.add(60, 5 * SECOND);
        log.add(60, 7 * SECOND);
        assertThat(log.secondHalf()).containsExactly(120, 4.0);
    }

    @Test
    void aRunOfAFewBatchesHasNoSecondHalfToReport() {
        ThroughputLog log = new ThroughputLog();
        log.add(5, SECOND);
        log.add(5, 2 * SECOND);
        log.add(5, 3 * SECOND);
        assertThat(log.secondHalf()).isNull();
        ThroughputLog growing = new ThroughputLog();
        for (int b = 0; b < 200; b++) {
            growing.add(1, (b + 1) * SECOND); // past the initial capacity of its arrays
        }
        assertThat(growing.secondHalf()).containsExactly(100, 100.0);
    }
}

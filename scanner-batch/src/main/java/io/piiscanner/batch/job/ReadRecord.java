package io.piiscanner.batch.job;

import io.piiscanner.core.model.ScanRecord;

/** A record with its 1-based position in the partition. */
public record ReadRecord(long ordinal, ScanRecord record) {
}

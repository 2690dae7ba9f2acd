package io.piiscanner.batch.store;

import io.piiscanner.core.model.Finding;

import java.util.List;
import java.util.Set;

/**
 * One record after scanning: no values, only which fields it had, its jurisdiction and its findings
 * (masked previews and fingerprints).
 *
 * @param ordinal       1-based position in its partition (deterministic on re-read; keys chunk rows)
 * @param recordId      the record id as stored (see {@link io.piiscanner.batch.source.RecordIds})
 * @param jurisdiction  ISO 3166 code ("US-CA", "DE") or "UNKNOWN"
 * @param presentFields fields the record has (value may be empty)
 * @param scannedFields fields with a non-empty value, which were scanned
 * @param exposure      what the record means for breach notification; null when it exposes no personal data
 */
public record ScannedRecord(long ordinal, String recordId, String jurisdiction, Set<String> presentFields,
                            Set<String> scannedFields, List<Finding> findings, RecordExposure exposure) {

    /** A record without breach-notification facts (none exposed, or not assessed). */
    public ScannedRecord(long ordinal, String recordId, String jurisdiction, Set<String> presentFields,
                         Set<String> scannedFields, List<Finding> findings) {
        this(ordinal, recordId, jurisdiction, presentFields, scannedFields, findings, null);
    }
}

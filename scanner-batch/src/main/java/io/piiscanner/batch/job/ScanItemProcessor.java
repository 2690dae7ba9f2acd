package io.piiscanner.batch.job;

import io.piiscanner.batch.store.ScannedRecord;
import io.piiscanner.core.Scanner;
import io.piiscanner.core.model.FieldValue;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.model.ScanRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Scans one record with the shared, thread-safe {@link Scanner}; keeps findings, drops the values. */
public final class ScanItemProcessor implements ItemProcessor<ReadRecord, ScannedRecord> {

    private final Scanner scanner;

    public ScanItemProcessor(Scanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public ScannedRecord process(ReadRecord item) {
        ScanRecord r = item.record();
        Set<String> present = new LinkedHashSet<>();
        Set<String> scanned = new LinkedHashSet<>();
        for (FieldValue f : r.fields()) {
            present.add(f.name());
            if (f.value() != null && !f.value().isBlank()) {
                scanned.add(f.name());
            }
        }
        List<Finding> findings = scanner.scan(r);
        return new ScannedRecord(item.ordinal(), r.recordId(), Jurisdictions.of(r.fields()), present, scanned, findings);
    }
}

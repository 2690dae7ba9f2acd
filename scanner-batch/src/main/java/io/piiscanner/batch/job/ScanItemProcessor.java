package io.piiscanner.batch.job;

import io.piiscanner.batch.store.ScannedRecord;
import io.piiscanner.core.Scanner;
import io.piiscanner.core.jurisdiction.JurisdictionResolver;
import io.piiscanner.core.model.FieldValue;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.model.ScanRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Scans one record with the shared, thread-safe {@link Scanner} and resolves its data subject's jurisdiction
 * (country and state fields, postal codes, phone country codes, national-id types, IBAN country: scanner-core's
 * {@link JurisdictionResolver}); keeps findings and the jurisdiction code, drops the values.
 */
public final class ScanItemProcessor implements ItemProcessor<ReadRecord, ScannedRecord> {

    private final Scanner scanner;
    private final JurisdictionResolver jurisdictions;

    public ScanItemProcessor(Scanner scanner, JurisdictionResolver jurisdictions) {
        this.scanner = scanner;
        this.jurisdictions = jurisdictions;
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
        String jurisdiction = jurisdictions.resolve(r, findings).code();
        return new ScannedRecord(item.ordinal(), r.recordId(), jurisdiction, present, scanned, findings);
    }
}

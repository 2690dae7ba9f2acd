package io.piiscanner.batch.job;

import io.piiscanner.batch.store.RecordExposure;
import io.piiscanner.batch.store.ScannedRecord;
import io.piiscanner.core.Scanner;
import io.piiscanner.core.jurisdiction.JurisdictionResult;
import io.piiscanner.core.jurisdiction.NotificationAssessor;
import io.piiscanner.core.model.FieldValue;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.model.ScanRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scans one record with the shared, thread-safe {@link Scanner}, resolves its data subject's jurisdiction
 * (country and state fields, postal codes, phone country codes, national-id types, IBAN country) and the
 * breach-notification elements it exposes across its fields (scanner-core's {@link NotificationAssessor});
 * keeps findings, the jurisdiction, the elements and the identifiers' fingerprints, drops the values. The CPU
 * time of detection and of the jurisdiction assessment, measured on one record in 16, goes to {@link Progress},
 * which reports it against the process's.
 */
public final class ScanItemProcessor implements ItemProcessor<ReadRecord, ScannedRecord> {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    /** Records timed: one in this many (by position in the partition), the CPU time scaled up accordingly. */
    static final int SAMPLE_EVERY = 16;

    private final Scanner scanner;
    private final NotificationAssessor assessor;
    private final Progress progress;

    public ScanItemProcessor(Scanner scanner, NotificationAssessor assessor, Progress progress) {
        this.scanner = scanner;
        this.assessor = assessor;
        this.progress = progress;
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
        // one record in SAMPLE_EVERY is timed (reading a thread's CPU clock costs about 1.4 µs, too much for each)
        boolean timed = item.ordinal() % SAMPLE_EVERY == 0;
        long t0 = timed ? cpu() : 0;
        List<Finding> findings = scanner.scan(r);
        long t1 = timed ? cpu() : 0;
        JurisdictionResult jurisdiction = assessor.resolver().resolve(r, findings);
        Map<String, Boolean> elements = assessor.elements(r, findings);
        RecordExposure exposure = elements.isEmpty() ? null
                : RecordExposure.of(jurisdiction, elements, NotificationAssessor.subjectKeys(findings));
        if (timed) {
            progress.cpu(SAMPLE_EVERY * (t1 - t0), SAMPLE_EVERY * (cpu() - t1));
        }
        return new ScannedRecord(item.ordinal(), r.recordId(), jurisdiction.code(), present, scanned, findings, exposure);
    }

    private static long cpu() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}

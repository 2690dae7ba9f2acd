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
import java.util.Collections;
import java.util.HashMap;
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
    /** Per scan thread (the processor is shared by the partitions' threads). */
    private final ThreadLocal<FieldSets> fieldSets = ThreadLocal.withInitial(FieldSets::new);

    public ScanItemProcessor(Scanner scanner, NotificationAssessor assessor, Progress progress) {
        this.scanner = scanner;
        this.assessor = assessor;
        this.progress = progress;
    }

    @Override
    public ScannedRecord process(ReadRecord item) {
        ScanRecord r = item.record();
        FieldSets sets = fieldSets.get();
        Set<String> present = sets.present(r.fields());
        Set<String> scanned = sets.scanned(r.fields());
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

    /**
     * The field-name sets of a thread's records, shared between records with the same fields: the rows of a table (or
     * lines of a file) have the same fields in the same order, and which of them are blank takes a few patterns, so a
     * chunk's 2,000 records hold a few sets instead of 4,000 (less to allocate, less live data for the collector to
     * copy while a chunk is in flight). Records with more than 64 fields get sets of their own.
     */
    static final class FieldSets {
        private static final int MAX_PATTERNS = 1024;
        private String[] names = new String[0];
        private Set<String> present = Set.of();
        private final Map<Long, Set<String>> scannedByMask = new HashMap<>();

        Set<String> present(List<FieldValue> fields) {
            if (!sameNames(fields)) {
                names = new String[fields.size()];
                Set<String> p = new LinkedHashSet<>();
                for (int i = 0; i < names.length; i++) {
                    names[i] = fields.get(i).name();
                    p.add(names[i]);
                }
                present = Collections.unmodifiableSet(p);
                scannedByMask.clear();
            }
            return present;
        }

        /** The names of the non-blank fields; call after {@link #present} for the same fields. */
        Set<String> scanned(List<FieldValue> fields) {
            if (fields.size() > 64) {
                return build(fields, -1L);
            }
            long mask = 0;
            for (int i = 0; i < fields.size(); i++) {
                String v = fields.get(i).value();
                if (v != null && !v.isBlank()) {
                    mask |= 1L << i;
                }
            }
            Set<String> s = scannedByMask.get(mask);
            if (s == null) {
                s = build(fields, mask);
                if (scannedByMask.size() < MAX_PATTERNS) {
                    scannedByMask.put(mask, s);
                }
            }
            return s;
        }

        /** The non-blank fields' names: by {@code mask} (bit i for field i), or by value beyond 64 fields. */
        private static Set<String> build(List<FieldValue> fields, long mask) {
            boolean byValue = fields.size() > 64;
            Set<String> s = new LinkedHashSet<>();
            for (int i = 0; i < fields.size(); i++) {
                FieldValue f = fields.get(i);
                boolean nonBlank = byValue ? f.value() != null && !f.value().isBlank() : (mask & (1L << i)) != 0;
                if (nonBlank) {
                    s.add(f.name());
                }
            }
            return Collections.unmodifiableSet(s);
        }

        private boolean sameNames(List<FieldValue> fields) {
            if (fields.size() != names.length || fields.size() > 64) {
                return false;
            }
            for (int i = 0; i < names.length; i++) {
                if (!names[i].equals(fields.get(i).name())) {
                    return false;
                }
            }
            return true;
        }
    }

    private static long cpu() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}

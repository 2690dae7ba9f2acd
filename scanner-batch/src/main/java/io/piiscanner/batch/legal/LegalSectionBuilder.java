package io.piiscanner.batch.legal;

import io.piiscanner.batch.report.LegalSection;
import io.piiscanner.batch.report.ReportModel;
import io.piiscanner.batch.store.ChunkExposures;
import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.core.jurisdiction.ExposureAggregator;
import io.piiscanner.core.jurisdiction.ExposureReport;
import io.piiscanner.core.jurisdiction.JurisdictionExposure;
import io.piiscanner.core.jurisdiction.JurisdictionPack;
import io.piiscanner.core.jurisdiction.JurisdictionRule;
import io.piiscanner.core.jurisdiction.LegalSummary;
import io.piiscanner.core.jurisdiction.ObligationStatus;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The aggregate step of breach notification: streams every record exposure of the run (all sources) from the
 * findings store into scanner-core's {@link ExposureAggregator} (distinct people by keyed fingerprints,
 * residence inherited from linked records), and turns the result into the report's {@link LegalSection}.
 * The heap it needs is bounded whatever the number of records: what grows with the run (the sorted identifiers,
 * per-record and per-person arrays) goes to a folder under the work directory, removed when the aggregate is done.
 */
public final class LegalSectionBuilder {

    private final FindingsStore store;
    private final JurisdictionPack pack;
    private final Path workDir;

    /** @param workDir the run's work directory, where the aggregate keeps its temporary files */
    public LegalSectionBuilder(FindingsStore store, JurisdictionPack pack, Path workDir) {
        this.store = store;
        this.pack = pack;
        this.workDir = workDir;
    }

    /**
     * The breach-notification aggregate of a run's stored record exposures, counted from {@code at}. It needs
     * nothing of the rest of the report, so the report step runs it beside the per-field report.
     */
    public ExposureReport aggregate(String runId, Instant at) {
        try (ExposureAggregator agg = new ExposureAggregator(pack, workDir, ExposureAggregator.DEFAULT_BUFFERED_ENTRIES,
                ExposureAggregator.DEFAULT_HEAP_CHUNKS)) {
            store.forEachExposureChunk(runId, data -> ChunkExposures.aggregate(data, agg));
            return agg.report(at);
        }
    }

    /**
     * The legal section from an {@link #aggregate} result.
     *
     * @param declared whether the awareness time was given (otherwise the run's start, stated as such in the report)
     * @param model    the rest of the report, for what the summary says about the scan itself
     */
    public LegalSection build(ExposureReport report, boolean declared, ReportModel model) {
        Instant at = report.awareAt();
        LegalSummary summary = LegalSummary.of(report, LegalSection.basis(declared), scanFacts(model), scanCaveats(model));
        Map<String, JurisdictionRule> rules = new TreeMap<>();
        for (ObligationStatus o : report.obligations()) {
            pack.rule(o.rule()).ifPresent(r -> rules.put(r.code(), r));
        }
        for (JurisdictionExposure j : report.jurisdictions()) {
            j.rules().forEach(code -> pack.rule(code).ifPresent(r -> rules.put(r.code(), r)));
        }
        return new LegalSection(at, declared, report, summary, rules, pack.version(), pack.files());
    }

    static List<String> scanFacts(ReportModel m) {
        List<String> out = new ArrayList<>();
        Map<String, long[]> bySource = new TreeMap<>();
        for (ReportModel.CoverageRow c : m.coverage()) {
            long[] v = bySource.computeIfAbsent(c.source(), k -> new long[2]);
            v[0]++;
            v[1] += c.rowsScanned();
        }
        List<String> parts = new ArrayList<>();
        bySource.forEach((src, v) -> parts.add(String.format(Locale.ROOT, "%s (%,d %s, %s)", src, v[0],
                v[0] == 1 ? "table or file" : "tables or files", LegalSummary.records(v[1]))));
        if (!parts.isEmpty()) {
            out.add("The scan read " + LegalSummary.records(m.totalRowsScanned()) + " from " + parts.size()
                    + (parts.size() == 1 ? " source: " : " sources: ") + String.join("; ", parts) + ".");
        }
        return out;
    }

    static List<String> scanCaveats(ReportModel m) {
        List<String> out = new ArrayList<>();
        String sampling = m.run().sampling();
        if (sampling != null && !sampling.equals("full")) {
            out.add("This was a sample scan (" + sampling + "): the counts cover the sampled records only, and the real"
                    + " numbers are likely higher. Thresholds such as \"more than 500 residents\" must be checked on a full scan.");
        }
        if (m.run().incremental()) {
            out.add("This was an incremental scan: only records changed since the previous run were read, so people found"
                    + " only in earlier runs are not counted here.");
        }
        long notComplete = m.coverage().stream().filter(c -> !c.status().equals("SCANNED")).count();
        if (notComplete > 0) {
            out.add(String.format(Locale.ROOT, "%,d %s could not be scanned completely (see the coverage table): people whose"
                    + " data is only there are not counted.", notComplete, notComplete == 1 ? "table or file" : "tables or files"));
        }
        return out;
    }
}

package io.piiscanner.batch.report;

import io.piiscanner.core.jurisdiction.ExposureReport;
import io.piiscanner.core.jurisdiction.JurisdictionRule;
import io.piiscanner.core.jurisdiction.LegalSummary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The breach-notification part of a report: per jurisdiction and per law, affected people and records,
 * elements, obligations with deadlines from the awareness time, and the plain-language summary. Counts,
 * element names, law facts and fingerprint-free numbers only.
 *
 * @param awareAt         when the organisation became aware of the incident; every deadline counts from it
 * @param awareAtDeclared true when given with {@code --aware-at} or the profile's {@code aware_at}; false when
 *                        it defaulted to the run's start time
 * @param rules           the rules the report mentions, by code (safe harbor, harm exception, notices, sources)
 */
public record LegalSection(Instant awareAt, boolean awareAtDeclared, ExposureReport exposure, LegalSummary summary,
                           Map<String, JurisdictionRule> rules, String packVersion, List<String> packFiles) {

    public LegalSection {
        rules = Map.copyOf(rules);
        packFiles = List.copyOf(packFiles);
    }

    /** Where the awareness time comes from, in words for the report. */
    public String awareAtBasis() {
        return basis(awareAtDeclared);
    }

    public static String basis(boolean declared) {
        return declared ? "declared with --aware-at" : "no --aware-at was given, so the scan's start time is used";
    }
}

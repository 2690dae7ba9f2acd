package io.piiscanner.core.jurisdiction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Scan-wide jurisdiction exposure: per jurisdiction, per rule (obligations with deadlines and thresholds),
 * and totals. Distinct subjects are counted by strong-identifier fingerprints; a record without any strong
 * identifier counts as one subject of its own.
 *
 * @param inheritedRecords      records that took their jurisdiction from the person's other records
 * @param severalPeopleRecords  records holding the identifiers of several people (not linked to each other)
 */
public record ExposureReport(Instant awareAt, String packVersion, long records, long distinctSubjects,
                             long recordsWithoutStrongIdentifier, long inheritedRecords, long severalPeopleRecords,
                             List<JurisdictionExposure> jurisdictions, List<ObligationStatus> obligations) {

    public ExposureReport {
        jurisdictions = List.copyOf(jurisdictions);
        obligations = List.copyOf(obligations);
    }

    public Optional<ObligationStatus> obligation(String rule) {
        return obligations.stream().filter(o -> o.rule().equals(rule)).findFirst();
    }

    public Optional<JurisdictionExposure> jurisdiction(String code) {
        return jurisdictions.stream().filter(j -> j.code().equals(code)).findFirst();
    }
}

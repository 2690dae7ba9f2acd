package io.piiscanner.core.jurisdiction;

import java.util.List;

/**
 * The data subject's jurisdiction for one record.
 *
 * @param code          {@code US-CA}, {@code CA-QC}, {@code DE}, {@code GB}; {@code US} when the country is
 *                      the US but the state is unknown; {@link #UNKNOWN} when signals are missing or conflict
 * @param country       ISO 3166-1 alpha-2, or null when unknown
 * @param subdivision   ISO 3166-2 or null
 * @param confidence    in [0, 1]; 0 when unknown
 * @param deciding      the signals that decided it
 * @param contradicting weaker signals that pointed elsewhere (kept for review; they lowered the confidence)
 * @param candidates    when unknown: every jurisdiction a signal pointed to (all plausible ones)
 * @param explanation   one sentence a person can read; no data values
 */
public record JurisdictionResult(String code, String country, String subdivision, double confidence, Status status,
                                 List<JurisdictionSignal> deciding, List<JurisdictionSignal> contradicting,
                                 List<String> candidates, String explanation) {

    public static final String UNKNOWN = "UNKNOWN";

    public enum Status {
        /** country (and, where needed, state/province) decided. */
        RESOLVED,
        /** the country is decided but not the state, where obligations are per state (US). */
        COUNTRY_ONLY,
        /** strong signals point to different countries. */
        CONFLICT,
        /** only weak signals (e-mail ccTLD): not enough to decide. */
        WEAK_ONLY,
        /** no signal at all. */
        NO_SIGNALS
    }

    public JurisdictionResult {
        deciding = List.copyOf(deciding);
        contradicting = List.copyOf(contradicting);
        candidates = List.copyOf(candidates);
    }

    public boolean isKnown() {
        return !UNKNOWN.equals(code);
    }
}

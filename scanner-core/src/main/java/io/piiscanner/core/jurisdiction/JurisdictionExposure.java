package io.piiscanner.core.jurisdiction;

import java.util.Map;

/**
 * Exposure of the data subjects of one resolved jurisdiction code ({@code US-CA}, {@code DE}, {@code US}
 * for a US record without a state, {@code UNKNOWN}).
 *
 * @param elements element -> records exposing it (protected or not)
 */
public record JurisdictionExposure(String code, long records, long distinctSubjects, long notifiableRecords,
                                   long notifiableSubjects, Map<String, Long> elements) {

    public JurisdictionExposure {
        elements = Map.copyOf(elements);
    }
}

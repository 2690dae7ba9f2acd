package io.piiscanner.core.jurisdiction;

import java.util.List;
import java.util.Map;

/**
 * Exposure of the data subjects of one jurisdiction ({@code US-CA}, {@code DE}, {@code US} for a US
 * resident whose state is unknown, {@code UNKNOWN}), after each record took its person's jurisdiction.
 *
 * @param name                 plain name ("California, United States", "Germany", "Jurisdiction unknown")
 * @param records              records with personal data of these residents
 * @param distinctSubjects     distinct people among them (by strong-identifier fingerprints)
 * @param notifiableRecords    records notifiable under a residence law of the jurisdiction (PCI DSS not counted)
 * @param notifiableSubjects   distinct people among the notifiable records
 * @param inheritedRecords     records whose own signals did not decide the jurisdiction: it came from the
 *                             person's other records
 * @param lowConfidenceRecords records decided by their own signals with a confidence below 0.7
 * @param elements             element -> records exposing it (protected or not)
 * @param rules                the residence rules of the jurisdiction ({@code EU} for {@code DE})
 */
public record JurisdictionExposure(String code, String name, long records, long distinctSubjects, long notifiableRecords,
                                   long notifiableSubjects, long inheritedRecords, long lowConfidenceRecords,
                                   Map<String, Long> elements, List<String> rules) {

    public JurisdictionExposure {
        elements = Map.copyOf(elements);
        rules = List.copyOf(rules);
    }
}

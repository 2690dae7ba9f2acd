package io.piiscanner.core.jurisdiction;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one record means for breach notification: its data subject's jurisdiction, the data elements it
 * exposes, the outcome under each applicable rule, and the keyed fingerprints of its strong identifiers
 * (for counting distinct people). Holds no raw values.
 *
 * @param elements    exposed element -> true when only protected (encrypted/masked/test) occurrences exist
 * @param subjectKeys {@code ENTITY:fingerprint} of the record's strong identifiers (e-mail, phone, national
 *                    ids, card numbers)
 */
public record RecordAssessment(String source, String container, String recordId, JurisdictionResult jurisdiction,
                               Map<String, Boolean> elements, List<RuleOutcome> outcomes, Set<String> subjectKeys) {

    public RecordAssessment {
        elements = Map.copyOf(elements);
        outcomes = List.copyOf(outcomes);
        subjectKeys = Set.copyOf(subjectKeys);
    }

    /** Exposed elements, protected or not. */
    public Set<String> exposedElements() {
        return elements.keySet();
    }

    /** The rule outcome for {@code ruleCode}, if the rule applied. */
    public java.util.Optional<RuleOutcome> outcome(String ruleCode) {
        return outcomes.stream().filter(o -> o.rule().equals(ruleCode)).findFirst();
    }

    /** Rules under which the record is notifiable (not counting merely plausible ones). */
    public List<String> notifiableUnder() {
        return outcomes.stream().filter(o -> o.notifiable() && !o.plausibleOnly()).map(RuleOutcome::rule).toList();
    }

    public boolean notifiable() {
        return !notifiableUnder().isEmpty();
    }
}

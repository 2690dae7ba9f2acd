package io.piiscanner.core.jurisdiction;

import java.util.List;

/**
 * One rule applied to one record.
 *
 * @param rule                the rule's code ({@code US-NY}, {@code EU}, {@code PCI})
 * @param plausibleOnly       true when the record's jurisdiction is unknown (or only its country is) and
 *                            this rule is one of the plausible ones; such outcomes are counted apart
 * @param triggering          elements that make it notifiable (or reviewable)
 * @param withoutName         elements present that would trigger with a name, but the record has none
 * @param reasons             plain-language reasons (no data values)
 */
public record RuleOutcome(String rule, String name, Outcome outcome, boolean plausibleOnly, List<String> triggering,
                          List<String> withoutName, List<String> reasons) {

    public RuleOutcome {
        triggering = List.copyOf(triggering);
        withoutName = List.copyOf(withoutName);
        reasons = List.copyOf(reasons);
    }

    public boolean notifiable() {
        return outcome == Outcome.NOTIFIABLE;
    }
}

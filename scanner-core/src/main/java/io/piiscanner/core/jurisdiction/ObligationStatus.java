package io.piiscanner.core.jurisdiction;

import java.util.List;
import java.util.Map;

/**
 * One rule's obligations across a whole scan: how many records and distinct people it makes notifiable,
 * the elements exposed, and each notice with its threshold status and computed deadline.
 *
 * @param shortName          what legal staff call the law ("GDPR", "California breach notification law")
 * @param notifiableRecords  records whose outcome under this rule is NOTIFIABLE (jurisdiction decided)
 * @param notifiableSubjects distinct data subjects among them (by strong-identifier fingerprints)
 * @param reviewRecords      records whose outcome is REVIEW
 * @param plausibleRecords   records of unknown/partly known jurisdiction that would be notifiable here
 * @param plausibleSubjects  distinct subjects among the plausible records
 * @param elements           element -> number of notifiable records exposing it (every element they hold)
 * @param triggering         statutory element -> number of notifiable records it made notifiable
 */
public record ObligationStatus(String rule, String name, String shortName, String law, long notifiableRecords, long notifiableSubjects,
                               long reviewRecords, long plausibleRecords, long plausibleSubjects, Map<String, Long> elements,
                               Map<String, Long> triggering, List<NoticeStatus> notices, List<String> notes, List<String> sources) {

    public ObligationStatus {
        elements = Map.copyOf(elements);
        triggering = Map.copyOf(triggering);
        notices = List.copyOf(notices);
        notes = List.copyOf(notes);
        sources = List.copyOf(sources);
    }

    /** True when at least one record is notifiable under the rule. */
    public boolean applies() {
        return notifiableRecords > 0;
    }

    /**
     * One notice with the threshold checked against the counts ({@code notifiableSubjects}) and its deadline.
     */
    public record NoticeStatus(NoticeRule notice, Threshold.Status threshold, Deadline deadline) {

        /** True when the notice is owed on the scanner's counts (threshold crossed; conditions still apply). */
        public boolean owed() {
            return threshold == Threshold.Status.CROSSED;
        }
    }
}

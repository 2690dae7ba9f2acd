package io.piiscanner.batch.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.piiscanner.core.jurisdiction.ExposureReport;
import io.piiscanner.core.jurisdiction.JurisdictionExposure;
import io.piiscanner.core.jurisdiction.JurisdictionRule;
import io.piiscanner.core.jurisdiction.LegalSummary;
import io.piiscanner.core.jurisdiction.NoticeRule;
import io.piiscanner.core.jurisdiction.ObligationStatus;

import java.util.List;
import java.util.Map;

/**
 * The {@code breach_notification} object of report.json (keys documented in docs/jurisdictions.md, "report.json:
 * breach_notification"). Counts, element names, ISO codes, law facts and their sources; no values.
 */
final class LegalJson {

    private LegalJson() {
    }

    static void write(ObjectNode o, LegalSection l) {
        ExposureReport r = l.exposure();
        o.put("aware_at", l.awareAt().toString()).put("aware_at_declared", l.awareAtDeclared())
                .put("aware_at_basis", l.awareAtBasis()).put("jurisdiction_pack_version", l.packVersion())
                .put("not_legal_advice", LegalSummary.NOT_LEGAL_ADVICE);
        o.putObject("totals").put("records_with_personal_data", r.records()).put("distinct_subjects", r.distinctSubjects())
                .put("records_without_strong_identifier", r.recordsWithoutStrongIdentifier())
                .put("records_with_inherited_jurisdiction", r.inheritedRecords())
                .put("records_with_several_people", r.severalPeopleRecords());
        ArrayNode js = o.putArray("jurisdictions");
        for (JurisdictionExposure j : r.jurisdictions()) {
            ObjectNode x = js.addObject();
            x.put("code", j.code()).put("name", j.name()).put("records", j.records()).put("distinct_subjects", j.distinctSubjects())
                    .put("notifiable_records", j.notifiableRecords()).put("notifiable_subjects", j.notifiableSubjects())
                    .put("inherited_records", j.inheritedRecords()).put("low_confidence_records", j.lowConfidenceRecords());
            counts(x.putArray("elements"), j.elements());
            ArrayNode obs = x.putArray("obligations");
            for (String code : j.rules()) {
                JurisdictionRule rule = l.rules().get(code);
                if (rule == null) {
                    continue;
                }
                ObjectNode ob = obs.addObject();
                ob.put("rule", code).put("name", rule.name()).put("short_name", rule.shortName()).put("law", rule.law());
                ArrayNode ns = ob.putArray("notices"); // each with its group: individuals, regulator or others
                r.obligation(code).ifPresentOrElse(s -> {
                    ob.put("applies", s.applies()).put("notifiable_subjects_under_rule", s.notifiableSubjects());
                    s.notices().forEach(n -> notice(ns.addObject(), n));
                }, () -> ob.put("applies", false).put("notifiable_subjects_under_rule", 0));
                ruleFacts(ob, rule);
            }
        }
        ArrayNode obs = o.putArray("obligations");
        for (ObligationStatus s : r.obligations()) {
            ObjectNode x = obs.addObject();
            x.put("rule", s.rule()).put("name", s.name()).put("short_name", s.shortName()).put("law", s.law()).put("applies", s.applies())
                    .put("notifiable_records", s.notifiableRecords()).put("notifiable_subjects", s.notifiableSubjects())
                    .put("review_records", s.reviewRecords()).put("plausible_records", s.plausibleRecords())
                    .put("plausible_subjects", s.plausibleSubjects());
            counts(x.putArray("elements_exposed"), s.elements());
            counts(x.putArray("triggering_elements"), s.triggering());
            ArrayNode ns = x.putArray("notices");
            s.notices().forEach(n -> notice(ns.addObject(), n));
            JurisdictionRule rule = l.rules().get(s.rule());
            if (rule != null) {
                ruleFacts(x, rule);
            }
            s.notes().forEach(x.putArray("notes")::add);
        }
        ArrayNode tl = o.putArray("timeline");
        for (LegalSummary.Due d : l.summary().timeline()) {
            tl.addObject().put("due_at", d.dueAt() == null ? null : d.dueAt().toString()).put("due", d.due())
                    .put("action", d.action()).put("who", d.who()).put("rule", d.rule()).put("law", d.law()).put("owed", d.owed())
                    .put("condition", d.condition()).put("basis", d.basis()).put("flag", d.flag()).put("source", d.source());
        }
        LegalSummary sum = l.summary();
        ObjectNode so = o.putObject("summary");
        so.put("title", sum.title());
        strings(so.putArray("what_happened"), sum.whatHappened());
        strings(so.putArray("uncertain"), sum.uncertain());
        strings(so.putArray("caveats"), sum.caveats());
        l.packFiles().forEach(o.putArray("jurisdiction_pack_files")::add);
    }

    /** individuals / regulator / others (CRAs, card brands, controller, internal assessment). */
    static String group(String recipient) {
        return switch (recipient) {
            case NoticeRule.INDIVIDUALS -> "individuals";
            case NoticeRule.REGULATOR -> "regulator";
            default -> "others";
        };
    }

    private static void notice(ObjectNode x, ObligationStatus.NoticeStatus n) {
        NoticeRule r = n.notice();
        x.put("to", r.recipient()).put("group", group(r.recipient())).put("who", r.who())
                .put("threshold", r.threshold().describe()).put("threshold_status", n.threshold().name()).put("owed", n.owed())
                .put("condition", r.condition()).put("fact_status", r.status()).put("note", r.note()).put("source", r.source());
        r.orIfElements().forEach(x.putArray("or_if_elements")::add);
        ObjectNode d = x.putObject("deadline");
        d.put("due_at", n.deadline().hasDate() ? n.deadline().dueAt().toString() : null).put("fixed", n.deadline().hasDate())
                .put("text", n.deadline().text()).put("basis", n.deadline().basis());
    }

    private static void ruleFacts(ObjectNode x, JurisdictionRule rule) {
        x.put("encryption_safe_harbor", rule.encryptionSafeHarbor().name().toLowerCase(java.util.Locale.ROOT));
        x.putObject("harm_exception").put("applies", rule.harmException().applies()).put("text", rule.harmException().text())
                .put("source", rule.harmException().source());
        strings(x.putArray("sources"), rule.sources());
    }

    /** {@code [{"element": "SSN", "records": 12}, ...]}, by element name: fixed keys, so the schema can list them. */
    private static void counts(ArrayNode into, Map<String, Long> m) {
        new java.util.TreeMap<>(m).forEach((e, n) -> into.addObject().put("element", e).put("records", n));
    }

    private static void strings(ArrayNode a, List<String> l) {
        l.forEach(a::add);
    }
}

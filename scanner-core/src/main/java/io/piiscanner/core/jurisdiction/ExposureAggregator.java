package io.piiscanner.core.jurisdiction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects {@link RecordAssessment}s from every source of a scan and reports, per jurisdiction and per
 * rule, affected records and distinct data subjects, exposed elements, and obligations with thresholds
 * and deadlines from a declared awareness time.
 *
 * <p>Distinct subjects: the strong identifiers of a record (e-mail, phone, national ids, card: their keyed
 * fingerprints) are linked together (union-find), so a person whose e-mail is in Salesforce and whose
 * e-mail + phone are in a staging table counts once. A record with no strong identifier counts as its own
 * subject. A subject seen under two jurisdictions counts in both. Thread-safe (synchronized); keeps only
 * fingerprints, element names and outcomes per record, never values.
 */
public final class ExposureAggregator {

    private final JurisdictionPack pack;
    private final Map<String, Integer> keyIds = new HashMap<>();
    private int[] parent = new int[1024];
    private int nodes;
    private final List<Row> rows = new ArrayList<>();

    private record Row(String code, int node, boolean hasKeys, String[] elements, Map<String, Outcome> outcomes,
                       Set<String> plausible, boolean notifiable) {
    }

    public ExposureAggregator(JurisdictionPack pack) {
        this.pack = pack;
    }

    public synchronized void add(RecordAssessment a) {
        int node = -1;
        for (String k : a.subjectKeys()) {
            Integer id = keyIds.get(k);
            if (id == null) {
                id = newNode();
                keyIds.put(k, id);
            }
            node = node < 0 ? id : union(node, id);
        }
        boolean hasKeys = node >= 0;
        if (!hasKeys) {
            node = newNode();
        }
        Map<String, Outcome> outcomes = new HashMap<>();
        Set<String> plausible = new HashSet<>();
        for (RuleOutcome o : a.outcomes()) {
            outcomes.put(o.rule(), o.outcome());
            if (o.plausibleOnly()) {
                plausible.add(o.rule());
            }
        }
        rows.add(new Row(a.jurisdiction().code(), node, hasKeys, a.exposedElements().toArray(String[]::new), outcomes, plausible, a.notifiable()));
    }

    public synchronized long records() {
        return rows.size();
    }

    /** The report for an incident the organisation became aware of at {@code awareAt}. */
    public synchronized ExposureReport report(Instant awareAt) {
        Map<String, Agg> byCode = new TreeMap<>();
        Map<String, RuleAgg> byRule = new LinkedHashMap<>();
        Set<Integer> allSubjects = new HashSet<>();
        long noKeys = 0;
        for (Row r : rows) {
            int root = find(r.node);
            allSubjects.add(root);
            if (!r.hasKeys) {
                noKeys++;
            }
            Agg g = byCode.computeIfAbsent(r.code, c -> new Agg());
            g.records++;
            g.subjects.add(root);
            if (r.notifiable) {
                g.notifiableRecords++;
                g.notifiableSubjects.add(root);
            }
            for (String e : r.elements) {
                g.elements.merge(e, 1L, Long::sum);
            }
            for (Map.Entry<String, Outcome> e : r.outcomes.entrySet()) {
                RuleAgg ra = byRule.computeIfAbsent(e.getKey(), k -> new RuleAgg());
                boolean plausible = r.plausible.contains(e.getKey());
                if (e.getValue() == Outcome.NOTIFIABLE && plausible) {
                    ra.plausibleRecords++;
                    ra.plausibleSubjects.add(root);
                } else if (e.getValue() == Outcome.NOTIFIABLE) {
                    ra.records++;
                    ra.subjects.add(root);
                    for (String el : r.elements) {
                        ra.elements.merge(el, 1L, Long::sum);
                    }
                } else if (e.getValue() == Outcome.REVIEW && !plausible) {
                    ra.review++;
                }
            }
        }
        List<JurisdictionExposure> jurisdictions = new ArrayList<>();
        byCode.forEach((code, g) -> jurisdictions.add(new JurisdictionExposure(code, g.records, g.subjects.size(),
                g.notifiableRecords, g.notifiableSubjects.size(), g.elements)));
        List<ObligationStatus> obligations = new ArrayList<>();
        for (Map.Entry<String, RuleAgg> e : byRule.entrySet()) {
            RuleAgg ra = e.getValue();
            if (ra.records == 0 && ra.review == 0 && ra.plausibleRecords == 0) {
                continue;
            }
            JurisdictionRule rule = pack.rule(e.getKey()).orElseThrow();
            obligations.add(new ObligationStatus(rule.code(), rule.name(), rule.law(), ra.records, ra.subjects.size(), ra.review,
                    ra.plausibleRecords, ra.plausibleSubjects.size(), ra.elements,
                    notices(rule, awareAt, ra.subjects.size(), ra.elements.keySet()), rule.notes(), rule.sources()));
        }
        obligations.sort(Comparator.comparing(ObligationStatus::notifiableSubjects).reversed().thenComparing(ObligationStatus::rule));
        return new ExposureReport(awareAt, pack.version(), rows.size(), allSubjects.size(), noKeys, jurisdictions, obligations);
    }

    /** Notices of {@code rule} in force at {@code awareAt}, thresholds checked against {@code subjects}. */
    public static List<ObligationStatus.NoticeStatus> notices(JurisdictionRule rule, Instant awareAt, long subjects, Set<String> exposed) {
        List<NoticeRule> inForce = rule.notices().stream().filter(n -> n.inForceAt(awareAt)).toList();
        Instant individualDue = null;
        for (NoticeRule n : inForce) {
            if (n.recipient().equals(NoticeRule.INDIVIDUALS) && n.deadline().isFixed()
                    && n.deadline().from() != DeadlineRule.ClockStart.INDIVIDUAL_NOTICE) {
                individualDue = Deadline.compute(n.deadline(), awareAt, null).dueAt();
                break;
            }
        }
        List<ObligationStatus.NoticeStatus> out = new ArrayList<>();
        for (NoticeRule n : inForce) {
            Threshold.Status t = n.threshold().evaluate(subjects);
            if (t == Threshold.Status.NOT_CROSSED && n.orIfElements().stream().anyMatch(exposed::contains)) {
                t = Threshold.Status.CROSSED;
            }
            out.add(new ObligationStatus.NoticeStatus(n, t, Deadline.compute(n.deadline(), awareAt, individualDue)));
        }
        return out;
    }

    private static final class Agg {
        long records;
        long notifiableRecords;
        final Set<Integer> subjects = new HashSet<>();
        final Set<Integer> notifiableSubjects = new HashSet<>();
        final Map<String, Long> elements = new TreeMap<>();
    }

    private static final class RuleAgg {
        long records;
        long review;
        long plausibleRecords;
        final Set<Integer> subjects = new HashSet<>();
        final Set<Integer> plausibleSubjects = new HashSet<>();
        final Map<String, Long> elements = new TreeMap<>();
    }

    private int newNode() {
        if (nodes == parent.length) {
            parent = java.util.Arrays.copyOf(parent, nodes * 2);
        }
        parent[nodes] = nodes;
        return nodes++;
    }

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private int union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[rb] = ra;
        }
        return ra;
    }
}

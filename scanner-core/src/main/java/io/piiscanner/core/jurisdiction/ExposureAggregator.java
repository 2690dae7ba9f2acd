package io.piiscanner.core.jurisdiction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects what every record of a scan (all sources) means for breach notification and reports, per
 * jurisdiction and per rule, affected records and distinct data subjects, exposed elements, and obligations
 * with thresholds and deadlines from a declared awareness time.
 *
 * <p><b>Distinct subjects.</b> A record's strong identifiers (e-mail, E.164 phone, national ids, card:
 * their keyed fingerprints, never values) are linked with a union-find, so a person whose e-mail is in
 * Salesforce and whose e-mail + phone are in a staging table counts once. A record without any strong
 * identifier counts as a subject of its own. A record holding more than {@link #MAX_SAME_TYPE_PER_PERSON}
 * distinct values of one identifier type (a mail thread, a list pasted into a note) holds several people:
 * its identifiers are not linked to each other and each counts as a subject of the record.
 *
 * <p><b>Jurisdiction of a person.</b> A person's residence is what their <em>firmly</em> resolved records say
 * (confidence at least {@link #LOW_CONFIDENCE}: an address field, a postal code, an id with a phone). A record
 * whose own signals decide nothing ({@code UNKNOWN}), only the country ({@code US}, state unknown), or decide
 * only weakly (a phone number or an IBAN alone: people keep their numbers and accounts when they move) takes
 * that residence when the person's firm records agree on exactly one jurisdiction consistent with its own
 * signals (a temp-file row with an e-mail and an SSN, linked to a CRM contact with a California mailing address,
 * is a California resident's). If the firm records disagree, every record keeps its own reading.
 *
 * <p><b>Memory.</b> Per record with personal data: two ints (8 bytes, up to 16 with array growth) plus,
 * rarely, the nodes of a several-people record. Per distinct strong identifier: a 64-bit key hash and an int in
 * an open-addressing table (20-37 bytes) plus a union-find parent and, during {@link #report}, a dense index
 * (4-8 bytes each). Per distinct record profile (jurisdiction, status, candidates, element set): one entry, a
 * few thousand at most. 10 million records with 20 million distinct identifiers need about 1 GB of heap at
 * the peak (measured: 937 MB live for the 12 million records of the 1 GB folder benchmark, docs/performance.md).
 * A smaller heap makes the report step fail with OutOfMemoryError, and {@code --resume} with a larger heap writes
 * the report. Bounded memory would need the linking moved into the store (sort-based connected components); that
 * is a known limit, named in the exposure-scan issue's closing note. Keys are compared by their 64-bit hash: the chance of any false link among 20 million
 * identifiers is about 1e-5.
 *
 * <p>Thread-safe ({@code add} and {@code report} are synchronized).
 */
public final class ExposureAggregator {

    /** More distinct values than this of one identifier type in one record: the record holds several people. */
    public static final int MAX_SAME_TYPE_PER_PERSON = 2;
    /** Records decided with a confidence below this are counted as low-confidence. */
    public static final double LOW_CONFIDENCE = 0.7;

    private final JurisdictionPack pack;
    private final LongIntMap keyIds = new LongIntMap(1024);
    private int[] parent = new int[1024];
    private int nodes;
    private int[] recNode = new int[1024];    // union-find node of the record's subject; -1: no strong identifier
    private int[] recProfile = new int[1024];
    private int records;
    private final Map<Integer, int[]> severalPeople = new HashMap<>(); // record index -> one node per person
    private final Map<Profile, Integer> profileIds = new HashMap<>();
    private final List<Profile> profiles = new ArrayList<>();

    /** What the aggregation needs of a record besides its identifiers; many records share one profile. */
    private record Profile(String code, JurisdictionResult.Status status, List<String> candidates,
                           Map<String, Boolean> elements, boolean lowConfidence) {
    }

    public ExposureAggregator(JurisdictionPack pack) {
        this.pack = pack;
    }

    public void add(RecordAssessment a) {
        JurisdictionResult j = a.jurisdiction();
        add(j.code(), j.status(), j.candidates(), j.confidence(), a.elements(), a.subjectKeys());
    }

    /**
     * Adds one record from its stored parts (what the batch job keeps per record: no values).
     *
     * @param elements    exposed element -> true when only protected occurrences exist
     * @param subjectKeys {@code ENTITY:fingerprint} of its strong identifiers
     */
    public synchronized void add(String code, JurisdictionResult.Status status, List<String> candidates, double confidence,
                                 Map<String, Boolean> elements, Collection<String> subjectKeys) {
        Profile p = new Profile(code, status, List.copyOf(candidates), Map.copyOf(elements),
                status == JurisdictionResult.Status.RESOLVED && confidence < LOW_CONFIDENCE);
        Integer pid = profileIds.get(p);
        if (pid == null) {
            pid = profiles.size();
            profiles.add(p);
            profileIds.put(p, pid);
        }
        int node = -1;
        if (!subjectKeys.isEmpty()) {
            int[] ids = new int[subjectKeys.size()];
            Map<String, Integer> perType = new HashMap<>();
            boolean several = false;
            int i = 0;
            for (String k : subjectKeys) {
                ids[i++] = nodeOf(k);
                int colon = k.indexOf(':');
                several |= perType.merge(colon < 0 ? "" : k.substring(0, colon), 1, Integer::sum) > MAX_SAME_TYPE_PER_PERSON;
            }
            if (several) {
                severalPeople.put(records, ids);
                node = ids[0];
            } else {
                node = ids[0];
                for (int n = 1; n < ids.length; n++) {
                    union(node, ids[n]);
                }
            }
        }
        if (records == recNode.length) {
            recNode = Arrays.copyOf(recNode, records * 2);
            recProfile = Arrays.copyOf(recProfile, records * 2);
        }
        recNode[records] = node;
        recProfile[records] = pid;
        records++;
    }

    public synchronized long records() {
        return records;
    }

    /** The report for an incident the organisation became aware of at {@code awareAt}. */
    public synchronized ExposureReport report(Instant awareAt) {
        // dense subject ids: one per union-find component, then one per record without a strong identifier
        int[] dense = new int[nodes];
        Arrays.fill(dense, -1);
        int subjects = 0;
        for (int n = 0; n < nodes; n++) {
            int r = find(n);
            if (dense[r] < 0) {
                dense[r] = subjects++;
            }
            dense[n] = dense[r];
        }
        int linkedSubjects = subjects;
        // each person's jurisdiction, from the records whose own signals decided it
        List<String> codes = new ArrayList<>();
        Map<String, Integer> codeIds = new HashMap<>();
        int[] subjectCode = new int[linkedSubjects];
        Arrays.fill(subjectCode, -1); // -1 none, -2 conflicting
        for (int r = 0; r < records; r++) {
            Profile p = profiles.get(recProfile[r]);
            if (p.status() != JurisdictionResult.Status.RESOLVED || p.lowConfidence() || recNode[r] < 0) {
                continue;
            }
            int c = codeIds.computeIfAbsent(p.code(), k -> {
                codes.add(k);
                return codes.size() - 1;
            });
            for (int n : nodesOf(r)) {
                int s = dense[n];
                subjectCode[s] = subjectCode[s] == -1 || subjectCode[s] == c ? c : -2;
            }
        }

        Map<String, Agg> byCode = new TreeMap<>();
        Map<String, RuleAgg> byRule = new LinkedHashMap<>();
        Map<Long, List<RuleOutcome>> outcomeCache = new HashMap<>();
        long noKeys = 0;
        long inheritedTotal = 0;
        int[] one = new int[1];
        for (int r = 0; r < records; r++) {
            Profile p = profiles.get(recProfile[r]);
            int[] recSubjects;
            if (recNode[r] < 0) {
                noKeys++;
                one[0] = subjects++;
                recSubjects = one;
            } else {
                int[] ns = nodesOf(r);
                recSubjects = new int[ns.length];
                for (int i = 0; i < ns.length; i++) {
                    recSubjects[i] = dense[ns[i]];
                }
            }
            String code = p.code();
            int inheritedCode = -1;
            boolean confirmed = false;
            if ((p.status() != JurisdictionResult.Status.RESOLVED || p.lowConfidence()) && recNode[r] >= 0) {
                int c = -1;
                for (int s : recSubjects) {
                    int sc = subjectCode[s];
                    if (sc == -1) {
                        continue;
                    }
                    c = c == -1 || c == sc ? sc : -2;
                    if (sc == -2) {
                        c = -2;
                    }
                }
                confirmed = c >= 0 && codes.get(c).equals(p.code());
                if (c >= 0 && !confirmed && compatible(p, codes.get(c))) {
                    inheritedCode = c;
                    code = codes.get(c);
                    inheritedTotal++;
                }
            }
            int pid = recProfile[r];
            int ic = inheritedCode;
            List<RuleOutcome> outcomes = outcomeCache.computeIfAbsent(((long) pid << 32) | (ic + 1), k -> ic < 0
                    ? NotificationAssessor.outcomes(pack, p.code(), p.status(), p.candidates(), p.elements())
                    : NotificationAssessor.outcomes(pack, codes.get(ic), JurisdictionResult.Status.RESOLVED, List.of(), p.elements()));

            Agg g = byCode.computeIfAbsent(code, c -> new Agg());
            g.records++;
            if (inheritedCode >= 0) {
                g.inheritedRecords++;
            }
            if (p.lowConfidence() && inheritedCode < 0 && !confirmed) {
                g.lowConfidenceRecords++;
            }
            boolean residentNotifiable = false;
            for (RuleOutcome o : outcomes) {
                if (o.notifiable() && !o.plausibleOnly() && !isCardDataRule(o.rule())) {
                    residentNotifiable = true;
                    break;
                }
            }
            for (int s : recSubjects) {
                g.subjects.set(s);
                if (residentNotifiable) {
                    g.notifiableSubjects.set(s);
                }
            }
            if (residentNotifiable) {
                g.notifiableRecords++;
            }
            p.elements().keySet().forEach(e -> g.elements.merge(e, 1L, Long::sum));
            for (RuleOutcome o : outcomes) {
                RuleAgg ra = byRule.computeIfAbsent(o.rule(), k -> new RuleAgg());
                if (o.outcome() == Outcome.NOTIFIABLE && o.plausibleOnly()) {
                    ra.plausibleRecords++;
                    for (int s : recSubjects) {
                        ra.plausibleSubjects.set(s);
                    }
                } else if (o.outcome() == Outcome.NOTIFIABLE) {
                    ra.records++;
                    for (int s : recSubjects) {
                        ra.subjects.set(s);
                    }
                    for (String el : o.triggering()) {
                        ra.triggering.merge(el, 1L, Long::sum);
                    }
                    p.elements().keySet().forEach(el -> ra.elements.merge(el, 1L, Long::sum));
                } else if (o.outcome() == Outcome.REVIEW && !o.plausibleOnly()) {
                    ra.review++;
                }
            }
        }

        List<JurisdictionExposure> jurisdictions = new ArrayList<>();
        byCode.forEach((code, g) -> jurisdictions.add(new JurisdictionExposure(code, pack.displayName(code), g.records,
                g.subjects.cardinality(), g.notifiableRecords, g.notifiableSubjects.cardinality(), g.inheritedRecords,
                g.lowConfidenceRecords, g.elements, pack.rulesFor(code).stream().map(JurisdictionRule::code).toList())));
        jurisdictions.sort(Comparator.comparing(JurisdictionExposure::notifiableSubjects).reversed()
                .thenComparing(JurisdictionExposure::distinctSubjects, Comparator.reverseOrder()).thenComparing(JurisdictionExposure::code));
        List<ObligationStatus> obligations = new ArrayList<>();
        for (Map.Entry<String, RuleAgg> e : byRule.entrySet()) {
            RuleAgg ra = e.getValue();
            if (ra.records == 0 && ra.review == 0 && ra.plausibleRecords == 0) {
                continue;
            }
            JurisdictionRule rule = pack.rule(e.getKey()).orElseThrow();
            long notifiableSubjects = ra.subjects.cardinality();
            obligations.add(new ObligationStatus(rule.code(), rule.name(), rule.shortName(), rule.law(), ra.records, notifiableSubjects, ra.review,
                    ra.plausibleRecords, ra.plausibleSubjects.cardinality(), ra.elements, ra.triggering,
                    notices(rule, awareAt, notifiableSubjects, ra.elements.keySet()), rule.notes(), rule.sources()));
        }
        obligations.sort(Comparator.comparing(ObligationStatus::notifiableSubjects).reversed()
                .thenComparing(ObligationStatus::reviewRecords, Comparator.reverseOrder()).thenComparing(ObligationStatus::rule));
        return new ExposureReport(awareAt, pack.version(), records, subjects, noKeys, inheritedTotal, severalPeople.size(),
                jurisdictions, obligations);
    }

    /** Whether a record with its own (undecided) signals may take the jurisdiction {@code code} of its person. */
    private static boolean compatible(Profile p, String code) {
        String country = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
        return switch (p.status()) {
            case COUNTRY_ONLY -> code.startsWith(p.code() + "-") && (p.candidates().isEmpty() || p.candidates().contains(code));
            case CONFLICT -> p.candidates().contains(country) || p.candidates().contains(code);
            case WEAK_ONLY, NO_SIGNALS -> true;
            case RESOLVED -> p.lowConfidence(); // a phone or IBAN alone yields to the person's stated residence
        };
    }

    private boolean isCardDataRule(String rule) {
        return pack.rule(rule).map(r -> JurisdictionRule.SCOPE_CARD_DATA.equals(r.scope())).orElse(false);
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
            if (t == Threshold.Status.NOT_CROSSED && subjects > 0 && n.orIfElements().stream().anyMatch(exposed::contains)) {
                t = Threshold.Status.CROSSED;
            }
            out.add(new ObligationStatus.NoticeStatus(n, t, Deadline.compute(n.deadline(), awareAt, individualDue)));
        }
        return out;
    }

    private static final class Agg {
        long records;
        long notifiableRecords;
        long inheritedRecords;
        long lowConfidenceRecords;
        final BitSet subjects = new BitSet();
        final BitSet notifiableSubjects = new BitSet();
        final Map<String, Long> elements = new TreeMap<>();
    }

    private static final class RuleAgg {
        long records;
        long review;
        long plausibleRecords;
        final BitSet subjects = new BitSet();
        final BitSet plausibleSubjects = new BitSet();
        final Map<String, Long> elements = new TreeMap<>();
        final Map<String, Long> triggering = new TreeMap<>();
    }

    private int[] nodesOf(int record) {
        int[] several = severalPeople.get(record);
        return several != null ? several : new int[] {recNode[record]};
    }

    private int nodeOf(String key) {
        long h = LongIntMap.hash64(key);
        int id = keyIds.get(h);
        if (id < 0) {
            if (nodes == parent.length) {
                parent = Arrays.copyOf(parent, nodes * 2);
            }
            parent[nodes] = nodes;
            id = nodes++;
            keyIds.put(h, id);
        }
        return id;
    }

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[rb] = ra;
        }
    }
}

package io.piiscanner.core.jurisdiction;

import io.piiscanner.core.internal.BigIntArray;
import io.piiscanner.core.internal.LongIntSorter;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p><b>Memory.</b> Bounded, whatever the number of records: the heap holds one entry per distinct record profile
 * (jurisdiction, status, candidates, element set: a few thousand at most), the sort buffers ({@code bufferedEntries}
 * of 12 bytes) and, per large array, {@code heapChunks} chunks of 1 MB. What grows with the data goes to a work
 * folder: sorted runs of (identifier hash, record), one int per record and two per union-find node (records and
 * identifiers that more than one record holds) in memory-mapped files.
 * Linking is a union-find over records and identifiers (an identifier of several records is a node, a record joins
 * its identifiers' components; an identifier of one record links nothing and is no node); distinct people per
 * jurisdiction and rule are counted from (person, contribution) pairs sorted by person, for people of more than one
 * record (a person of one record counts once per tag of its record's contribution, without the sort). With the defaults the heap stays under about 60 MB for any input (two sort buffers of 12 MB, three arrays
 * of 8 MB); the 12 million records of the 1 GB folder benchmark are reported within -Xmx256m (docs/performance.md).
 * Keys are compared by a 64-bit hash: the chance of any false link among 20 million identifiers is about 1e-5.
 *
 * <p>Thread-safe ({@code add} and {@code report} are synchronized). Close it to remove its work files.
 */
public final class ExposureAggregator implements AutoCloseable {

    /** More distinct values than this of one identifier type in one record: the record holds several people. */
    public static final int MAX_SAME_TYPE_PER_PERSON = 2;
    /** Records decided with a confidence below this are counted as low-confidence. */
    public static final double LOW_CONFIDENCE = 0.7;
    /** Default of entries a sort keeps in memory before it writes a run file (12 bytes each: 12 MB). */
    public static final int DEFAULT_BUFFERED_ENTRIES = 1 << 20;
    /** Default of 1 MB chunks each per-record or per-identifier array keeps on the heap. */
    public static final int DEFAULT_HEAP_CHUNKS = 8;

    // A record's entry in recInfo: its profile id, and two flags.
    private static final int HAS_KEYS = 1 << 30;
    private static final int SEVERAL = 1 << 31;
    private static final int PROFILE_MASK = HAS_KEYS - 1;
    // A person's residence (see #residence) when no firm record decides it, or when firm records disagree.
    private static final int NO_RESIDENCE = -2;
    private static final int CONFLICTING = -1;
    /** Union-find nodes (records, then distinct identifiers) are ints, and a parent is stored as node + 1. */
    private static final long MAX_NODES = Integer.MAX_VALUE - 1L;

    private final JurisdictionPack pack;
    private final Path workDir;
    private final int bufferedEntries;
    private final int heapChunks;
    /** (identifier key hash, record) for every strong identifier of every record. */
    private final LongIntSorter keyRecords;
    /** Per record: profile id | HAS_KEYS | SEVERAL. */
    private final BigIntArray recInfo;
    private int records;
    private long severalPeopleRecords;
    private boolean reported;
    private final Map<Profile, Integer> profileIds = new HashMap<>();
    private final List<Profile> profiles = new ArrayList<>();

    /** What the aggregation needs of a record besides its identifiers; many records share one profile. */
    private record Profile(String code, JurisdictionResult.Status status, List<String> candidates,
                           Map<String, Boolean> elements, boolean lowConfidence) {
    }

    /** An aggregator whose work files, if any, go to the system's temp folder, with the default memory bounds. */
    public ExposureAggregator(JurisdictionPack pack) {
        this(pack, Path.of(System.getProperty("java.io.tmpdir")), DEFAULT_BUFFERED_ENTRIES, DEFAULT_HEAP_CHUNKS);
    }

    /**
     * @param tempParent      folder under which a work folder of this aggregator is made when its data outgrows
     *                        the bounds below (removed by {@link #close})
     * @param bufferedEntries sort entries kept in memory (12 bytes each)
     * @param heapChunks      1 MB chunks each large array keeps on the heap before it maps a work file
     */
    public ExposureAggregator(JurisdictionPack pack, Path tempParent, int bufferedEntries, int heapChunks) {
        this.pack = pack;
        this.workDir = tempParent.resolve("exposure-" + java.util.UUID.randomUUID());
        this.bufferedEntries = bufferedEntries;
        this.heapChunks = heapChunks;
        this.keyRecords = new LongIntSorter(workDir, bufferedEntries);
        this.recInfo = new BigIntArray(workDir, heapChunks);
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
        int pid = profile(code, status, candidates, confidence, elements);
        int n = subjectKeys.size();
        long[] hashes = new long[n];
        int i = 0;
        for (String k : subjectKeys) {
            hashes[i++] = keyHash(k);
        }
        addRecord(pid, hashes, n, n > 0 && severalPeople(subjectKeys));
    }

    /**
     * The id of a record profile (what {@link #add(int, long[], int[], int)} needs of a record besides its
     * identifiers), the same id for the same profile. For callers that read many records sharing a few profiles.
     */
    public synchronized int profile(String code, JurisdictionResult.Status status, List<String> candidates, double confidence,
                                    Map<String, Boolean> elements) {
        if (reported) {
            throw new IllegalStateException("a record was added after the report was made");
        }
        Profile p = new Profile(code, status, List.copyOf(candidates), Map.copyOf(elements),
                status == JurisdictionResult.Status.RESOLVED && confidence < LOW_CONFIDENCE);
        Integer pid = profileIds.get(p);
        if (pid == null) {
            pid = profiles.size();
            profiles.add(p);
            profileIds.put(p, pid);
        }
        return pid;
    }

    /**
     * Adds one record, the same as {@link #add(String, JurisdictionResult.Status, List, double, Map, Collection)}
     * with the record's strong identifiers given as their {@link #keyHash} values: what a caller that reads stored
     * keys can compute without making a string of each.
     *
     * @param profile   from {@link #profile}
     * @param keyHashes {@link #keyHash} of each {@code ENTITY:fingerprint} key (the first {@code keys})
     * @param keyTypes  the identifier type of each key (the part before ':', empty without one), as ints that are equal
     *                  exactly when the types are
     */
    public synchronized void add(int profile, long[] keyHashes, int[] keyTypes, int keys) {
        if (profile < 0 || profile >= profiles.size()) {
            throw new IllegalArgumentException("unknown profile " + profile);
        }
        addRecord(profile, keyHashes, keys, severalPeople(keyTypes, keys));
    }

    private void addRecord(int pid, long[] keyHashes, int keys, boolean several) {
        if (reported) {
            throw new IllegalStateException("a record was added after the report was made");
        }
        if (records == Integer.MAX_VALUE) {
            throw new IllegalStateException("more than " + Integer.MAX_VALUE + " records with personal data in one aggregate");
        }
        int info = pid;
        if (keys > 0) {
            info |= HAS_KEYS;
            if (several) {
                info |= SEVERAL;
                severalPeopleRecords++;
            }
            // a several-people record is entered as ~record, so that linking need not look the record up
            for (int i = 0; i < keys; i++) {
                keyRecords.add(keyHashes[i], several ? ~records : records);
            }
        }
        recInfo.set(records, info);
        records++;
    }

    /** Whether more than {@link #MAX_SAME_TYPE_PER_PERSON} of the first {@code n} types are one type. */
    private static boolean severalPeople(int[] types, int n) {
        if (n <= MAX_SAME_TYPE_PER_PERSON) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int same = 0;
            for (int j = 0; j < n; j++) {
                if (types[j] == types[i]) {
                    same++;
                }
            }
            if (same > MAX_SAME_TYPE_PER_PERSON) {
                return true;
            }
        }
        return false;
    }

    /** Whether more than {@link #MAX_SAME_TYPE_PER_PERSON} keys share one identifier type (the part before ':'). */
    private static boolean severalPeople(Collection<String> keys) {
        if (keys.size() <= MAX_SAME_TYPE_PER_PERSON) {
            return false;
        }
        String[] k = keys.toArray(new String[0]);
        for (int i = 0; i < k.length; i++) {
            int len = typeLength(k[i]);
            int same = 0;
            for (String other : k) {
                if (typeLength(other) == len && other.regionMatches(0, k[i], 0, len)) {
                    same++;
                }
            }
            if (same > MAX_SAME_TYPE_PER_PERSON) {
                return true;
            }
        }
        return false;
    }

    /** {@link #keyHash(String)} of the empty string: the start of a key's hash, fed a character at a time. */
    public static final long KEY_HASH_START = 0xcbf29ce484222325L;

    /**
     * FNV-1a, 64 bits, of a subject key's UTF-16 characters: keys are already keyed fingerprints, so this only has
     * to spread them. Records are linked by this hash.
     */
    public static long keyHash(String key) {
        long h = KEY_HASH_START;
        for (int i = 0; i < key.length(); i++) {
            h = keyHash(h, key.charAt(i));
        }
        return h;
    }

    /** The hash of a key extended by one character: {@code keyHash(k + c) == keyHash(keyHash(k), c)}. */
    public static long keyHash(long hash, char c) {
        return (hash ^ c) * 0x100000001b3L;
    }

    private static int typeLength(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? 0 : colon;
    }

    public synchronized long records() {
        return records;
    }

    /**
     * The report for an incident the organisation became aware of at {@code awareAt}. Made once: it reads the
     * sorted identifiers back instead of keeping them.
     */
    public synchronized ExposureReport report(Instant awareAt) {
        if (reported) {
            throw new IllegalStateException("the report of this aggregate was already made");
        }
        reported = true;
        try (BigIntArray parent = new BigIntArray(workDir, heapChunks);
             BigIntArray subjectCode = new BigIntArray(workDir, heapChunks);
             LongIntSorter severalNodes = new LongIntSorter(workDir, bufferedEntries);
             LongIntSorter subjectEvents = new LongIntSorter(workDir, bufferedEntries)) {
            long linkedSubjects = link(parent, severalNodes);
            List<String> codes = new ArrayList<>();
            resolveResidence(parent, severalNodes, subjectCode, codes);
            return tally(awareAt, parent, severalNodes, subjectCode, codes, subjectEvents, linkedSubjects);
        }
    }

    /**
     * Links the records through their identifiers: the nodes are the records (0..records-1), then one per identifier
     * that more than one record holds, or that a record of several people holds. A record joins the component of each
     * of its identifiers, except a record of several people, whose identifiers are remembered in {@code severalNodes}
     * (record -> identifier node) and stay apart. An identifier of one record (most of them) links nothing and gets no
     * node: the record stands for it. A component holding an identifier node has one for root; a record is a root
     * when none of its identifiers is another record's.
     *
     * <p>A root's parent entry holds, as a negative number, how many people-events (see {@link #events}) its component
     * adds beyond the root's own, up to 2: a component that adds one only is counted without a sort.
     *
     * @return the number of components (people linked by identifiers)
     */
    private long link(BigIntArray parent, LongIntSorter severalNodes) {
        long nodes = records;
        try (LongIntSorter.Cursor c = keyRecords.cursor()) {
            boolean more = c.next();
            while (more) {
                long key = c.key();
                int r = c.value();
                more = c.next();
                // entries come by key then value: the several-people entries (~record, negative) of a key first
                if (r >= 0 && (!more || c.key() != key)) {
                    continue;
                }
                if (nodes == MAX_NODES) {
                    throw new IllegalStateException("more than " + MAX_NODES + " records and identifiers in one aggregate");
                }
                int node = (int) nodes++;
                while (true) {
                    if (r < 0) {
                        severalNodes.add(~r, node);
                        addEvents(parent, node, 1);
                    } else {
                        // the group's identifier node was new and takes the records' components in: it stays a root
                        int other = find(parent, r);
                        if (other != node) {
                            addEvents(parent, node, events(parent, other));
                            parent.set(other, node + 1);
                        }
                    }
                    if (!more || c.key() != key) {
                        break;
                    }
                    r = c.value();
                    more = c.next();
                }
            }
        }
        keyRecords.close();
        long components = 0;
        for (int r = 0; r < records; r++) {
            if ((recInfo.get(r) & (HAS_KEYS | SEVERAL)) == HAS_KEYS && parent.get(r) <= 0) {
                components++;
            }
        }
        for (long n = records; n < nodes; n++) {
            if (parent.get(n) <= 0) {
                components++;
            }
        }
        return components;
    }

    /**
     * The people-events of root {@code root}'s component, up to 3: one per record of one person in it, and one per
     * identifier of a several-people record in it (what {@link #tally} sends per person). A record's own node counts
     * itself; an identifier node starts at none.
     */
    private int events(BigIntArray parent, int root) {
        return (root < records ? 1 : 0) - parent.get(root);
    }

    private static void addEvents(BigIntArray parent, int root, int more) {
        // stored as minus the events beyond a record's own; 2 more is enough to know that a person has several
        parent.set(root, -Math.min(2, more - parent.get(root)));
    }

    /** The root of {@code x}'s component (parents stored as node + 1, 0 or less for a root), halving the path on the way. */
    private static int find(BigIntArray parent, int x) {
        while (true) {
            int p = parent.get(x);
            if (p <= 0) {
                return x;
            }
            int grand = parent.get(p - 1);
            if (grand <= 0) {
                return p - 1;
            }
            parent.set(x, grand);
            x = grand - 1;
        }
    }

    /** The people (component roots) of one record, read in record order. */
    private static final class RecordSubjects implements AutoCloseable {
        private final BigIntArray parent;
        private final LongIntSorter.Cursor several;
        private boolean more;
        int[] roots = new int[4];
        int count;

        RecordSubjects(BigIntArray parent, LongIntSorter severalNodes) {
            this.parent = parent;
            this.several = severalNodes.cursor();
            this.more = several.next();
        }

        /** Fills {@link #roots} for record {@code r} (called with increasing r, for records with identifiers). */
        void of(int r, int info) {
            count = 0;
            if ((info & SEVERAL) == 0) {
                roots[count++] = find(parent, r);
                return;
            }
            while (more && several.key() < r) {
                more = several.next();
            }
            while (more && several.key() == r) {
                if (count == roots.length) {
                    roots = Arrays.copyOf(roots, 2 * count);
                }
                roots[count++] = find(parent, several.value());
                more = several.next();
            }
        }

        @Override
        public void close() {
            several.close();
        }
    }

    /**
     * Each person's jurisdiction, from the records whose own signals decided it firmly: {@code subjectCode} holds,
     * per root, {@link #residence} + 2 (so that the array's initial 0 means no residence).
     */
    private void resolveResidence(BigIntArray parent, LongIntSorter severalNodes, BigIntArray subjectCode, List<String> codes) {
        Map<String, Integer> codeIds = new HashMap<>();
        try (RecordSubjects subjects = new RecordSubjects(parent, severalNodes)) {
            for (int r = 0; r < records; r++) {
                int info = recInfo.get(r);
                Profile p = profiles.get(info & PROFILE_MASK);
                if (p.status() != JurisdictionResult.Status.RESOLVED || p.lowConfidence() || (info & HAS_KEYS) == 0) {
                    continue;
                }
                int c = codeIds.computeIfAbsent(p.code(), k -> {
                    codes.add(k);
                    return codes.size() - 1;
                });
                subjects.of(r, info);
                for (int i = 0; i < subjects.count; i++) {
                    int s = subjects.roots[i];
                    int sc = residence(subjectCode, s);
                    subjectCode.set(s, (sc == NO_RESIDENCE || sc == c ? c : CONFLICTING) + 2);
                }
            }
        }
    }

    /** A person's residence: an index in the codes, {@link #NO_RESIDENCE} or {@link #CONFLICTING}. */
    private static int residence(BigIntArray subjectCode, int root) {
        return subjectCode.get(root) - 2;
    }

    /** What every record of one (profile, inherited jurisdiction) pair adds: counted per person through tags. */
    private record Contribution(Profile profile, String code, boolean inherited, List<RuleOutcome> outcomes,
                                boolean residentNotifiable, int[] tags) {
    }

    /**
     * Counts records per jurisdiction and rule directly, and people through tags: each record of a person with more
     * than one record sends (person, contribution) to a sort, and each such person then counts once per tag
     * (jurisdiction, notifiable in it, rule, rule plausibly) whatever the number of its records; a person of one
     * record counts once per tag of its contribution without the sort.
     */
    private ExposureReport tally(Instant awareAt, BigIntArray parent, LongIntSorter severalNodes, BigIntArray subjectCode,
                                 List<String> codes, LongIntSorter subjectEvents, long linkedSubjects) {
        List<Contribution> contributions = new ArrayList<>();
        // per profile, per inherited jurisdiction + 1: the contribution's index + 1 (0: not met yet)
        int[][] contributionIds = new int[profiles.size()][];
        Map<String, Integer> tagIds = new HashMap<>();
        // Per contribution: its records, the people it alone adds (records without identifiers, each a person of its own,
        // and people of one record), its records of low confidence.
        long[] recordCount = new long[16];
        long[] aloneCount = new long[16];
        long[] lowConfidenceCount = new long[16];
        long noKeys = 0;
        long inheritedTotal = 0;
        try (RecordSubjects subjects = new RecordSubjects(parent, severalNodes)) {
            for (int r = 0; r < records; r++) {
                int info = recInfo.get(r);
                int pid = info & PROFILE_MASK;
                Profile p = profiles.get(pid);
                boolean hasKeys = (info & HAS_KEYS) != 0;
                if (hasKeys) {
                    subjects.of(r, info);
                } else {
                    noKeys++;
                }
                int inheritedCode = -1;
                boolean confirmed = false;
                if ((p.status() != JurisdictionResult.Status.RESOLVED || p.lowConfidence()) && hasKeys) {
                    int c = NO_RESIDENCE;
                    for (int i = 0; i < subjects.count; i++) {
                        int sc = residence(subjectCode, subjects.roots[i]);
                        if (sc == NO_RESIDENCE) {
                            continue;
                        }
                        c = c == NO_RESIDENCE || c == sc ? sc : CONFLICTING;
                    }
                    confirmed = c >= 0 && codes.get(c).equals(p.code());
                    if (c >= 0 && !confirmed && compatible(p, codes.get(c))) {
                        inheritedCode = c;
                        inheritedTotal++;
                    }
                }
                int[] byInherited = contributionIds[pid];
                if (byInherited == null) {
                    byInherited = contributionIds[pid] = new int[codes.size() + 1];
                }
                int cid = byInherited[inheritedCode + 1] - 1;
                if (cid < 0) {
                    cid = contributions.size();
                    contributions.add(contribution(p, inheritedCode < 0 ? null : codes.get(inheritedCode), tagIds));
                    byInherited[inheritedCode + 1] = cid + 1;
                    recordCount = grow(recordCount, cid + 1);
                    aloneCount = grow(aloneCount, cid + 1);
                    lowConfidenceCount = grow(lowConfidenceCount, cid + 1);
                }
                recordCount[cid]++;
                if (p.lowConfidence() && inheritedCode < 0 && !confirmed) {
                    lowConfidenceCount[cid]++;
                }
                if (!hasKeys) {
                    aloneCount[cid]++;
                } else {
                    for (int i = 0; i < subjects.count; i++) {
                        int s = subjects.roots[i];
                        if (events(parent, s) == 1) {
                            aloneCount[cid]++; // this record is all the person adds: counted like a record without identifiers
                        } else {
                            subjectEvents.add(s, cid);
                        }
                    }
                }
            }
        }
        // Records counted per contribution (a few thousand), not per record: the same profile adds the same.
        Map<String, Agg> byCode = new TreeMap<>();
        Map<String, RuleAgg> byRule = new LinkedHashMap<>();
        long[] tagCounts = new long[tagIds.size()];
        for (int cid = 0; cid < contributions.size(); cid++) {
            Contribution x = contributions.get(cid);
            countRecords(byCode, byRule, x, recordCount[cid], lowConfidenceCount[cid]);
            for (int t : x.tags()) {
                tagCounts[t] += aloneCount[cid];
            }
        }
        int[] lastSubject = new int[tagIds.size()];
        Arrays.fill(lastSubject, -1);
        try (LongIntSorter.Cursor c = subjectEvents.cursor()) {
            while (c.next()) {
                int subject = (int) c.key();
                for (int t : contributions.get(c.value()).tags()) {
                    if (lastSubject[t] != subject) {
                        lastSubject[t] = subject;
                        tagCounts[t]++;
                    }
                }
            }
        }
        long[] counts = tagCounts;
        java.util.function.ToLongFunction<String> people = tag -> {
            Integer t = tagIds.get(tag);
            return t == null ? 0 : counts[t];
        };

        List<JurisdictionExposure> jurisdictions = new ArrayList<>();
        byCode.forEach((code, g) -> jurisdictions.add(new JurisdictionExposure(code, pack.displayName(code), g.records,
                people.applyAsLong(subjectsTag(code)), g.notifiableRecords, people.applyAsLong(notifiableTag(code)),
                g.inheritedRecords, g.lowConfidenceRecords, g.elements,
                pack.rulesFor(code).stream().map(JurisdictionRule::code).toList())));
        jurisdictions.sort(Comparator.comparing(JurisdictionExposure::notifiableSubjects).reversed()
                .thenComparing(JurisdictionExposure::distinctSubjects, Comparator.reverseOrder()).thenComparing(JurisdictionExposure::code));
        List<ObligationStatus> obligations = new ArrayList<>();
        for (Map.Entry<String, RuleAgg> e : byRule.entrySet()) {
            RuleAgg ra = e.getValue();
            if (ra.records == 0 && ra.review == 0 && ra.plausibleRecords == 0) {
                continue;
            }
            JurisdictionRule rule = pack.rule(e.getKey()).orElseThrow();
            long notifiableSubjects = people.applyAsLong(ruleTag(rule.code()));
            obligations.add(new ObligationStatus(rule.code(), rule.name(), rule.shortName(), rule.law(), ra.records, notifiableSubjects, ra.review,
                    ra.plausibleRecords, people.applyAsLong(plausibleTag(rule.code())), ra.elements, ra.triggering,
                    notices(rule, awareAt, notifiableSubjects, ra.elements.keySet()), rule.notes(), rule.sources()));
        }
        obligations.sort(Comparator.comparing(ObligationStatus::notifiableSubjects).reversed()
                .thenComparing(ObligationStatus::reviewRecords, Comparator.reverseOrder()).thenComparing(ObligationStatus::rule));
        return new ExposureReport(awareAt, pack.version(), records, linkedSubjects + noKeys, noKeys, inheritedTotal,
                severalPeopleRecords, jurisdictions, obligations);
    }

    private Contribution contribution(Profile p, String inherited, Map<String, Integer> tagIds) {
        List<RuleOutcome> outcomes = inherited == null
                ? NotificationAssessor.outcomes(pack, p.code(), p.status(), p.candidates(), p.elements())
                : NotificationAssessor.outcomes(pack, inherited, JurisdictionResult.Status.RESOLVED, List.of(), p.elements());
        String code = inherited == null ? p.code() : inherited;
        boolean residentNotifiable = false;
        for (RuleOutcome o : outcomes) {
            if (o.notifiable() && !o.plausibleOnly() && !isCardDataRule(o.rule())) {
                residentNotifiable = true;
                break;
            }
        }
        java.util.LinkedHashSet<String> tags = new java.util.LinkedHashSet<>();
        tags.add(subjectsTag(code));
        if (residentNotifiable) {
            tags.add(notifiableTag(code));
        }
        for (RuleOutcome o : outcomes) {
            if (o.outcome() == Outcome.NOTIFIABLE) {
                tags.add(o.plausibleOnly() ? plausibleTag(o.rule()) : ruleTag(o.rule()));
            }
        }
        int[] ids = tags.stream().mapToInt(t -> tagIds.computeIfAbsent(t, k -> tagIds.size())).toArray();
        return new Contribution(p, code, inherited != null, outcomes, residentNotifiable, ids);
    }

    private static String subjectsTag(String code) {
        return "subjects\u0000" + code;
    }

    private static String notifiableTag(String code) {
        return "notifiable\u0000" + code;
    }

    private static String ruleTag(String rule) {
        return "rule\u0000" + rule;
    }

    private static String plausibleTag(String rule) {
        return "plausible\u0000" + rule;
    }

    private static long[] grow(long[] a, int size) {
        return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, 2 * a.length));
    }

    /** The counts of {@code n} records of one contribution (records, elements, triggering elements) in its jurisdiction and rules. */
    private static void countRecords(Map<String, Agg> byCode, Map<String, RuleAgg> byRule, Contribution x, long n,
                                     long lowConfidence) {
        Map<String, Boolean> elements = x.profile().elements();
        Agg g = byCode.computeIfAbsent(x.code(), c -> new Agg());
        g.records += n;
        if (x.inherited()) {
            g.inheritedRecords += n;
        }
        g.lowConfidenceRecords += lowConfidence;
        if (x.residentNotifiable()) {
            g.notifiableRecords += n;
        }
        elements.keySet().forEach(e -> g.elements.merge(e, n, Long::sum));
        for (RuleOutcome o : x.outcomes()) {
            RuleAgg ra = byRule.computeIfAbsent(o.rule(), k -> new RuleAgg());
            if (o.outcome() == Outcome.NOTIFIABLE && o.plausibleOnly()) {
                ra.plausibleRecords += n;
            } else if (o.outcome() == Outcome.NOTIFIABLE) {
                ra.records += n;
                for (String el : o.triggering()) {
                    ra.triggering.merge(el, n, Long::sum);
                }
                elements.keySet().forEach(el -> ra.elements.merge(el, n, Long::sum));
            } else if (o.outcome() == Outcome.REVIEW && !o.plausibleOnly()) {
                ra.review += n;
            }
        }
    }

    /** Removes the work files (also when no report was made). */
    @Override
    public synchronized void close() {
        keyRecords.close();
        recInfo.close();
        try {
            java.nio.file.Files.deleteIfExists(workDir);
        } catch (java.io.IOException e) {
            // not empty only if a file could not be deleted; it holds hashes and indexes, no values
        }
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
        final Map<String, Long> elements = new TreeMap<>();
    }

    private static final class RuleAgg {
        long records;
        long review;
        long plausibleRecords;
        final Map<String, Long> elements = new TreeMap<>();
        final Map<String, Long> triggering = new TreeMap<>();
    }
}

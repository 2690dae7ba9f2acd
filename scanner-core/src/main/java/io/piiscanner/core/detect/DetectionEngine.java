package io.piiscanner.core.detect;

import com.google.re2j.Matcher;
import io.piiscanner.core.context.FieldContext;
import io.piiscanner.core.internal.RegexGate;
import io.piiscanner.core.internal.TextWindow;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.privacy.Fingerprinter;
import io.piiscanner.core.privacy.Masker;
import io.piiscanner.core.rules.Allowlist;
import io.piiscanner.core.rules.EntityRule;
import io.piiscanner.core.rules.FieldPenaltyHint;
import io.piiscanner.core.rules.PatternSpec;
import io.piiscanner.core.rules.Prefilter;
import io.piiscanner.core.validate.Validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The detection pipeline over one text: prefilter (one keyword pass plus digit runs and tokens, each
 * computed once) → the rule's patterns on the windows the prefilter opened → validator → context and
 * field scoring → allow-lists → one finding per place (the best-scored where rules overlap).
 *
 * <p>Immutable and thread-safe; all per-scan state lives on the stack of {@link #detect}.
 */
public final class DetectionEngine {

    /** Field types (Salesforce and SQL) that hold no free text, where the NLP detectors do not run. */
    private static final java.util.Set<String> NO_FREE_TEXT_TYPES = java.util.Set.of("picklist", "multipicklist",
            "boolean", "int", "integer", "double", "currency", "percent", "date", "datetime", "time", "id", "reference",
            "long", "bigint", "smallint", "numeric", "decimal", "timestamp", "uuid");

    /** A context word farther than {@link WordHits.Context#NEAR} characters counts this much of the boost. */
    private static final double FAR_CONTEXT_FACTOR = 0.75;
    /** How far before a value a context pattern anchored at it ({@code ...$}) is read. */
    private static final int ANCHORED_CONTEXT_REACH = 160;

    /** Windows grow to the next whitespace so that \b and context see the same text as in a full scan. */
    private static final int MAX_WORD_EXTENSION = 64;

    private final List<EntityRule> rules;
    /** The rules, their patterns and prefilters as arrays: read for every rule of every text. */
    private final EntityRule[] ruleArray;
    private final PatternSpec[][] patternArray;
    private final Prefilter[] prefilters;
    /**
     * Per rule: whether it needs a context word to report and has no context pattern (it then looks at nothing in
     * a text without one of its words).
     */
    private final boolean[] needsContextWord;
    private final Vocabulary vocabulary;
    /**
     * Per thread, the buffers of a scan: the engine is shared between threads, and a record scan runs it on a dozen
     * short values a record, so its per-text structures are reused rather than allocated.
     */
    private final ThreadLocal<Scratch> scratch;
    /** Per rule, the best score a candidate can start with (before context and field hints). */
    private final double[] bestBaseScore;
    /**
     * Per rule, its DFA gates, or null until they are built. Their subset constructions and minimizations were about
     * half of building a scanner, so a thread of their own builds them after the engine is made, rule by rule, while
     * scans go on: a rule whose gates are not there yet runs its patterns ungated ({@link #ungated}), which finds the
     * same (a gate only rules out windows without a match; GatedSearchEquivalenceTest). A one-line {@code detect} does
     * not wait for them, and a long run has them within a second.
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<RuleGates> gates;
    /** Per rule, gates that rule nothing out: every array as long as the rule's, every gate null. */
    private final RuleGates[] ungated;

    /**
     * The DFA gates ({@link RegexGate}) of one rule; a null gate means its pattern always runs.
     *
     * @param any           one gate for the alternation of the rule's patterns, where it exists
     * @param anyPattern    where several patterns' alternation has no gate, their RE2J alternation: one pass rejects a
     *                      window none of them matches (most windows) instead of one pass per pattern; null otherwise
     * @param patterns      per searched pattern, its gate
     * @param anchoredForms per gated searched pattern, its {@linkplain PatternSpec#anchoredForm anchored form}, which
     *                      RE2J runs at the gate's first possible start ({@link #searchGated}); null elsewhere
     * @param triggers      per {@code starts: trigger} pattern, the gate of its expression, asked before each anchored
     *                      try ({@link #runAtTriggers}); null elsewhere
     * @param notAfter      per not-after check, its gate
     * @param context       per context pattern, its gate
     */
    private record RuleGates(RegexGate any, com.google.re2j.Pattern anyPattern, RegexGate[] patterns,
                             com.google.re2j.Pattern[] anchoredForms, RegexGate[] triggers, RegexGate[] notAfter,
                             RegexGate[] context) {
    }
    /** Per rule: whether a digit run's digits are validated before any pattern runs (see Validator#acceptsPlainDigits). */
    private final boolean[] prevalidate;
    private final List<Allowlist> allowlists;
    private final List<FieldPenaltyHint> penalties;
    /**
     * Per field, what each rule makes of it (whether its name says it holds the entity, and the penalty of an
     * identifier column): it depends on the field and the rule only, and is asked for at every trigger of
     * every rule, once per record in a batch scan. Bounded like the scanner's field cache; a racing
     * duplicate computation writes the same values.
     */
    private final Map<FieldContext, FieldFacts> factsByField = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int FIELD_CACHE_LIMIT = 10_000;
    /**
     * The facts last asked for, a slot per field context object: the scanner hands the same context for a field
     * record after record, and the map's key hashes and compares the context's word lists. Entries are immutable;
     * racing threads at worst replace each other's entry.
     */
    private final RecentFacts[] recentFacts = new RecentFacts[64];

    private record RecentFacts(FieldContext field, FieldFacts facts) {
    }

    private record FieldFacts(FieldContext context, boolean[] hint, double[] penalty, boolean noFreeText) {
    }

    /** Per rule: whether some pattern starts at a trigger keyword (and so needs the keywords' places). */
    private final boolean[] anchored;
    /** Per rule: a name or address finder, which only reads free text. */
    private final boolean[] needsFreeText;
    /** Per rule: its span finder, looked up once (null for pattern rules). */
    private final SpanFinder[] finders;
    /** The pack's digit-run separator sets and token extra characters, and per rule its set's number (or -1). */
    private final CandidateIndex.Shapes shapes;
    private final int[] separatorSet;
    private final int[] tokenExtras;
    private final Fingerprinter fingerprinter;
    private final double minConfidence;
    private final boolean includeRawValues;

    public DetectionEngine(List<EntityRule> rules, List<Allowlist> allowlists, List<FieldPenaltyHint> penalties,
                           Fingerprinter fingerprinter, double minConfidence, boolean includeRawValues) {
        this.rules = List.copyOf(rules);
        this.allowlists = List.copyOf(allowlists);
        this.penalties = List.copyOf(penalties);
        this.fingerprinter = fingerprinter;
        this.minConfidence = minConfidence;
        this.includeRawValues = includeRawValues;
        this.vocabulary = new Vocabulary(this.rules);
        if (this.rules.stream().anyMatch(r -> "phone".equals(r.detector()))) {
            PhoneDetector.preloadMetadata();
        }
        this.ruleArray = this.rules.toArray(new EntityRule[0]);
        this.patternArray = new PatternSpec[this.rules.size()][];
        this.prefilters = new Prefilter[this.rules.size()];
        this.needsContextWord = new boolean[this.rules.size()];
        this.bestBaseScore = new double[this.rules.size()];
        this.gates = new java.util.concurrent.atomic.AtomicReferenceArray<>(this.rules.size());
        this.ungated = new RuleGates[this.rules.size()];
        this.prevalidate = new boolean[this.rules.size()];
        this.needsFreeText = new boolean[this.rules.size()];
        this.anchored = new boolean[this.rules.size()];
        this.finders = new SpanFinder[this.rules.size()];
        this.separatorSet = new int[this.rules.size()];
        this.tokenExtras = new int[this.rules.size()];
        List<String> separatorSets = new ArrayList<>();
        List<String> extras = new ArrayList<>();
        for (EntityRule rule : this.rules) {
            if (rule.prefilter().digits() != null) {
                separatorSets.add(rule.prefilter().digits().separators());
            }
            if (rule.prefilter().tokens() != null) {
                extras.add(rule.prefilter().tokens().extraChars());
            }
        }
        this.shapes = new CandidateIndex.Shapes(separatorSets, extras);
        for (int r = 0; r < this.rules.size(); r++) {
            EntityRule rule = this.rules.get(r);
            patternArray[r] = rule.patterns().toArray(new PatternSpec[0]);
            prefilters[r] = rule.prefilter();
            needsContextWord[r] = rule.context().required() && rule.context().patterns().isEmpty();
            double base = rule.isPatternRule()
                    ? rule.patterns().stream().mapToDouble(PatternSpec::score).max().orElse(0)
                    : rule.phone() != null ? Math.max(rule.phone().internationalScore(), rule.phone().nationalScore()) : 1.0;
            bestBaseScore[r] = base + rule.validatedBoost();
            finders[r] = rule.isPatternRule() ? null : SpanFinders.get(rule.detector());
            separatorSet[r] = rule.prefilter().digits() == null ? -1 : shapes.separatorSet(rule.prefilter().digits().separators());
            tokenExtras[r] = rule.prefilter().tokens() == null ? -1 : shapes.tokenExtras(rule.prefilter().tokens().extraChars());
            needsFreeText[r] = !rule.isPatternRule() && SpanFinders.needsFreeText(rule.detector());
            prevalidate[r] = rule.isPatternRule() && rule.validator() != null && rule.validator().acceptsPlainDigits()
                    && rule.prefilter().digits() != null;
            anchored[r] = rule.isPatternRule() && rule.patterns().stream().anyMatch(PatternSpec::startsAtTrigger);
        }
        for (int r = 0; r < ungated.length; r++) {
            EntityRule rule = ruleArray[r];
            int n = rule.patterns().size();
            ungated[r] = new RuleGates(null, null, new RegexGate[n], new com.google.re2j.Pattern[n], new RegexGate[n],
                    new RegexGate[rule.notAfter().size()], new RegexGate[rule.context().patterns().size()]);
        }
        startBuildingGates(ruleArray, anchored, gates);
        int ruleCount = this.rules.size();
        CandidateIndex.Shapes textShapes = this.shapes;
        Vocabulary words = this.vocabulary;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(ruleCount, textShapes, words));
    }

    /**
     * The buffers of one scan, kept by a thread from text to text: windows and trigger places per rule, the
     * candidates of the rule being run, the text's digit runs and tokens, and its keyword hits. They hold no
     * reference to the engine (only to its shapes and vocabulary), so an engine no longer used is not kept alive
     * by the threads that ran it.
     */
    private static final class Scratch {
        final int[][] windows;
        final int[] windowCounts;
        final int[][] triggers;
        final int[] triggerCounts;
        final ArrayList<Candidate> candidates = new ArrayList<>();
        final CandidateIndex index;
        final WordHits hits;
        /** In use by a scan on this thread: a scan started from within it (none is) gets buffers of its own. */
        boolean busy;

        Scratch(int rules, CandidateIndex.Shapes shapes, Vocabulary vocabulary) {
            windows = new int[rules][];
            windowCounts = new int[rules];
            triggers = new int[rules][];
            triggerCounts = new int[rules];
            index = new CandidateIndex(null, shapes);
            hits = new WordHits(vocabulary, null);
        }
    }

    private static boolean caseInsensitive(com.google.re2j.Pattern p) {
        return (p.flags() & com.google.re2j.Pattern.CASE_INSENSITIVE) != 0;
    }

    /**
     * Builds every rule's gates on a daemon thread of its own, in rule order, into {@code out}. The thread holds the
     * rules and the array, not the engine. A rule whose gates fail to build stays ungated: gates only save time.
     */
    private static void startBuildingGates(EntityRule[] rules, boolean[] anchored,
                                           java.util.concurrent.atomic.AtomicReferenceArray<RuleGates> out) {
        Thread builder = new Thread(() -> {
            for (int r = 0; r < rules.length; r++) {
                try {
                    out.set(r, buildGates(rules[r], anchored[r]));
                } catch (RuntimeException | StackOverflowError e) {
                    // left ungated
                }
            }
        }, "pii-scanner-gates");
        builder.setDaemon(true);
        builder.start();
    }

    /** The gates of rule {@code r}: its own once built, until then gates that rule nothing out. */
    private RuleGates gates(int r) {
        RuleGates g = gates.get(r);
        return g != null ? g : ungated[r];
    }

    /** The DFA gates (and the RE2J alternation where a gate cannot be read) of a rule. */
    private static RuleGates buildGates(EntityRule rule, boolean anchored) {
        RegexGate any = null;
        com.google.re2j.Pattern anyPattern = null;
        // The alternation gate pays off for patterns searched over a window; anchored ones are cheaper alone.
        if (rule.isPatternRule() && rule.patterns().size() > 1 && !anchored) {
            any = RegexGate.ofAny(rule.patterns().stream().map(p -> p.regex().pattern()).toList(),
                    rule.patterns().stream().map(p -> caseInsensitive(p.regex())).toList());
            if (any == null) {
                // a pattern the gate cannot read: the RE2J alternation rules windows out instead
                java.util.StringJoiner alternation = new java.util.StringJoiner("|");
                for (PatternSpec p : rule.patterns()) {
                    alternation.add((caseInsensitive(p.regex()) ? "(?i:" : "(?:") + p.regex().pattern() + ")");
                }
                anyPattern = com.google.re2j.Pattern.compile(alternation.toString());
            }
        }
        int n = rule.patterns().size();
        RegexGate[] patternGates = new RegexGate[n];
        com.google.re2j.Pattern[] anchoredForms = new com.google.re2j.Pattern[n];
        RegexGate[] triggerGates = new RegexGate[n];
        for (int i = 0; i < n; i++) {
            PatternSpec p = rule.patterns().get(i);
            if (p.startsAtTrigger()) {
                triggerGates[i] = gate(p.regex());
            } else {
                patternGates[i] = gate(p.regex());
                if (patternGates[i] != null) {
                    anchoredForms[i] = PatternSpec.anchoredForm(p.regex());
                }
            }
        }
        return new RuleGates(any, anyPattern, patternGates, anchoredForms, triggerGates,
                rule.notAfter().stream().map(DetectionEngine::gate).toArray(RegexGate[]::new),
                rule.context().patterns().stream().map(DetectionEngine::gate).toArray(RegexGate[]::new));
    }

    private static RegexGate gate(com.google.re2j.Pattern p) {
        return RegexGate.of(p.pattern(), caseInsensitive(p));
    }

    public List<EntityRule> rules() {
        return rules;
    }

    /**
     * Finds every entity in {@code text}.
     *
     * @param field  the field the text came from, or null for free text
     * @param region ISO 3166 alpha-2 region for national phone numbers, or null for the rule default
     */
    public List<Finding> detect(String text, FieldContext field, String region) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = resolveOverlaps(detectIn(text, field, region));
        if (field == null) {
            if (text.indexOf('\n') >= 0) {
                findings = withTableCells(text, region, findings, EmbeddedTables.cells(text));
            }
            if (SqlInserts.mayHold(text)) {
                findings = withTableCells(text, region, findings, SqlInserts.cells(text));
            }
        }
        return findings;
    }

    /**
     * Tables pasted into text, and the values of SQL INSERT statements and pg_dump COPY blocks: each cell is also read
     * as a field named by its column.
     */
    private List<Finding> withTableCells(String text, String region, List<Finding> findings,
                                         List<EmbeddedTables.Cell> cells) {
        if (cells.isEmpty()) {
            return findings;
        }
        List<Finding> all = new ArrayList<>(findings);
        for (EmbeddedTables.Cell cell : cells) {
            FieldContext column = FieldContext.of(cell.column(), null);
            String note = null;
            for (Finding f : resolveOverlaps(detectIn(text.substring(cell.start(), cell.end()), column, region))) {
                if (note == null) {
                    note = columnNote(column);
                }
                all.add(f.inText(cell.start(), null, note));
            }
        }
        return resolveOverlaps(all);
    }

    /**
     * What an explanation says of a cell's column. A column named for an entity ("Date_of_Birth__c", "phone") is
     * named; any other is not, as what was taken for a header may be a first row of data ("Ana Keller;Berlin").
     */
    private String columnNote(FieldContext column) {
        for (boolean hinted : facts(column).hint()) {
            if (hinted) {
                return "; column '" + column.name() + "'";
            }
        }
        return "; a table cell";
    }

    /**
     * Every rule's findings in {@code text}, overlaps not yet resolved (the caller does that, in a method of its
     * own: the resolution's sort compiled into the scan loop had its traps recompile the whole loop).
     */
    private List<Finding> detectIn(String text, FieldContext fieldContext, String region) {
        FieldFacts field = fieldContext == null ? null : facts(fieldContext);
        Scratch s = scratch.get();
        if (s.busy) {
            s = new Scratch(ruleArray.length, shapes, vocabulary);
        }
        s.busy = true;
        try {
            // Every rule but the private-key one reads the text with its PEM bodies blanked (PemBodies).
            String blanked = PemBodies.blank(text);
            s.index.reset(blanked);
            s.hits.reset(blanked);
            return detectIn(s, text, blanked, field, region);
        } finally {
            s.index.reset(null);
            s.hits.reset(null);
            s.candidates.clear();
            s.busy = false;
        }
    }

    private List<Finding> detectIn(Scratch s, String text, String blanked, FieldFacts field, String region) {
        WordHits hits = s.hits;
        int[][] windows = s.windows;
        int[] windowCounts = s.windowCounts;
        Arrays.fill(windowCounts, 0);
        Arrays.fill(s.triggerCounts, 0);
        for (int i = 0; i < hits.count(); i++) {
            for (int r : vocabulary.triggerRules(hits.keyword(i))) {
                Prefilter p = prefilters[r];
                addWindow(windows, windowCounts, r, hits.start(i) - p.before(), hits.end(i) + p.after());
                if (anchored[r]) {
                    addTrigger(s.triggers, s.triggerCounts, r, hits.start(i));
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (int r = 0; r < ruleArray.length; r++) {
            if (field != null && needsFreeText[r] && field.noFreeText()) {
                // Names and addresses are not looked for in picklists, numbers, dates or ids.
                continue;
            }
            if (field != null && field.hint()[r]) {
                // The field says what it holds (a "dob" column, a Salesforce email field): read it all.
                windowCounts[r] = 0;
                addWindow(windows, windowCounts, r, 0, text.length());
            } else if (!needsContextWord[r] || hits.hasPositive(r)) {
                // A rule that needs a context word, in a text without one, has nothing to look at.
                collectStructuralWindows(r, s.index, hits, field, windows, windowCounts, text.length());
            } else {
                windowCounts[r] = 0;
            }
            if (windowCounts[r] > 0) {
                runRule(s, r, finders[r] instanceof PemBlockFinder ? text : blanked, field, region, findings);
            }
        }
        return findings;
    }

    /**
     * Runs rule {@code r} on its windows of the text (its span finder, or its patterns: each where its gate says it
     * may match) and scores what it finds into {@code findings}. One method for the windows and the patterns: the
     * compiler keeps it apart from the loop over the rules, so that a change in what it sees recompiles this, not
     * the whole scan.
     */
    private void runRule(Scratch s, int r, String text, FieldFacts field, String region, List<Finding> findings) {
        EntityRule rule = ruleArray[r];
        WordHits hits = s.hits;
        ArrayList<Candidate> out = s.candidates;
        out.clear();
        int[] triggers = s.triggers[r] == null ? NO_TRIGGERS : s.triggers[r];
        int triggerCount = s.triggerCounts[r];
        if (triggerCount > 1) {
            Arrays.sort(triggers, 0, triggerCount);
        }
        int[] w = s.windows[r];
        int merged = mergeWindows(text, w, s.windowCounts[r], prefilters[r].growToSpace());
        SpanFinder finder = finders[r];
        RuleGates ruleGates = gates(r);
        RegexGate anyGate = ruleGates.any();
        com.google.re2j.Pattern anyPattern = ruleGates.anyPattern();
        PatternSpec[] patterns = patternArray[r];
        RegexGate[] gates = ruleGates.patterns();
        for (int k = 0; k < merged; k++) {
            int from = w[2 * k];
            int to = w[2 * k + 1];
            double minPatternScore = minimumPatternScore(r, rule, hits, field, from, to);
            if (finder != null) {
                findSpans(finder, r, rule, ruleGates.context(), hits, text, from, to, region, minPatternScore,
                        field != null && field.hint()[r], out);
                continue;
            }
            // The DFA gate, where there is one, rules out as much as the alternation and costs a table read a character.
            // Where it finds a possible start, no pattern's match begins before it: the patterns search from there,
            // and their gates do not read again the text before the first place any of them may match.
            int firstStart = from;
            if (anyGate != null) {
                int start = anyGate.firstStart(text, from, to);
                if (start == -1) {
                    continue;
                }
                if (start != RegexGate.SURROGATE) {
                    firstStart = start;
                }
            } else if (anyPattern != null && !anyPattern.matcher(new TextWindow(text, from, to)).find()) {
                continue;
            }
            for (int i = 0; i < patterns.length; i++) {
                PatternSpec p = patterns[i];
                if (p.score() < minPatternScore) {
                    continue;
                }
                if (p.startsAtTrigger()) {
                    runAtTriggers(rule, p, ruleGates.triggers()[i], text, from, to, triggers, triggerCount, out);
                } else if (gates[i] == null) {
                    search(rule, p, new TextWindow(text, from, to), from, firstStart - from, out);
                } else {
                    searchGated(rule, p, ruleGates.anchoredForms()[i], gates[i], text, from, firstStart, to, out);
                }
            }
        }
        if (out.isEmpty()) {
            return;
        }
        for (Candidate c : dedupe(out)) {
            Finding f = score(r, ruleGates, c, text, hits, field);
            if (f != null) {
                findings.add(f);
            }
        }
    }

    private void collectStructuralWindows(int r, CandidateIndex index, WordHits hits, FieldFacts field, int[][] windows,
                                          int[] counts, int textLength) {
        Prefilter p = prefilters[r];
        if (p.digits() != null) {
            digitWindows(r, p, index, hits, field, windows, counts);
        }
        if (p.tokens() != null) {
            tokenWindows(r, p, index, hits, field, windows, counts);
        }
        if (p.digits() == null && p.tokens() == null && p.keywords().isEmpty()) {
            // no trigger at all (custom rules only): the whole text
            addWindow(windows, counts, r, 0, textLength);
        }
    }

    /** Windows around the digit runs that fit the rule's digit trigger and could still reach the threshold. */
    private void digitWindows(int r, Prefilter p, CandidateIndex index, WordHits hits, FieldFacts field, int[][] windows,
                              int[] counts) {
        if (!index.hasDigits()) {
            return;
        }
        Prefilter.DigitTrigger d = p.digits();
        EntityRule rule = ruleArray[r];
        int set = separatorSet[r];
        CandidateIndex.DigitRun[] runs = index.digitRuns(set);
        if (index.maxRunDigits(set) < d.min() || index.maxRunGroups(set) < d.minGroups()) {
            return; // no run is long enough: most texts, for most identifier rules
        }
        for (int i = 0, n = index.digitRunCount(set); i < n; i++) {
            CandidateIndex.DigitRun run = runs[i];
            // Cheapest first: the digit count, read from the run alone, rejects most runs (short numbers, dates,
            // amounts) before the edge tests, which read the text around the run (the first ask, for all groups).
            if (run.groupCount() < d.minGroups() || run.groupCount() > d.maxGroups()
                    || !CandidateIndex.hasDigitSpan(run, d.min(), d.max())
                    || d.skipDateLike() && index.isDateLike(run)
                    || d.standalone() && index.gluedToLetter(run)
                    || !index.letterOn(run, d.letterSide())
                    || !reachable(r, rule, hits, field, run.start(), run.end())
                    || prevalidate[r] && !index.someSpanValidates(run, d.min(), d.max(), rule.validator())) {
                continue;
            }
            addWindow(windows, counts, r, run.start() - p.before(), run.end() + p.after());
        }
    }

    /** Windows around the tokens that fit the rule's token trigger and could still reach the threshold. */
    private void tokenWindows(int r, Prefilter p, CandidateIndex index, WordHits hits, FieldFacts field, int[][] windows,
                              int[] counts) {
        int n = index.tokenInts(tokenExtras[r]);
        if (n == 0) {
            return;
        }
        int[] tokens = index.tokens(tokenExtras[r]);
        EntityRule rule = ruleArray[r];
        for (int i = 0; i < n; i += 4) {
            if (index.tokenFits(tokens, i, p.tokens()) && reachable(r, rule, hits, field, tokens[i], tokens[i + 1])) {
                addWindow(windows, counts, r, tokens[i] - p.before(), tokens[i + 1] + p.after());
            }
        }
    }

    /**
     * Whether a candidate at about {@code [start, end)} could still reach the reporting threshold, judged
     * from the words around it before any pattern runs: a rule that needs context and has none, or whose best
     * score minus a nearby "order"/"tracking" penalty stays below the threshold, is not worth a regex.
     */
    private boolean reachable(int r, EntityRule rule, WordHits hits, FieldFacts field, int start, int end) {
        WordHits.Context ctx = hits.context(r, rule.context(), start, end);
        boolean patternContextPossible = !rule.context().patterns().isEmpty();
        if (rule.context().required() && !ctx.hasPositive() && !patternContextPossible) {
            return false;
        }
        double best = bestBaseScore[r];
        if (ctx.hasPositive() || patternContextPossible) {
            best += rule.context().boost();
        } else if (ctx.negative() != null) {
            best -= rule.context().penalty();
        }
        if (field != null) {
            best -= field.penalty()[r];
        }
        return best >= Math.max(minConfidence, rule.minScore());
    }

    private static final int[] NO_TRIGGERS = new int[0];

    private static void addTrigger(int[][] triggers, int[] counts, int r, int start) {
        int[] t = triggers[r];
        if (t == null) {
            t = triggers[r] = new int[4];
        } else if (counts[r] == t.length) {
            t = triggers[r] = Arrays.copyOf(t, t.length * 2);
        }
        t[counts[r]++] = start;
    }

    private static void addWindow(int[][] windows, int[] counts, int r, int from, int to) {
        int[] w = windows[r];
        if (w == null) {
            w = windows[r] = new int[8];
        } else if (counts[r] * 2 + 2 > w.length) {
            w = windows[r] = Arrays.copyOf(w, w.length * 2);
        }
        w[counts[r] * 2] = from;
        w[counts[r] * 2 + 1] = to;
        counts[r]++;
    }

    /**
     * Clamps, widens, sorts and joins overlapping windows, in place: the merged windows are written as pairs to
     * the front of {@code flat} and their number returned (no objects per window: most texts have one or two).
     * A window edge that cuts a word moves out to the word's end, so that \b and the patterns see the same
     * text as in a full scan; with {@code growToSpace} it moves out to white space instead. Tight windows
     * matter: the regex engine's cost grows with every character it reads.
     */
    static int mergeWindows(String text, int[] flat, int count, boolean growToSpace) {
        int n = text.length();
        for (int i = 0; i < count; i++) {
            int from = Math.max(0, flat[2 * i]);
            int to = Math.min(n, flat[2 * i + 1]);
            int limit = Math.max(0, from - MAX_WORD_EXTENSION);
            while (from > limit && grows(text.charAt(from - 1), text.charAt(from), growToSpace)) {
                from--;
            }
            limit = Math.min(n, to + MAX_WORD_EXTENSION);
            while (to < limit && to > 0 && grows(text.charAt(to), text.charAt(to - 1), growToSpace)) {
                to++;
            }
            flat[2 * i] = from;
            flat[2 * i + 1] = to;
        }
        // Sorted by start; the order of windows with equal starts does not change their union.
        if (count > 16) {
            long[] packed = new long[count];
            for (int i = 0; i < count; i++) {
                packed[i] = (long) flat[2 * i] << 32 | flat[2 * i + 1];
            }
            Arrays.sort(packed);
            for (int i = 0; i < count; i++) {
                flat[2 * i] = (int) (packed[i] >>> 32);
                flat[2 * i + 1] = (int) packed[i];
            }
        } else {
            for (int i = 1; i < count; i++) {
                int from = flat[2 * i];
                int to = flat[2 * i + 1];
                int j = i - 1;
                while (j >= 0 && flat[2 * j] > from) {
                    flat[2 * j + 2] = flat[2 * j];
                    flat[2 * j + 3] = flat[2 * j + 1];
                    j--;
                }
                flat[2 * j + 2] = from;
                flat[2 * j + 3] = to;
            }
        }
        int merged = 0;
        int curFrom = flat[0];
        int curTo = flat[1];
        for (int i = 1; i < count; i++) {
            if (flat[2 * i] <= curTo) {
                curTo = Math.max(curTo, flat[2 * i + 1]);
            } else {
                flat[2 * merged] = curFrom;
                flat[2 * merged + 1] = curTo;
                merged++;
                curFrom = flat[2 * i];
                curTo = flat[2 * i + 1];
            }
        }
        flat[2 * merged] = curFrom;
        flat[2 * merged + 1] = curTo;
        return merged + 1;
    }

    /** Whether a window edge between {@code outside} and {@code inside} must move out by one character. */
    private static boolean grows(char outside, char inside, boolean toSpace) {
        if (toSpace) {
            return !Character.isWhitespace(outside);
        }
        return Character.isLetterOrDigit(outside) && Character.isLetterOrDigit(inside);
    }

    /**
     * The lowest pattern score that can still end above the threshold in this window, given the most the
     * validator, context and field can add: "plain nine digits" (0.2) is not tried where no SSN word is near.
     */
    private double minimumPatternScore(int r, EntityRule rule, WordHits hits, FieldFacts field, int from, int to) {
        double extra = rule.validatedBoost();
        boolean fieldHint = field != null && field.hint()[r];
        if (fieldHint) {
            extra += rule.fieldHints().boost();
        }
        if (!rule.context().patterns().isEmpty() || hits.hasPositiveNear(r, rule.context().window(), from, to)) {
            extra += rule.context().boost();
        }
        if (field != null) {
            extra -= field.penalty()[r];
        }
        return Math.max(minConfidence, rule.minScore()) - extra - 1e-9;
    }

    /** A span finder's rule (phone numbers, names, addresses, keys) on one window. */
    private static void findSpans(SpanFinder finder, int r, EntityRule rule, RegexGate[] contextGates, WordHits hits,
                                  String text, int from, int to, String region, double minPatternScore,
                                  boolean fieldHinted, List<Candidate> out) {
        finder.find(rule, text, from, to, region, minPatternScore, fieldHinted, new SpanFinder.SpanSink() {
            @Override
            public void accept(String name, int s, int e, double score, String normalized) {
                out.add(new Candidate(rule, name, s, e, score, normalized));
            }

            @Override
            public boolean anchoredContextBefore(int start) {
                return anchoredContext(r, rule, contextGates, text, hits, start) != null;
            }
        });
    }

    /** Every match of {@code p} in the window from window offset {@code pos} on, as RE2J's search finds them. */
    static void search(EntityRule rule, PatternSpec p, TextWindow window, int from, int pos, List<Candidate> out) {
        Matcher m = p.regex().matcher(window);
        int length = window.length();
        while (pos <= length && m.find(pos)) {
            int s = m.start(p.group());
            int e = m.end(p.group());
            if (s >= 0 && e > s) {
                out.add(new Candidate(rule, p.name(), from + s, from + e, p.score(), null));
            }
            pos = m.end() > m.start() ? m.end() : m.end() + 1;
        }
    }

    /**
     * The matches {@link #search} finds, with the DFA gate deciding where RE2J runs. The gate's first possible start
     * {@code s} of the rest of the window: none means no more matches; otherwise no match begins before {@code s},
     * so the leftmost match (if it begins at {@code s}) is the one RE2J anchored at {@code s} finds (with one
     * character of left context, the {@code anchored} form, so that {@code \b} reads what it reads in the window),
     * and RE2J reads neither the characters before {@code s} nor, after the last match, the rest of the window.
     * Where the anchored try fails, RE2J searches on from {@code s + 1}; where a surrogate stands in the way (RE2J
     * reads a pair as one code point), the rest is searched as without a gate. For a pattern the DFA reads exactly
     * ({@link RegexGate#exact}) and whose value is the whole match, RE2J does not run where the DFA finds a single
     * place the match can end ({@link RegexGate#matchEnd}): most numeric identifiers and e-mail addresses.
     * The search begins at {@code pos}, a place before which no match of the pattern begins (the window's start, or
     * the first possible start of the rule's alternation gate).
     */
    static void searchGated(EntityRule rule, PatternSpec p, com.google.re2j.Pattern anchored, RegexGate gate,
                            String text, int from, int pos, int to, List<Candidate> out) {
        boolean exact = p.group() == 0 && gate.exact();
        while (pos <= to) {
            int start = gate.firstStart(text, from, pos, to);
            if (start == -1) {
                return;
            }
            if (start == RegexGate.SURROGATE || start > from && Character.isSurrogate(text.charAt(start - 1))) {
                search(rule, p, new TextWindow(text, from, to), from, pos - from, out);
                return;
            }
            if (exact) {
                // The DFA reads the pattern exactly: where it finds one place the match can end, that is RE2J's match.
                int end = gate.matchEnd(text, from, start, to);
                if (end >= 0) {
                    out.add(new Candidate(rule, p.name(), start, end, p.score(), null));
                    pos = end;
                    continue;
                }
                if (end == -1) {
                    pos = start + 1; // no match begins there
                    continue;
                }
            }
            // the anchored try: at the window's start as the window search would, elsewhere behind one character
            int base = start == from ? from : start - 1;
            int shift = start == from ? 0 : 1;
            Matcher m = (start == from ? p.regex() : anchored).matcher(new TextWindow(text, base, to));
            if (!m.lookingAt()) {
                if (start + 1 > to) {
                    return;
                }
                m = p.regex().matcher(new TextWindow(text, from, to));
                if (!m.find(start + 1 - from)) {
                    return;
                }
                base = from;
                shift = 0;
            }
            int s;
            int e;
            int matchStart;
            int matchEnd;
            if (shift == 1 && p.group() == 0 && contextIsOneChar(text, base)) {
                // the whole pattern's match is all of the anchored match after its character of context: no group
                // is asked of RE2J, which would run the pattern over the match a second time to place them
                s = 1;
                e = m.end();
                matchStart = base + 1;
                matchEnd = base + m.end();
            } else {
                s = m.start(p.group() + shift);
                e = m.end(p.group() + shift);
                matchStart = base + m.start(shift);
                matchEnd = base + m.end(shift);
            }
            if (s >= 0 && e > s) {
                out.add(new Candidate(rule, p.name(), base + s, base + e, p.score(), null));
            }
            pos = matchEnd > matchStart ? matchEnd : matchEnd + 1;
        }
    }

    /**
     * Runs a {@code starts: trigger} pattern anchored at the start of the token holding each trigger keyword,
     * then at the keyword itself, in text order: the leftmost match a search of the window would find, as the
     * pattern cannot begin anywhere else. One character of left context goes with each attempt, so {@code \b}
     * sees what a search of the whole text would. No match begins inside an earlier one.
     */
    private static void runAtTriggers(EntityRule rule, PatternSpec p, RegexGate gate, String text, int from, int to,
                                      int[] triggers, int triggerCount, List<Candidate> out) {
        int matchedTo = from;
        int tried = -1;
        for (int i = 0; i < triggerCount; i++) {
            int keyword = triggers[i];
            if (keyword < from || keyword >= to) {
                continue;
            }
            int at = tokenStart(text, keyword, from);
            while (true) {
                if (at >= matchedTo && at > tried) {
                    tried = at;
                    // the gate, one DFA run from the place, rules out most places (a keyword with no value after it)
                    int end = gate == null || gate.mayMatchAt(text, at, to) ? matchAt(rule, p, text, at, to, out) : -1;
                    if (end >= 0) {
                        matchedTo = Math.max(end, at + 1);
                        break;
                    }
                }
                if (at == keyword) {
                    break;
                }
                at = keyword;
            }
        }
    }

    /**
     * Runs a {@code starts: trigger} pattern anchored at {@code at} (behind one character of left context); a match
     * goes to {@code out}. The end of the match, or -1 when it does not match there.
     */
    private static int matchAt(EntityRule rule, PatternSpec p, String text, int at, int to, List<Candidate> out) {
        int left = at > 0 ? at - 1 : 0;
        Matcher m = (at > 0 ? p.anchored() : p.regex()).matcher(new TextWindow(text, left, to));
        if (!m.lookingAt()) {
            return -1;
        }
        int s;
        int e;
        if (at > 0 && p.group() == 0 && contextIsOneChar(text, left)) {
            // the pattern's match: all of the anchored match after the context character (see searchGated)
            s = 1;
            e = m.end();
        } else {
            int g = at > 0 ? p.group() + 1 : p.group();
            s = m.start(g);
            e = m.end(g);
        }
        if (s >= 0 && e > s) {
            out.add(new Candidate(rule, p.name(), left + s, left + e, p.score(), null));
        }
        return left + m.end();
    }

    /**
     * Whether the {@code (?s:.)} that begins an {@linkplain PatternSpec#anchoredForm anchored form} reads exactly the
     * character at {@code at}: RE2J reads a surrogate pair as one code point. Where it does, group 1 of a lookingAt
     * match there (the pattern itself) begins one character in and ends where the match ends, as nothing follows it,
     * and the match's own bounds need no second RE2J run: {@code Matcher.start(1)} runs the pattern over the match
     * again to place its groups.
     */
    static boolean contextIsOneChar(CharSequence text, int at) {
        return !Character.isSurrogate(text.charAt(at));
    }

    /** Where the token holding {@code pos} begins: letters, digits and {@code _+.-} ("DB_PASSWORD", "postgresql"). */
    private static int tokenStart(String text, int pos, int floor) {
        int limit = Math.max(floor, pos - MAX_WORD_EXTENSION);
        int i = pos;
        while (i > limit) {
            char c = text.charAt(i - 1);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '+' || c == '.' || c == '-')) {
                break;
            }
            i--;
        }
        return i;
    }

    /** The same span found by two patterns of one rule counts once, with the better base score. */
    private static List<Candidate> dedupe(List<Candidate> candidates) {
        if (candidates.size() < 2) {
            return candidates;
        }
        Map<Long, Candidate> best = new HashMap<>();
        for (Candidate c : candidates) {
            best.merge(((long) c.start() << 32) | c.end(), c, (a, b) -> b.baseScore() > a.baseScore() ? b : a);
        }
        return new ArrayList<>(best.values());
    }

    private Finding score(int r, RuleGates ruleGates, Candidate candidate, String text, WordHits hits, FieldFacts field) {
        EntityRule rule = candidate.rule();
        if (ruleGates.notAfter().length > 0 && precededByExclusion(rule, ruleGates.notAfter(), text, candidate.start())) {
            return null;
        }
        Candidate c = candidate;
        String value = text.substring(c.start(), c.end());
        double score = c.baseScore();
        boolean testData = false;
        if (rule.validator() != null) {
            Validation v = rule.validator().validate(value);
            if (!v.valid()) {
                c = rule.shrinkOnInvalid() ? shrink(rule, c, value) : null;
                if (c == null) {
                    return null;
                }
                value = text.substring(c.start(), c.end());
                v = rule.validator().validate(value);
            }
            testData = v.testData();
            score += rule.validatedBoost();
        }
        WordHits.Context ctx = hits.context(r, rule.context(), c.start(), c.end());
        if (!ctx.hasPositive() && ruleGates.context().length > 0) {
            ctx = contextPattern(r, rule, ruleGates.context(), text, hits, c.start(), c.end(), ctx);
        }
        double contextBoost = 0;
        if (ctx.hasPositive()) {
            contextBoost = rule.context().boost() * (ctx.near() ? 1.0 : FAR_CONTEXT_FACTOR);
            score += contextBoost;
        } else if (ctx.negative() != null) {
            score -= rule.context().penalty();
        }
        boolean fieldHint = field != null && field.hint()[r];
        if (fieldHint) {
            score += rule.fieldHints().boost();
        }
        double penalty = field != null ? field.penalty()[r] : 0;
        if (penalty > 0) {
            score -= penalty;
        }
        if (rule.context().required() && !ctx.hasPositive() && !fieldHint) {
            return null;
        }
        score = Math.max(0, Math.min(1, score));
        if (score < rule.minScore() || score < minConfidence) {
            return null;
        }
        return finding(rule, c, value, score, testData, ctx, contextBoost, fieldHint, penalty, field);
    }

    /**
     * A match the validator rejects, without its last space-separated group (a year or a word after an IBAN or card
     * number that the pattern took in), at most twice: the first shorter candidate whose value the validator
     * accepts, or null.
     */
    private static Candidate shrink(EntityRule rule, Candidate c, String value) {
        for (int tries = 0; tries < 2; tries++) {
            int cut = value.lastIndexOf(' ');
            if (cut <= 0) {
                return null;
            }
            c = new Candidate(rule, c.patternName(), c.start(), c.start() + cut, c.baseScore(), c.normalized());
            value = value.substring(0, cut);
            if (rule.validator().validate(value).valid()) {
                return c;
            }
        }
        return null;
    }

    /**
     * The finding of a candidate that scored above the thresholds, unless an allow-list lets its value through:
     * masked preview, fingerprint and the explanation, which is written only for a finding that is kept (most
     * candidates are not).
     */
    private Finding finding(EntityRule rule, Candidate c, String value, double score, boolean testData,
                            WordHits.Context ctx, double contextBoost, boolean fieldHint, double penalty, FieldFacts field) {
        String normalized = c.normalized() != null ? c.normalized() : Normalizer.normalize(value, rule.normalization());
        for (Allowlist a : allowlists) {
            if (a.appliesTo(rule.entity()) && a.allows(value, normalized)) {
                return null;
            }
        }
        StringBuilder why = new StringBuilder(96);
        why.append(c.patternName()).append(' ');
        appendScore(why, c.baseScore());
        if (rule.validator() != null) {
            why.append("; ").append(rule.validatorName()).append(" ok +");
            appendScore(why, rule.validatedBoost());
        }
        if (ctx.hasPositive()) {
            why.append("; context '").append(ctx.positive()).append("' +");
            appendScore(why, contextBoost);
        } else if (ctx.negative() != null) {
            why.append("; negative context '").append(ctx.negative()).append("' -");
            appendScore(why, rule.context().penalty());
        }
        if (fieldHint) {
            why.append("; field hint +");
            appendScore(why, rule.fieldHints().boost());
        }
        if (penalty > 0) {
            why.append("; identifier field -");
            appendScore(why, penalty);
        }
        return new Finding(rule.entity(), field == null ? null : field.context().name(), c.start(), c.end(), score,
                rule.id() + "/" + c.patternName(), Masker.mask(rule.entity(), value, rule.mask()),
                fingerprinter.fingerprint(rule.entity(), normalized), testData, why.toString(),
                includeRawValues ? value : null);
    }

    private static boolean precededByExclusion(EntityRule rule, RegexGate[] gates, String text, int start) {
        int from = Math.max(0, start - 128);
        for (int i = 0; i < gates.length; i++) {
            if ((gates[i] == null || gates[i].mayMatch(text, from, start))
                    && rule.notAfter().get(i).matcher(new TextWindow(text, from, start)).find()) {
                return true;
            }
        }
        return false;
    }

    private FieldFacts facts(FieldContext field) {
        int slot = System.identityHashCode(field) & (recentFacts.length - 1);
        RecentFacts recent = recentFacts[slot];
        if (recent != null && recent.field() == field) {
            return recent.facts();
        }
        FieldFacts facts = factsOf(field);
        recentFacts[slot] = new RecentFacts(field, facts);
        return facts;
    }

    private FieldFacts factsOf(FieldContext field) {
        FieldFacts facts = factsByField.get(field);
        if (facts == null) {
            boolean[] hint = new boolean[rules.size()];
            double[] penalty = new double[rules.size()];
            for (int r = 0; r < rules.size(); r++) {
                hint[r] = field.matches(rules.get(r).fieldHints());
                penalty[r] = field.penalty(rules.get(r).entity(), penalties);
            }
            facts = new FieldFacts(field, hint, penalty, field.type() != null && NO_FREE_TEXT_TYPES.contains(field.type()));
            if (factsByField.size() < FIELD_CACHE_LIMIT) {
                FieldFacts raced = factsByField.putIfAbsent(field, facts);
                if (raced != null) {
                    facts = raced;
                }
            }
        }
        return facts;
    }

    /**
     * Positive context written as a pattern (an expiry date next to a card number), searched around the span; a pattern
     * that ends in {@code $} is read as {@link #anchoredContext} says.
     */
    private static WordHits.Context contextPattern(int r, EntityRule rule, RegexGate[] gates, String text, WordHits hits,
                                                   int start, int end, WordHits.Context ctx) {
        int from = Math.max(0, start - rule.context().window());
        int to = Math.min(text.length(), end + rule.context().window());
        for (int i = 0; i < gates.length; i++) {
            com.google.re2j.Pattern p = rule.context().patterns().get(i);
            RegexGate g = gates[i];
            if (!p.pattern().endsWith("$")
                    && ((g == null || g.mayMatch(text, from, start)) && p.matcher(new TextWindow(text, from, start)).find()
                    || (g == null || g.mayMatch(text, end, to)) && p.matcher(new TextWindow(text, end, to)).find())) {
                return new WordHits.Context("pattern " + p.pattern(), null, WordHits.Context.NEAR);
            }
        }
        com.google.re2j.Pattern anchored = anchoredContext(r, rule, gates, text, hits, start);
        return anchored == null ? ctx : new WordHits.Context("pattern " + anchored.pattern(), null, WordHits.Context.NEAR);
    }

    /**
     * The first of the rule's context patterns anchored at the value ({@code ...$}: it ends where the value begins) that
     * matches in the {@value #ANCHORED_CONTEXT_REACH} characters before {@code start}, or null. It is read only where
     * one of the rule's words stands in that reach: it carries a word further than the window ("field 'telephone'
     * invalid for customer K-6245787 (value \""), and most values have none.
     */
    private static com.google.re2j.Pattern anchoredContext(int r, EntityRule rule, RegexGate[] gates, String text,
                                                          WordHits hits, int start) {
        int reach = Math.max(0, start - ANCHORED_CONTEXT_REACH);
        if (!hits.hasPositiveNear(r, 0, reach, start)) {
            return null;
        }
        for (int i = 0; i < gates.length; i++) {
            com.google.re2j.Pattern p = rule.context().patterns().get(i);
            RegexGate g = gates[i];
            if (p.pattern().endsWith("$") && (g == null || g.mayMatch(text, reach, start))
                    && p.matcher(new TextWindow(text, reach, start)).find()) {
                return p;
            }
        }
        return null;
    }

    /**
     * Where findings overlap, the best-scored wins (ties: the longer, then the earlier rule); a text place
     * is reported as one entity. Output is sorted by position.
     */
    private static List<Finding> resolveOverlaps(List<Finding> findings) {
        int n = findings.size();
        if (n < 2) {
            return findings;
        }
        Finding[] byQuality = new Finding[n];
        for (int i = 0; i < n; i++) {
            byQuality[i] = findings.get(i);
        }
        sort(byQuality, n, true);
        Finding[] kept = new Finding[n];
        int count = 0;
        for (Finding f : byQuality) {
            boolean clash = false;
            for (int k = 0; k < count; k++) {
                if (kept[k].overlaps(f)) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept[count++] = f;
            }
        }
        sort(kept, count, false);
        List<Finding> out = new ArrayList<>(n);
        for (int k = 0; k < count; k++) {
            out.add(kept[k]);
        }
        return out;
    }

    /**
     * Sorts {@code a[0, n)} stably, as {@code List.sort} does: by quality (confidence, then length, both descending)
     * or by position (start, then end). An insertion sort: a text has a handful of findings; many go to the
     * library's merge sort.
     */
    static void sort(Finding[] a, int n, boolean byQuality) {
        if (n > 32) {
            sortMany(a, n, byQuality);
            return;
        }
        for (int i = 1; i < n; i++) {
            Finding f = a[i];
            int j = i - 1;
            while (j >= 0 && (byQuality ? worse(a[j], f) : after(a[j], f))) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = f;
        }
    }

    private static void sortMany(Finding[] a, int n, boolean byQuality) {
        Arrays.sort(a, 0, n, byQuality
                ? Comparator.comparingDouble(Finding::confidence).reversed()
                        .thenComparing(Comparator.comparingInt(Finding::length).reversed())
                : Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
    }

    /** Whether {@code a} sorts after {@code b} by quality: lower confidence, or the same and shorter. */
    private static boolean worse(Finding a, Finding b) {
        int c = Double.compare(b.confidence(), a.confidence());
        return c > 0 || c == 0 && b.length() > a.length();
    }

    /** Whether {@code a} sorts after {@code b} by position. */
    private static boolean after(Finding a, Finding b) {
        return a.start() > b.start() || a.start() == b.start() && a.end() > b.end();
    }

    /** Appends a score in [0, 1] with two decimals ("0.35"), as String.format("%.2f") would, without its cost. */
    static void appendScore(StringBuilder sb, double d) {
        long hundredths = Math.round(Math.abs(d) * 100);
        if (d < 0 && hundredths > 0) {
            sb.append('-');
        }
        sb.append(hundredths / 100).append('.');
        long frac = hundredths % 100;
        if (frac < 10) {
            sb.append('0');
        }
        sb.append(frac);
    }
}

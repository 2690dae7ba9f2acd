package io.piiscanner.core.jurisdiction;

import io.piiscanner.core.model.Finding;
import io.piiscanner.core.model.ScanRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Per record: resolve the jurisdiction, assemble the exposed elements, and apply each applicable rule's
 * combination logic (name + element, STANDALONE elements, encryption safe harbor). Thread-safe.
 *
 * <pre>{@code
 * JurisdictionPack pack = JurisdictionPackLoader.loadDefault();
 * NotificationAssessor assessor = new NotificationAssessor(pack);
 * RecordAssessment a = assessor.assess(record, scanner.scan(record));
 * aggregator.add(a);
 * }</pre>
 */
public final class NotificationAssessor {

    /** Entities whose fingerprints identify a person across sources. */
    public static final Set<String> STRONG_IDENTIFIERS = Set.of("EMAIL", "PHONE", "CREDIT_CARD", "US_SSN", "US_ITIN", "CA_SIN",
            "BR_CPF", "IN_AADHAAR", "IN_PAN", "SG_NRIC", "AU_TFN", "UK_NINO", "UK_NHS", "DE_TAX_ID", "FR_NIR", "ES_NIF",
            "IT_FISCAL_CODE", "NL_BSN", "PL_PESEL", "US_PASSPORT", "US_DRIVER_LICENSE");

    /** {@code ENTITY:} for each of {@link #STRONG_IDENTIFIERS}: the start of its subject keys. */
    private static final Map<String, String> SUBJECT_KEY_PREFIXES = prefixes(STRONG_IDENTIFIERS);

    private static Map<String, String> prefixes(Set<String> entities) {
        Map<String, String> m = new java.util.HashMap<>();
        for (String e : entities) {
            m.put(e, e + ":");
        }
        return Map.copyOf(m);
    }

    private final JurisdictionPack pack;
    private final JurisdictionResolver resolver;
    private final ElementExtractor extractor;
    private final boolean keysCompromised;

    public NotificationAssessor(JurisdictionPack pack) {
        this(pack, false);
    }

    /**
     * @param encryptionKeysCompromised when true, encrypted data counts as exposed everywhere (safe harbors
     *                                  do not hold when the key was taken too)
     */
    public NotificationAssessor(JurisdictionPack pack, boolean encryptionKeysCompromised) {
        this.pack = pack;
        this.resolver = new JurisdictionResolver(pack);
        this.extractor = new ElementExtractor(pack.elements(), encryptionKeysCompromised);
        this.keysCompromised = encryptionKeysCompromised;
    }

    public JurisdictionPack pack() {
        return pack;
    }

    public JurisdictionResolver resolver() {
        return resolver;
    }

    public RecordAssessment assess(ScanRecord record, List<Finding> findings) {
        JurisdictionResult j = resolver.resolve(record, findings);
        return assess(record, findings, j);
    }

    /** As {@link #assess(ScanRecord, List)} with a jurisdiction decided elsewhere (e.g. a declared one). */
    public RecordAssessment assess(ScanRecord record, List<Finding> findings, JurisdictionResult j) {
        Map<String, Boolean> elements = extractor.extract(record, findings);
        List<RuleOutcome> outcomes = outcomes(pack, j.code(), j.status(), j.candidates(), elements);
        return new RecordAssessment(record.source(), record.container(), record.recordId(), j, elements, outcomes,
                subjectKeys(findings));
    }

    /**
     * The statutory elements a record exposes across its fields (element -> true when only encrypted/masked
     * occurrences exist), without evaluating any rule: what a batch job stores per record.
     */
    public Map<String, Boolean> elements(ScanRecord record, List<Finding> findings) {
        return extractor.extract(record, findings);
    }

    /** True when encrypted values count as exposed (the keys were taken too). */
    public boolean keysCompromised() {
        return keysCompromised;
    }

    /**
     * The keyed fingerprints ({@code ENTITY:fingerprint}) of the strong identifiers among {@code findings}
     * (test data excluded): what links a person's records across sources.
     */
    public static Set<String> subjectKeys(List<Finding> findings) {
        Set<String> keys = new TreeSet<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.fingerprint() == null || f.testData()) {
                continue;
            }
            String prefix = SUBJECT_KEY_PREFIXES.get(f.entity());
            if (prefix != null) {
                keys.add(prefix.concat(f.fingerprint())); // one copy, where + takes a method-handle chain
            }
        }
        return keys;
    }

    /**
     * Every applicable rule's outcome for a data subject of jurisdiction {@code code} (with {@code status}
     * and {@code candidates} as the resolver gave them) whose record exposes {@code elements}:
     * RESOLVED -> the jurisdiction's rules; COUNTRY_ONLY (US) and UNKNOWN with candidates -> each
     * candidate's rules (every US state for {@code US}) as plausible-only outcomes; PCI DSS for everyone.
     */
    public static List<RuleOutcome> outcomes(JurisdictionPack pack, String code, JurisdictionResult.Status status,
                                             List<String> candidates, Map<String, Boolean> elements) {
        Map<String, Boolean> rules = new LinkedHashMap<>(); // rule code -> plausibleOnly
        if (status == JurisdictionResult.Status.RESOLVED) {
            pack.rulesFor(code).forEach(r -> rules.put(r.code(), false));
        } else if (status == JurisdictionResult.Status.COUNTRY_ONLY) {
            List<JurisdictionRule> us = candidates.isEmpty() ? pack.usRules()
                    : candidates.stream().flatMap(c -> pack.rulesFor(c).stream()).toList();
            us.forEach(r -> rules.putIfAbsent(r.code(), true));
        } else {
            for (String c : candidates) {
                List<JurisdictionRule> rs = c.equals("US") ? pack.usRules() : pack.rulesFor(c);
                rs.forEach(r -> rules.putIfAbsent(r.code(), true));
            }
        }
        pack.cardDataRules().forEach(r -> rules.put(r.code(), false));
        List<RuleOutcome> outcomes = new ArrayList<>(rules.size());
        for (Map.Entry<String, Boolean> e : rules.entrySet()) {
            outcomes.add(evaluate(pack.rule(e.getKey()).orElseThrow(), elements, e.getValue()));
        }
        return outcomes;
    }

    /** The combination logic of one rule over a record's elements (element -> protected-only). */
    public static RuleOutcome evaluate(JurisdictionRule rule, Map<String, Boolean> elements, boolean plausibleOnly) {
        Boolean name = elements.get("NAME");
        for (String alt : rule.nameAlternatives()) {
            name = ElementExtractor.or(name, elements.get(alt));
        }
        Set<String> open = new LinkedHashSet<>();
        Set<String> protectedOnly = new LinkedHashSet<>();
        Set<String> withoutName = new LinkedHashSet<>();
        boolean idTheftClause = false;
        for (JurisdictionRule.ElementRef ref : rule.elements()) {
            String el = ref.element();
            if (el.equals("ANY_LISTED_ELEMENT_IF_ID_THEFT_POSSIBLE")) {
                idTheftClause = true;
                continue;
            }
            Boolean prot = elements.get(el);
            if (prot == null) {
                continue;
            }
            if (!rule.requiresName() || ref.standalone()) {
                (prot ? protectedOnly : open).add(el);
            } else if (name != null) {
                (prot || name ? protectedOnly : open).add(el);
            } else {
                withoutName.add(el);
            }
        }
        List<String> reasons = new ArrayList<>();
        Outcome outcome;
        List<String> triggering;
        if (!open.isEmpty()) {
            outcome = Outcome.NOTIFIABLE;
            triggering = List.copyOf(open);
            reasons.add(describe(rule, open) + " exposed");
        } else if (!protectedOnly.isEmpty()) {
            triggering = List.copyOf(protectedOnly);
            switch (rule.encryptionSafeHarbor()) {
                case YES -> {
                    outcome = Outcome.NOT_NOTIFIABLE;
                    reasons.add(describe(rule, protectedOnly) + " present only encrypted/masked: encryption safe harbor (unless the key was also compromised)");
                }
                case CONDITIONAL -> {
                    outcome = Outcome.REVIEW;
                    reasons.add(describe(rule, protectedOnly) + " present only encrypted/masked: the safe harbor depends on a risk assessment");
                }
                default -> {
                    outcome = Outcome.NOTIFIABLE;
                    reasons.add(describe(rule, protectedOnly) + " present only encrypted/masked, but no safe harbor is "
                            + (rule.encryptionSafeHarbor() == JurisdictionRule.SafeHarbor.NO ? "provided" : "confirmed"));
                }
            }
        } else if (idTheftClause && !withoutName.isEmpty()) {
            outcome = Outcome.REVIEW;
            triggering = List.copyOf(withoutName);
            reasons.add(String.join(", ", withoutName) + " without a name: notifiable in " + rule.code()
                    + " if enough for identity theft");
        } else {
            outcome = Outcome.NOT_NOTIFIABLE;
            triggering = List.of();
            if (!withoutName.isEmpty()) {
                reasons.add(String.join(", ", withoutName) + " present without a name; " + rule.code() + " needs first name or initial + last name");
            } else {
                reasons.add("no element listed by " + rule.code() + " is exposed");
            }
        }
        if (elements.containsKey("DISSOCIATED_DATA_IF_LINKABLE") || rule.elements().stream().anyMatch(r -> r.element().equals("DISSOCIATED_DATA_IF_LINKABLE"))) {
            if (outcome == Outcome.NOT_NOTIFIABLE && !withoutName.isEmpty()) {
                reasons.add("dissociated data that can be linked also counts in " + rule.code() + ": review");
            }
        }
        return new RuleOutcome(rule.code(), rule.name(), outcome, plausibleOnly, triggering, List.copyOf(withoutName), reasons);
    }

    private static String describe(JurisdictionRule rule, Set<String> els) {
        return String.join(", ", els);
    }
}

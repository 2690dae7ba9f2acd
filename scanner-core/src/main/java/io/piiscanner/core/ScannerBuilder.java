package io.piiscanner.core;

import io.piiscanner.core.detect.DetectionEngine;
import io.piiscanner.core.detect.SpanFinders;
import io.piiscanner.core.privacy.Fingerprinter;
import io.piiscanner.core.rules.EntityRule;
import io.piiscanner.core.rules.RuleLoader;
import io.piiscanner.core.rules.RulePack;
import io.piiscanner.core.validate.Validators;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Configures and builds a {@link Scanner}. Rule files are read and validated here, once; a bad file fails
 * {@link #build()} with a {@link io.piiscanner.core.rules.RuleFileException} naming file, line and reason.
 */
public final class ScannerBuilder {

    /** Findings below this confidence are not reported unless the caller lowers it. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    private boolean defaultRules = true;
    private final List<Path> ruleFolders = new ArrayList<>();
    private byte[] fingerprintKey;
    private boolean includeRawValues;
    private double minConfidence = DEFAULT_MIN_CONFIDENCE;
    private String defaultRegion = "US";
    private Set<String> entities;
    private Set<String> ruleIds;
    private boolean nlp;

    ScannerBuilder() {
    }

    /** Whether the bundled rule pack is loaded (default true). */
    public ScannerBuilder defaultRules(boolean load) {
        this.defaultRules = load;
        return this;
    }

    /** A folder of the user's rule files (entities, allow-lists, field hints), read recursively. */
    public ScannerBuilder ruleFolder(Path folder) {
        ruleFolders.add(folder);
        return this;
    }

    /** HMAC key for fingerprints (at least 16 bytes). Without it a random key is drawn per scanner. */
    public ScannerBuilder fingerprintKey(byte[] key) {
        this.fingerprintKey = key == null ? null : key.clone();
        return this;
    }

    /** Keep raw values in findings. Off by default; turn on only where the caller must see values. */
    public ScannerBuilder includeRawValues(boolean include) {
        this.includeRawValues = include;
        return this;
    }

    public ScannerBuilder minConfidence(double min) {
        if (min < 0 || min > 1) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1]");
        }
        this.minConfidence = min;
        return this;
    }

    /** Region (ISO 3166 alpha-2) for national phone numbers when a record names no country. Default US. */
    public ScannerBuilder defaultRegion(String region) {
        if (region == null || !region.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("region must be an ISO 3166 alpha-2 code such as US or DE");
        }
        this.defaultRegion = region;
        return this;
    }

    /** Only these entities are detected (default: all in the pack). */
    public ScannerBuilder entities(Set<String> names) {
        this.entities = names == null ? null : Set.copyOf(names);
        return this;
    }

    /** Only these rule ids run (for testing one rule on its own examples). */
    public ScannerBuilder onlyRules(Set<String> ids) {
        this.ruleIds = ids == null ? null : Set.copyOf(ids);
        return this;
    }

    /**
     * Whether the NLP detectors run: PERSON_NAME (OpenNLP name model) and POSTAL_ADDRESS. Off by default
     * (figures and cost in docs/nlp.md); off, rules whose
     * detector is one of {@link io.piiscanner.core.detect.nlp.NlpDetectors#NAMES} are left out and no model
     * is loaded.
     */
    public ScannerBuilder nlp(boolean enabled) {
        this.nlp = enabled;
        return this;
    }

    public Scanner build() {
        RulePack pack = new RuleLoader(Validators::byName, SpanFinders.names()).load(defaultRules, ruleFolders);
        List<EntityRule> active = new ArrayList<>();
        Set<String> seenEntities = new LinkedHashSet<>();
        for (EntityRule r : pack.rules()) {
            seenEntities.add(r.entity());
            if (!nlp && io.piiscanner.core.detect.nlp.NlpDetectors.NAMES.contains(r.detector())) {
                continue;
            }
            if ((entities == null || entities.contains(r.entity())) && (ruleIds == null || ruleIds.contains(r.id()))) {
                active.add(r);
            }
        }
        if (entities != null && !seenEntities.containsAll(entities)) {
            Set<String> unknown = new LinkedHashSet<>(entities);
            unknown.removeAll(seenEntities);
            throw new IllegalArgumentException("no rule detects " + unknown + "; known entities: " + seenEntities);
        }
        Fingerprinter fp = fingerprintKey == null ? Fingerprinter.withRandomKey() : new Fingerprinter(fingerprintKey);
        DetectionEngine engine = new DetectionEngine(active, pack.allowlists(), pack.fieldPenalties(), fp,
                minConfidence, includeRawValues);
        return new Scanner(pack, engine, defaultRegion);
    }
}

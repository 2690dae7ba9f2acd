package io.piiscanner.core;

import io.piiscanner.core.context.CountryNames;
import io.piiscanner.core.context.FieldContext;
import io.piiscanner.core.detect.DetectionEngine;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.FieldValue;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.model.ScanRecord;
import io.piiscanner.core.rules.RulePack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entry point of the library: finds PII in a text or a record. Built once by {@link ScannerBuilder}
 * from a rule pack; immutable and safe to share between threads; no I/O after it is built.
 *
 * <pre>{@code
 * Scanner scanner = Scanner.builder().fingerprintKey(key).build();
 * for (Finding f : scanner.scan("Call me on +44 20 7946 0958, SSN 536-22-1234")) {
 *     log.info("{}", f); // entity, span, confidence, masked preview, fingerprint; never the value
 * }
 * }</pre>
 */
public final class Scanner {

    private static final int FIELD_CACHE_LIMIT = 10_000;

    private final RulePack pack;
    private final DetectionEngine engine;
    private final String defaultRegion;
    private final Map<String, FieldContext> fieldContexts = new ConcurrentHashMap<>();
    /**
     * The field contexts last asked for, a slot per field name: a record scan asks for the same few fields record
     * after record, and the map's key (name, type and label joined) costs a string a field. A slot is found by the
     * name's hash and holds for the same name with the very same metadata (a source describes a column once).
     * Entries are immutable; threads racing for a slot at worst replace each other's entry.
     */
    private final RecentField[] recentFields = new RecentField[64];

    private record RecentField(String name, FieldMetadata metadata, FieldContext context) {
    }

    Scanner(RulePack pack, DetectionEngine engine, String defaultRegion) {
        this.pack = pack;
        this.engine = engine;
        this.defaultRegion = defaultRegion;
    }

    public static ScannerBuilder builder() {
        return new ScannerBuilder();
    }

    /** The rules this scanner runs, with the pack's version and hash. */
    public RulePack rulePack() {
        return pack;
    }

    /** Findings in a free text (field is null), sorted by position. */
    public List<Finding> scan(String text) {
        return engine.detect(text, null, defaultRegion);
    }

    /**
     * Findings in a free text whose national phone numbers belong to {@code region} (ISO 3166 alpha-2),
     * e.g. the country of the customer a note is about.
     */
    public List<Finding> scan(String text, String region) {
        return engine.detect(text, null, region == null ? defaultRegion : region);
    }

    /**
     * Findings in every field of a record, each naming its field; spans are offsets in the field's value.
     * A country field in the record (Country, MailingCountry, Land...) sets the region for national phones.
     */
    public List<Finding> scan(ScanRecord record) {
        String region = CountryNames.regionOf(record.fields()).orElse(defaultRegion);
        List<Finding> out = new ArrayList<>();
        for (FieldValue f : record.fields()) {
            out.addAll(scanField(f, region));
        }
        return out;
    }

    /** Findings in one field value, using its name, label and type as hints. */
    public List<Finding> scanField(FieldValue field, String region) {
        if (field.value() == null || field.value().isEmpty()) {
            return List.of();
        }
        return engine.detect(field.value(), fieldContext(field), region == null ? defaultRegion : region);
    }

    private FieldContext fieldContext(FieldValue field) {
        String name = field.name();
        FieldMetadata metadata = field.metadata();
        int slot = name.hashCode() & (recentFields.length - 1);
        RecentField recent = recentFields[slot];
        if (recent != null && recent.metadata() == metadata && recent.name().equals(name)) {
            return recent.context();
        }
        FieldContext context = fieldContextOf(field);
        recentFields[slot] = new RecentField(name, metadata, context);
        return context;
    }

    private FieldContext fieldContextOf(FieldValue field) {
        String key = field.name() + '\u0000' + field.metadata().type() + '\u0000' + field.metadata().label();
        FieldContext cached = fieldContexts.get(key);
        if (cached != null) {
            return cached;
        }
        FieldContext fc = FieldContext.of(field.name(), field.metadata());
        if (fieldContexts.size() < FIELD_CACHE_LIMIT) {
            fieldContexts.putIfAbsent(key, fc);
        }
        return fc;
    }

    @Override
    public String toString() {
        return "Scanner[" + engine.rules().size() + " rules, pack " + pack.version() + " " + pack.sha256().substring(0, 12) + "]";
    }
}

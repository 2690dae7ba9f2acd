package io.piiscanner.core.context;

import io.piiscanner.core.internal.FieldNames;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.rules.FieldHintSpec;
import io.piiscanner.core.rules.FieldPenaltyHint;

import java.util.List;
import java.util.Locale;

/**
 * What the scanner knows about the field a value came from: the words of its name and label and its
 * declared type. Built once per field name and reused across records.
 */
public record FieldContext(String name, List<String> nameWords, List<String> labelWords, String type) {

    public static FieldContext of(String name, FieldMetadata metadata) {
        FieldMetadata md = metadata == null ? FieldMetadata.NONE : metadata;
        return new FieldContext(name, FieldNames.words(name), FieldNames.words(md.label()),
                md.type() == null ? null : md.type().toLowerCase(Locale.ROOT));
    }

    /** True when the field's name, label or type is one the rule names as a home of its entity. */
    public boolean matches(FieldHintSpec hints) {
        if (hints.isEmpty()) {
            return false;
        }
        if (type != null && hints.types().contains(type)) {
            return true;
        }
        for (List<String> phrase : hints.names()) {
            if (FieldNames.containsPhrase(nameWords, phrase) || FieldNames.containsPhrase(labelWords, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** The largest penalty among hints that say this field holds a non-PII identifier for {@code entity}. */
    public double penalty(String entity, List<FieldPenaltyHint> hints) {
        double max = 0;
        for (FieldPenaltyHint h : hints) {
            if (!h.appliesTo(entity) || h.penalty() <= max) {
                continue;
            }
            boolean hit = type != null && h.types().contains(type);
            for (int i = 0; !hit && i < h.names().size(); i++) {
                hit = FieldNames.containsPhrase(nameWords, h.names().get(i))
                        || FieldNames.containsPhrase(labelWords, h.names().get(i));
            }
            if (hit) {
                max = h.penalty();
            }
        }
        return max;
    }
}

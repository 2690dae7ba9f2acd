package io.piiscanner.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * What a source knows about a field besides its value: a declared type (a Salesforce field type such as
 * {@code email} or {@code phone}, a SQL type such as {@code varchar}), a human label, a maximum length,
 * and free-form extras (e.g. {@code encrypted=true}, {@code country=DE}).
 */
public record FieldMetadata(String type, String label, Integer length, Map<String, String> extra) {

    public static final FieldMetadata NONE = new FieldMetadata(null, null, null, Map.of());

    public FieldMetadata {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public static FieldMetadata ofType(String type) {
        return new FieldMetadata(type, null, null, Map.of());
    }

    public FieldMetadata withLabel(String newLabel) {
        return new FieldMetadata(type, newLabel, length, extra);
    }

    public String extra(String key) {
        return extra.get(Objects.requireNonNull(key));
    }
}

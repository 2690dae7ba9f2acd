package io.piiscanner.core.model;

import java.util.Objects;

/** One named field of a record, its value as text, and what the source says about it. */
public record FieldValue(String name, String value, FieldMetadata metadata) {

    public FieldValue {
        Objects.requireNonNull(name, "name");
        metadata = metadata == null ? FieldMetadata.NONE : metadata;
    }

    public static FieldValue of(String name, String value) {
        return new FieldValue(name, value, FieldMetadata.NONE);
    }

    /** Never prints the value: records pass through logs and exception messages. */
    @Override
    public String toString() {
        return "FieldValue[name=" + name + ", length=" + (value == null ? 0 : value.length()) + ", metadata=" + metadata + "]";
    }
}

package io.piiscanner.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One record to scan: where it comes from (source, container such as a table, object or file, and the
 * record's id there) and its named fields. A record's {@code country} hint, when known, changes how
 * national phone numbers are resolved; otherwise the scanner looks for a country field among the fields.
 */
public record ScanRecord(String source, String container, String recordId, List<FieldValue> fields) {

    public ScanRecord {
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "ScanRecord[source=" + source + ", container=" + container + ", recordId=" + recordId
                + ", fields=" + fields.size() + "]";
    }

    /** Convenience builder for callers that assemble records field by field. */
    public static final class Builder {
        private String source;
        private String container;
        private String recordId;
        private final List<FieldValue> fields = new ArrayList<>();

        public Builder source(String value) { this.source = value; return this; }
        public Builder container(String value) { this.container = value; return this; }
        public Builder recordId(String value) { this.recordId = value; return this; }
        public Builder field(String name, String value) { fields.add(FieldValue.of(name, value)); return this; }
        public Builder field(String name, String value, FieldMetadata metadata) {
            fields.add(new FieldValue(name, value, metadata));
            return this;
        }
        public ScanRecord build() { return new ScanRecord(source, container, recordId, fields); }
    }
}

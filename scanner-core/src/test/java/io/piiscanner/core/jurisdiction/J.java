package io.piiscanner.core.jurisdiction;

import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.FieldValue;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.model.ScanRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helpers: one pack for all tests, and a record builder that makes findings spanning whole fields. */
final class J {

    static final JurisdictionPack PACK = JurisdictionPackLoader.loadDefault();

    private J() {
    }

    static Rec rec() {
        return new Rec();
    }

    static final class Rec {
        final List<FieldValue> fields = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();

        Rec field(String name, String value) {
            fields.add(FieldValue.of(name, value));
            return this;
        }

        /** A field whose metadata says it is stored encrypted, with no detector finding (field-name elements). */
        Rec encryptedField(String name, String value) {
            fields.add(new FieldValue(name, value, new FieldMetadata(null, null, null, Map.of("encrypted", "true"))));
            return this;
        }

        Rec encrypted(String name, String value, String entity) {
            fields.add(new FieldValue(name, value, new FieldMetadata(null, null, null, Map.of("encrypted", "true"))));
            findings.add(finding(entity, name, value, false));
            return this;
        }

        /** A field with a finding of {@code entity} over its whole value; fingerprint = "fp-" + value. */
        Rec pii(String name, String value, String entity) {
            fields.add(FieldValue.of(name, value));
            findings.add(finding(entity, name, value, false));
            return this;
        }

        Rec test(String name, String value, String entity) {
            fields.add(FieldValue.of(name, value));
            findings.add(finding(entity, name, value, true));
            return this;
        }

        ScanRecord record() {
            return new ScanRecord("test", "Contact", "r" + fields.size(), fields);
        }

        ScanRecord record(String source, String id) {
            return new ScanRecord(source, "Contact", id, fields);
        }
    }

    static Finding finding(String entity, String field, String value, boolean testData) {
        return new Finding(entity, field, 0, value.length(), 0.9, "test/" + entity.toLowerCase(), "***",
                "fp-" + value.replaceAll("[^A-Za-z0-9@.]", "").toLowerCase(), testData, "test", null);
    }
}

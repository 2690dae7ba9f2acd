package io.piiscanner.testdata.salesforce;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The data of an emulated Salesforce org: object definitions as describe returns them, rows per object
 * (kept in Id order, as {@code ORDER BY Id} reads them) and the ground truth of what the generator
 * planted. Rows are plain string arrays aligned with the object's fields, so an org of a few hundred
 * thousand Contacts stays small in memory.
 */
public final class EmulatedOrg {

    /** The org id (15 characters, prefix 00D) that session ids and server URLs carry. */
    private final String orgId;
    private final Map<String, SObjectTable> tables = new LinkedHashMap<>();
    private final GroundTruth truth;

    EmulatedOrg(String orgId, GroundTruth truth) {
        this.orgId = orgId;
        this.truth = truth;
    }

    public String orgId() {
        return orgId;
    }

    public GroundTruth truth() {
        return truth;
    }

    void add(SObjectTable t) {
        tables.put(t.def().name().toLowerCase(java.util.Locale.ROOT), t);
    }

    /** The object by API name, case-insensitive as in SOQL; null when the org has no such object. */
    public SObjectTable table(String name) {
        return tables.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    public List<SObjectTable> tables() {
        return List.copyOf(tables.values());
    }

    /**
     * A field as {@code describeSObject} returns it.
     *
     * @param type                  Salesforce field type (string, email, phone, textarea, id, reference ...)
     * @param soapType              the XML schema type ({@code xsd:string}, {@code tns:ID} ...)
     * @param compoundFieldName     for address components: the compound field (MailingAddress)
     * @param encrypted             Shield Platform Encryption
     * @param securityClassification FieldDefinition.SecurityClassification, or null
     * @param complianceGroup       FieldDefinition.ComplianceGroup (";"-separated), or null
     */
    public record FieldDef(String name, String label, String type, String soapType, int length, boolean custom,
                           boolean calculated, boolean encrypted, String compoundFieldName, String extraTypeInfo,
                           boolean htmlFormatted, String referenceTo, String relationshipName,
                           String securityClassification, String complianceGroup, List<String> picklist) {

        public FieldDef {
            Objects.requireNonNull(name);
            picklist = picklist == null ? List.of() : List.copyOf(picklist);
        }

        static FieldDef of(String name, String label, String type) {
            return new FieldDef(name, label, type, soapTypeOf(type), lengthOf(type), name.endsWith("__c"), false,
                    false, null, null, false, null, null, null, null, List.of());
        }

        FieldDef length(int n) {
            return new FieldDef(name, label, type, soapType, n, custom, calculated, encrypted, compoundFieldName,
                    extraTypeInfo, htmlFormatted, referenceTo, relationshipName, securityClassification,
                    complianceGroup, picklist);
        }

        FieldDef compound(String compound) {
            return new FieldDef(name, label, type, soapType, length, custom, calculated, encrypted, compound,
                    extraTypeInfo, htmlFormatted, referenceTo, relationshipName, securityClassification,
                    complianceGroup, picklist);
        }

        FieldDef shieldEncrypted() {
            return new FieldDef(name, label, type, soapType, length, custom, calculated, true, compoundFieldName,
                    extraTypeInfo, htmlFormatted, referenceTo, relationshipName, securityClassification,
                    complianceGroup, picklist);
        }

        FieldDef html() {
            return new FieldDef(name, label, type, soapType, length, custom, calculated, encrypted, compoundFieldName,
                    "richtextarea", true, referenceTo, relationshipName, securityClassification, complianceGroup, picklist);
        }

        /** {@code extraTypeInfo} as describe gives it, e.g. {@code personname} on a person's Name field. */
        FieldDef typeInfo(String info) {
            return new FieldDef(name, label, type, soapType, length, custom, calculated, encrypted, compoundFieldName,
                    info, htmlFormatted, referenceTo, relationshipName, securityClassification, complianceGroup, picklist);
        }

        FieldDef reference(String target, String relationship) {
            return new FieldDef(name, label, type, soapType, 18, custom, calculated, encrypted, compoundFieldName,
                    extraTypeInfo, htmlFormatted, target, relationship, securityClassification, complianceGroup, picklist);
        }

        FieldDef classified(String level, String groups) {
            return new FieldDef(name, label, type, soapType, length, custom, calculated, encrypted, compoundFieldName,
                    extraTypeInfo, htmlFormatted, referenceTo, relationshipName, level, groups, picklist);
        }

        FieldDef values(String... options) {
            return new FieldDef(name, label, type, soapType, length, custom, calculated, encrypted, compoundFieldName,
                    extraTypeInfo, htmlFormatted, referenceTo, relationshipName, securityClassification,
                    complianceGroup, List.of(options));
        }

        static String soapTypeOf(String type) {
            return switch (type) {
                case "id", "reference" -> "tns:ID";
                case "boolean" -> "xsd:boolean";
                case "date" -> "xsd:date";
                case "datetime" -> "xsd:dateTime";
                case "time" -> "xsd:time";
                case "currency", "percent", "double" -> "xsd:double";
                case "int" -> "xsd:int";
                case "base64" -> "xsd:base64Binary";
                case "address" -> "urn:address";
                default -> "xsd:string";
            };
        }

        static int lengthOf(String type) {
            return switch (type) {
                case "id", "reference" -> 18;
                case "email", "phone", "string", "picklist", "combobox", "url", "encryptedstring" -> type.equals("phone") ? 40
                        : type.equals("email") ? 80 : 255;
                case "textarea" -> 32_000;
                default -> 0;
            };
        }
    }

    /** An object as {@code describeGlobal}/{@code describeSObject} return it. */
    public record ObjectDef(String name, String label, String labelPlural, String keyPrefix, boolean custom,
                            List<FieldDef> fields) {

        public ObjectDef {
            fields = List.copyOf(fields);
        }

        public int index(String field) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equalsIgnoreCase(field)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** One object's rows, in Id order. Row arrays are aligned with {@link ObjectDef#fields()}. */
    public static final class SObjectTable {
        private final ObjectDef def;
        private final List<String[]> rows = new ArrayList<>();
        private final int idIndex;
        private final int deletedIndex;

        SObjectTable(ObjectDef def) {
            this.def = def;
            this.idIndex = def.index("Id");
            this.deletedIndex = def.index("IsDeleted");
        }

        public ObjectDef def() {
            return def;
        }

        /** Appends a row; ids are generated in ascending order, so the list stays sorted by Id. */
        synchronized String[] add(Map<String, String> values) {
            String[] row = new String[def.fields().size()];
            values.forEach((k, v) -> {
                int i = def.index(k);
                if (i < 0) {
                    throw new IllegalArgumentException(def.name() + " has no field " + k);
                }
                row[i] = v;
            });
            rows.add(row);
            return row;
        }

        public List<String[]> rows() {
            return Collections.unmodifiableList(rows);
        }

        public int size() {
            return rows.size();
        }

        public String id(String[] row) {
            return row[idIndex];
        }

        public boolean deleted(String[] row) {
            return deletedIndex >= 0 && "true".equals(row[deletedIndex]);
        }

        public String value(String[] row, String field) {
            int i = def.index(field);
            return i < 0 ? null : row[i];
        }

        /** Sets a value (the emulator's "user edit" for incremental tests) and moves SystemModstamp. */
        public synchronized void update(String id, String field, String value, String modstamp) {
            for (String[] row : rows) {
                if (row[idIndex].equals(id)) {
                    row[def.index(field)] = value;
                    int ms = def.index("SystemModstamp");
                    if (ms >= 0) {
                        row[ms] = modstamp;
                    }
                    return;
                }
            }
            throw new IllegalArgumentException("no " + def.name() + " with id " + id);
        }
    }
}

package io.piiscanner.batch.source.salesforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.core.model.FieldMetadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How discovery decided to read one object, stored with the run so every partition (and a resumed run) reads
 * the same fields the same way: the fields scanned with their describe metadata, the fields skipped by type,
 * the row count, SOAP or Bulk, and the incremental filter.
 *
 * @param changedAfter  incremental: only rows with SystemModstamp after this instant (ISO), else null
 */
public record ObjectPlan(String object, String label, boolean custom, long rows, boolean bulk, boolean pkChunking,
                         List<FieldPlan> fields, List<String> skipped, String changedAfter) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A scanned field as describe (and FieldDefinition, where the org has it) present it.
     *
     * @param compound the compound field it belongs to (MailingAddress), or null
     */
    public record FieldPlan(String name, String label, String type, int length, boolean custom, boolean encrypted,
                            boolean calculated, boolean htmlFormatted, String compound, String extraTypeInfo,
                            String securityClassification, String complianceGroup) {

        /** The metadata handed to scanner-core with every value of this field. */
        public FieldMetadata metadata() {
            Map<String, String> extra = new LinkedHashMap<>();
            extra.put("salesforce.type", type);
            if (encrypted) {
                extra.put("encrypted", "true");
            }
            if (custom) {
                extra.put("custom", "true");
            }
            if (calculated) {
                extra.put("formula", "true");
            }
            if (htmlFormatted) {
                extra.put("html", "true");
            }
            if (compound != null) {
                extra.put("compound", compound);
            }
            if (extraTypeInfo != null) {
                extra.put("extraTypeInfo", extraTypeInfo);
            }
            if (securityClassification != null) {
                extra.put("securityClassification", securityClassification);
            }
            if (complianceGroup != null) {
                extra.put("complianceGroup", complianceGroup);
            }
            // encryptedstring is text as far as detection goes; email and phone are hints scanner-core knows
            String coreType = type.equals("encryptedstring") ? "string" : type;
            return new FieldMetadata(coreType, label, length > 0 ? length : null, extra);
        }
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the plan of " + object, e);
        }
    }

    public static ObjectPlan fromJson(String json) {
        try {
            return JSON.readValue(json, ObjectPlan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored Salesforce object plan: " + e.getOriginalMessage(), e);
        }
    }

    /** The SELECT list: Id first, then every scanned field. */
    public String selectList() {
        StringBuilder sb = new StringBuilder("Id");
        for (FieldPlan f : fields) {
            if (!f.name().equals("Id")) {
                sb.append(", ").append(f.name());
            }
        }
        return sb.toString();
    }
}

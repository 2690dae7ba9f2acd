package io.piiscanner.batch.source.file;

import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.ScanRecord;

import java.util.Iterator;
import java.util.Map;

/**
 * Turns a JSON value into record fields named by key path: {@code customer.address.city}; array elements
 * share one name with {@code []} ({@code orders[].email}) so that per-field counts add up across elements.
 */
final class JsonFlattener {

    private static final FieldMetadata JSON = FieldMetadata.ofType("json");
    private static final int MAX_FIELDS = 10_000;

    private JsonFlattener() {
    }

    static void flatten(JsonNode node, String path, ScanRecord.Builder into, int maxChars, int[] budget) {
        if (budget[0] <= 0) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), into, maxChars, budget);
            }
        } else if (node.isArray()) {
            for (JsonNode el : node) {
                flatten(el, path + "[]", into, maxChars, budget);
            }
        } else if (!node.isNull()) {
            String v = node.asText();
            budget[0]--;
            into.field(path.isEmpty() ? "value" : path, v.length() > maxChars ? v.substring(0, maxChars) : v, JSON);
        }
    }

    static int[] budget() {
        return new int[] {MAX_FIELDS};
    }
}

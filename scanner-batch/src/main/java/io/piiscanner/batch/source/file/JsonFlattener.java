package io.piiscanner.batch.source.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.piiscanner.batch.source.ReadWarnings;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.ScanRecord;

import java.io.IOException;
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

    /**
     * Flattens the value at the parser's current token, consuming it to its end, without building a tree: a
     * document of any size costs at most {@link #MAX_FIELDS} values of memory (the values over the budget are
     * skipped by the parser without being buffered). A single string longer than the parser's limit (20 million
     * characters) still fails the read.
     */
    static void stream(JsonParser p, String path, ScanRecord.Builder into, int maxChars, int[] budget,
                       ReadWarnings warnings) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                stream(p, path.isEmpty() ? name : path + "." + name, into, maxChars, budget, warnings);
            }
        } else if (t == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                stream(p, path + "[]", into, maxChars, budget, warnings);
            }
        } else if (t != null && t != JsonToken.VALUE_NULL) {
            if (budget[0] <= 0) {
                if (budget[0]-- == 0) {
                    warnings.count("JSON records cut at " + MAX_FIELDS + " values");
                }
                return;
            }
            budget[0]--;
            String v = p.getText();
            into.field(path.isEmpty() ? "value" : path, v.length() > maxChars ? v.substring(0, maxChars) : v, JSON);
        }
    }

    static int[] budget() {
        return new int[] {MAX_FIELDS};
    }
}

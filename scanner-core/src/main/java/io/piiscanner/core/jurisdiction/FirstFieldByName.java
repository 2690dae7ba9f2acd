package io.piiscanner.core.jurisdiction;

import io.piiscanner.core.model.FieldValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first field of a record with a given name (a record may repeat a name; the first one counts), for the
 * fields the findings were made in. A record of a few fields is searched field by field, which costs less than
 * building a map for the one or two findings a record has; a wide one (a Salesforce object of hundreds of fields)
 * gets a map, built at the first question.
 */
final class FirstFieldByName {

    /** Up to this many fields a search compares names; above it a map is built. */
    private static final int SEARCH_LIMIT = 24;

    private final List<FieldValue> fields;
    private Map<String, FieldValue> index;

    FirstFieldByName(List<FieldValue> fields) {
        this.fields = fields;
    }

    /** The first field named {@code name}, or null (also for a null name: a finding in plain text). */
    FieldValue get(String name) {
        if (name == null) {
            return null;
        }
        if (fields.size() <= SEARCH_LIMIT) {
            for (int i = 0; i < fields.size(); i++) {
                FieldValue f = fields.get(i);
                // the scanner names findings with the field's own name string: identity settles most comparisons
                if (f.name() == name || f.name().equals(name)) {
                    return f;
                }
            }
            return null;
        }
        if (index == null) {
            index = new HashMap<>();
            for (FieldValue f : fields) {
                index.putIfAbsent(f.name(), f);
            }
        }
        return index.get(name);
    }
}

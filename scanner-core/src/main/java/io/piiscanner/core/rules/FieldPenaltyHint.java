package io.piiscanner.core.rules;

import java.util.List;
import java.util.Set;

/**
 * A field-name hint that lowers scores: columns such as {@code order_number}, {@code tracking_id} or
 * {@code sku} hold identifiers that look like PII but are not. Applies to {@code entities} (all if empty).
 */
public record FieldPenaltyHint(String id, List<List<String>> names, List<String> types, double penalty,
                               Set<String> entities, String source) {

    public FieldPenaltyHint {
        names = names.stream().map(List::copyOf).toList();
        types = List.copyOf(types);
        entities = Set.copyOf(entities);
    }

    public boolean appliesTo(String entity) {
        return entities.isEmpty() || entities.contains(entity);
    }
}

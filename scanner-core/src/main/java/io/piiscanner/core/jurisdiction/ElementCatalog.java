package io.piiscanner.core.jurisdiction;

import io.piiscanner.core.internal.FieldNames;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The element vocabulary of the pack ({@code elements.yaml}): statutory element tokens and the components
 * the combination logic assembles, which canonical entity contributes which, and which field names
 * contribute a component by themselves (a {@code CVV} column, a {@code Username} field).
 */
public record ElementCatalog(Map<String, String> elements, Map<String, List<String>> byEntity,
                             List<FieldHint> fieldHints, List<String> sources) {

    /** Field-name phrases (already split into words) whose non-empty value contributes {@code element}. */
    public record FieldHint(String element, List<List<String>> phrases) {
        boolean matches(List<String> words) {
            for (List<String> p : phrases) {
                if (FieldNames.containsPhrase(words, p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Components only the field hints produce (a first or last name alone is not a name). */
    static final Set<String> FIELD_ONLY = Set.of("NAME_FIRST", "NAME_LAST");

    public ElementCatalog {
        elements = Map.copyOf(elements);
        byEntity = Map.copyOf(byEntity);
        fieldHints = List.copyOf(fieldHints);
        sources = List.copyOf(sources);
    }

    public boolean isElement(String token) {
        return elements.containsKey(token) || FIELD_ONLY.contains(token);
    }

    public List<String> forEntity(String entity) {
        return byEntity.getOrDefault(entity, List.of());
    }
}

package io.piiscanner.testdata.corpus;

import io.piiscanner.testdata.Entity;
import java.util.List;
import java.util.Set;

/** A kind of text (CRM case, e-mail, log line ...): its frames live in the template set under its name. */
public record Genre(String name, double weight, int maxValues, Set<Entity> excluded) {
    public Genre {
        excluded = Set.copyOf(excluded);
    }

    public static Genre of(String name, double weight, int maxValues, Entity... excluded) {
        return new Genre(name, weight, maxValues, Set.of(excluded));
    }

    public boolean accepts(List<Entity> entities) {
        return entities.size() <= maxValues && entities.stream().noneMatch(excluded::contains);
    }
}

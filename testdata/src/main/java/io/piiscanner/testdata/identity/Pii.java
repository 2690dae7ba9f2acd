package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import java.util.Map;

/**
 * One generated identifier as it will be written, plus optional alternative renderings
 * ("variants") a phrase may ask for, e.g. a birth date as "12.03.1984" or "March 12, 1984".
 */
public record Pii(Entity entity, String text, Map<String, String> variants) {
    public Pii {
        variants = Map.copyOf(variants);
    }

    public static Pii of(Entity entity, String text) {
        return new Pii(entity, text, Map.of());
    }

    /** The rendering for {@code style}, or the default text when there is no such variant. */
    public String as(String style) {
        if (style == null || style.isEmpty()) {
            return text;
        }
        return variants.getOrDefault(style, text);
    }
}

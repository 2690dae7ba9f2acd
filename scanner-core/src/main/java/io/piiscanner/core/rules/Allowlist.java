package io.piiscanner.core.rules;

import com.google.re2j.Pattern;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Values a user declares harmless (known test values, the company's own support address, allow-listed
 * e-mail domains). A finding whose value matches is dropped. {@code entities} empty means every entity.
 */
public record Allowlist(String id, String description, Set<String> entities, Set<String> values,
                        List<String> domains, List<Pattern> patterns, String source) {

    public Allowlist {
        entities = Set.copyOf(entities);
        values = Set.copyOf(values);
        domains = domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
        patterns = List.copyOf(patterns);
    }

    public boolean appliesTo(String entity) {
        return entities.isEmpty() || entities.contains(entity);
    }

    /**
     * @param raw        the value as written
     * @param normalized the value after the rule's normalisation (the form the fingerprint is taken of)
     */
    public boolean allows(String raw, String normalized) {
        if (values.contains(normalized) || values.contains(raw)) {
            return true;
        }
        if (!domains.isEmpty()) {
            int at = raw.lastIndexOf('@');
            if (at >= 0) {
                String domain = raw.substring(at + 1).toLowerCase(Locale.ROOT);
                for (String d : domains) {
                    if (domain.equals(d) || domain.endsWith("." + d)) {
                        return true;
                    }
                }
            }
        }
        for (Pattern p : patterns) {
            if (p.matches(raw)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Allowlist[" + id + ", " + values.size() + " values, " + domains.size() + " domains, "
                + patterns.size() + " patterns, from " + source + "]";
    }
}

package io.piiscanner.core.rules;

import java.util.List;

/**
 * Everything a scanner is built from: entity rules, allow-lists and field penalty hints, with the pack's
 * version and a SHA-256 over every file's bytes (for the evidence manifest: which rules found what).
 */
public record RulePack(String version, String sha256, List<EntityRule> rules, List<Allowlist> allowlists,
                       List<FieldPenaltyHint> fieldPenalties, List<String> files) {

    public RulePack {
        rules = List.copyOf(rules);
        allowlists = List.copyOf(allowlists);
        fieldPenalties = List.copyOf(fieldPenalties);
        files = List.copyOf(files);
    }

    public List<String> entities() {
        return rules.stream().map(EntityRule::entity).distinct().sorted().toList();
    }
}

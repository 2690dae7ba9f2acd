package io.piiscanner.core.jurisdiction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded, validated jurisdiction pack: rules by code, the element catalog and the geography tables.
 * Immutable and thread-safe. Load it once with {@link JurisdictionPackLoader#loadDefault()}.
 */
public final class JurisdictionPack {

    private final String version;
    private final Map<String, JurisdictionRule> rules;      // by rule code (EU, GB, US-CA, PCI)
    private final Map<String, JurisdictionRule> byCountry;  // member code -> shared regime (DE -> EU)
    private final ElementCatalog elements;
    private final Geography geography;
    private final List<String> files;

    JurisdictionPack(String version, List<JurisdictionRule> rules, ElementCatalog elements, Geography geography, List<String> files) {
        this.version = version;
        Map<String, JurisdictionRule> m = new LinkedHashMap<>();
        Map<String, JurisdictionRule> members = new LinkedHashMap<>();
        for (JurisdictionRule r : rules) {
            m.put(r.code(), r);
            for (String c : r.appliesTo()) {
                members.put(c, r);
            }
        }
        this.rules = Map.copyOf(m);
        this.byCountry = Map.copyOf(members);
        this.elements = elements;
        this.geography = geography;
        this.files = List.copyOf(files);
    }

    public String version() {
        return version;
    }

    /** Every rule, in file order. */
    public List<JurisdictionRule> rules() {
        return rules.values().stream().sorted(java.util.Comparator.comparing(JurisdictionRule::code)).toList();
    }

    public Optional<JurisdictionRule> rule(String code) {
        return Optional.ofNullable(rules.get(code));
    }

    public ElementCatalog elements() {
        return elements;
    }

    public Geography geography() {
        return geography;
    }

    /** The files the pack was read from, for the evidence manifest. */
    public List<String> files() {
        return files;
    }

    /**
     * The residence-based rules that apply to a data subject of {@code jurisdiction} (ISO 3166 code):
     * {@code US-CA} -> US-CA; {@code DE} -> EU (GDPR); {@code CA-QC} -> CA (federal); {@code GB} -> GB.
     * Empty when the pack has no rule (a country not covered) or the code is not a jurisdiction.
     */
    public List<JurisdictionRule> rulesFor(String jurisdiction) {
        if (jurisdiction == null) {
            return List.of();
        }
        List<JurisdictionRule> out = new ArrayList<>();
        JurisdictionRule exact = rules.get(jurisdiction);
        if (exact != null && !JurisdictionRule.SCOPE_CARD_DATA.equals(exact.scope())) {
            out.add(exact);
        }
        String country = jurisdiction.contains("-") ? jurisdiction.substring(0, jurisdiction.indexOf('-')) : jurisdiction;
        if (out.isEmpty() && !country.equals("US")) {
            JurisdictionRule parent = rules.get(country);
            if (parent != null && !JurisdictionRule.SCOPE_CARD_DATA.equals(parent.scope())) {
                out.add(parent);
            }
        }
        JurisdictionRule shared = byCountry.get(country);
        if (shared != null && !out.contains(shared)) {
            out.add(shared);
        }
        return out;
    }

    /**
     * A name a person can read: {@code US-CA} -> "California, United States", {@code DE} -> "Germany",
     * {@code CA-QC} -> "Quebec, Canada", {@code US} -> "United States (state unknown)", {@code EU} -> the rule's
     * name, {@code UNKNOWN} -> "Jurisdiction unknown".
     */
    public String displayName(String code) {
        if (code == null || code.equals(JurisdictionResult.UNKNOWN)) {
            return "Jurisdiction unknown";
        }
        if (code.equals("US")) {
            return "United States (state unknown)";
        }
        int dash = code.indexOf('-');
        if (dash > 0) {
            String country = country(code.substring(0, dash));
            String sub = geography.subdivisionName(code).orElseGet(() -> rule(code).map(JurisdictionRule::name).orElse(code));
            return sub + ", " + country;
        }
        if (code.length() == 2 && java.util.Set.of(java.util.Locale.getISOCountries()).contains(code)) {
            return country(code);
        }
        return rule(code).map(JurisdictionRule::name).orElse(code);
    }

    private static String country(String iso) {
        String n = new java.util.Locale("", iso).getDisplayCountry(java.util.Locale.ENGLISH);
        return n.isBlank() ? iso : n;
    }

    /** Rules that apply to card data whatever the jurisdiction (PCI DSS). */
    public List<JurisdictionRule> cardDataRules() {
        return rules().stream().filter(r -> JurisdictionRule.SCOPE_CARD_DATA.equals(r.scope())).toList();
    }

    /** All US state/DC/territory rules (for a US data subject whose state is unknown). */
    public List<JurisdictionRule> usRules() {
        return rules().stream().filter(r -> r.code().startsWith("US-")).toList();
    }

    @Override
    public String toString() {
        return "JurisdictionPack[" + version + ", " + rules.size() + " rules]";
    }
}

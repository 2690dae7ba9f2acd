package io.piiscanner.core.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.piiscanner.core.internal.FieldNames;
import io.piiscanner.core.internal.KeywordMatcher;
import io.piiscanner.core.internal.YamlNode;
import io.piiscanner.core.validate.Validator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Reads rule files (YAML) into a validated {@link RulePack}. Every problem fails the load with the file,
 * line and reason: a bad rule must never be skipped silently, or a scan would quietly miss an entity.
 *
 * <p>Each file is one of: an entity rule (top-level {@code entity:}), a family of rules ({@code rules:}),
 * an allow-list ({@code allowlist:}) or field penalty hints ({@code field_hints:}). The default pack is the
 * classpath folder {@code rules/} (the {@code rules} module); user folders are read recursively.
 */
public final class RuleLoader {

    public static final String DEFAULT_ROOT = "rules";
    private static final java.util.regex.Pattern ENTITY_NAME = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    private static final java.util.regex.Pattern RULE_ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "it", "nl", "pt", "pl", "any");

    private static final Set<String> RULE_KEYS = Set.of("id", "entity", "description", "sources", "jurisdictions",
            "detector", "patterns", "prefilter", "validator", "validated_boost", "shrink_on_invalid", "not_after", "min_score", "context",
            "field_hints", "mask", "normalize", "phone", "examples");
    private static final Set<String> FAMILY_KEYS = Set.of("rules", "description", "sources");

    private final Function<String, Optional<Validator>> validators;
    private final Set<String> detectors;

    /**
     * @param validators resolves a validator name used in a rule file (see {@code Validators#byName})
     * @param detectors  the detector names a rule may ask for ({@code pattern} plus registered span finders)
     */
    public RuleLoader(Function<String, Optional<Validator>> validators, Set<String> detectors) {
        this.validators = validators;
        this.detectors = Set.copyOf(detectors);
    }

    /** Loads the default pack from the classpath and then every user folder, in order. */
    public RulePack load(boolean includeDefaults, List<Path> userFolders) {
        Map<String, String> files = new TreeMap<>(); // display name -> content, sorted for a stable hash
        String version = "custom";
        String packManifest = "";
        if (includeDefaults) {
            packManifest = readDefaultPack(files);
            version = packVersion(packManifest);
        }
        for (Path folder : userFolders) {
            readFolder(folder, folder.toString(), files);
        }
        return parse(version, packManifest, files);
    }

    /** Parses one rule file's text; used by tests and by tools that validate a file before deploying it. */
    public RulePack parseSingle(String fileName, String content) {
        Map<String, String> files = new TreeMap<>();
        files.put(fileName, content);
        return parse("single", "", files);
    }

    private RulePack parse(String version, String packManifest, Map<String, String> files) {
        List<EntityRule> rules = new ArrayList<>();
        List<Allowlist> allowlists = new ArrayList<>();
        List<FieldPenaltyHint> penalties = new ArrayList<>();
        Map<String, String> ruleIdToFile = new HashMap<>();
        MessageDigest sha = sha256();
        sha.update(packManifest.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> e : files.entrySet()) {
            sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            YamlNode root = YamlNode.parse(e.getKey(), e.getValue());
            Map<String, YamlNode> top = root.freeMapping("a rule file");
            if (top.containsKey("entity")) {
                rules.add(parseRule(e.getKey(), root, List.of()));
            } else if (top.containsKey("rules")) {
                Map<String, YamlNode> family = root.mapping("a rule family", FAMILY_KEYS);
                List<String> familySources = family.containsKey("sources")
                        ? family.get("sources").textList("sources") : List.of();
                for (YamlNode r : family.get("rules").sequence("rules")) {
                    rules.add(parseRule(e.getKey(), r, familySources));
                }
            } else if (top.containsKey("allowlist")) {
                allowlists.add(parseAllowlist(e.getKey(), root));
            } else if (top.containsKey("field_hints")) {
                penalties.addAll(parsePenalties(e.getKey(), root));
            } else {
                throw root.error("not a rule file: expected a top-level 'entity', 'rules', 'allowlist' or 'field_hints'");
            }
        }
        for (EntityRule r : rules) {
            String previous = ruleIdToFile.put(r.id(), r.source());
            if (previous != null) {
                throw new RuleFileException(r.source(), 0, "rule id '" + r.id() + "' is already defined in " + previous);
            }
        }
        return new RulePack(version, HexFormat.of().formatHex(sha.digest()), rules, allowlists, penalties,
                List.copyOf(files.keySet()));
    }

    private EntityRule parseRule(String file, YamlNode node, List<String> inheritedSources) {
        Map<String, YamlNode> m = node.mapping("a rule", RULE_KEYS);
        String id = YamlNode.require(node, m, "id").nonBlankText("id");
        if (!RULE_ID.matcher(id).matches()) {
            throw m.get("id").error("rule id '" + id + "' must be lower-case letters, digits, dots and dashes");
        }
        String entity = YamlNode.require(node, m, "entity").nonBlankText("entity");
        if (!ENTITY_NAME.matcher(entity).matches()) {
            throw m.get("entity").error("entity '" + entity + "' must be upper-case letters, digits and _ (e.g. LOYALTY_CARD)");
        }
        String where = file + ":" + node.line();
        List<String> sources = new ArrayList<>(inheritedSources);
        if (m.containsKey("sources")) {
            sources.addAll(m.get("sources").textList("sources"));
        }
        if (sources.isEmpty()) {
            throw node.error("rule '" + id + "' names no sources: say where its facts (formats, check digits) come from");
        }
        String detector = EntityRule.PATTERN_DETECTOR;
        if (m.containsKey("detector")) {
            detector = m.get("detector").nonBlankText("detector");
            if (!detectors.contains(detector)) {
                throw m.get("detector").error("unknown detector '" + detector + "'; known: " + new java.util.TreeSet<>(detectors));
            }
        }
        List<PatternSpec> patterns = m.containsKey("patterns") ? parsePatterns(m.get("patterns")) : List.of();
        if (EntityRule.PATTERN_DETECTOR.equals(detector) && patterns.isEmpty()) {
            throw node.error("rule '" + id + "' has no patterns");
        }
        Validator validator = null;
        String validatorName = null;
        if (m.containsKey("validator")) {
            validatorName = m.get("validator").nonBlankText("validator");
            String vn = validatorName;
            validator = validators.apply(vn).orElseThrow(() -> m.get("validator").error("unknown validator '" + vn + "'"));
        }
        double validatedBoost = m.containsKey("validated_boost")
                ? m.get("validated_boost").number("validated_boost", 0, 1) : (validator == null ? 0 : 0.3);
        boolean shrink = m.containsKey("shrink_on_invalid") && m.get("shrink_on_invalid").bool("shrink_on_invalid");
        if (shrink && validator == null) {
            throw m.get("shrink_on_invalid").error("shrink_on_invalid needs a validator");
        }
        List<Pattern> notAfter = new ArrayList<>();
        if (m.containsKey("not_after")) {
            for (YamlNode p : m.get("not_after").sequence("not_after")) {
                String regex = p.nonBlankText("a not_after expression");
                if (!regex.endsWith("$")) {
                    throw p.error("a not_after expression must end in $ (it is matched against the text just before a match)");
                }
                try {
                    notAfter.add(Pattern.compile(regex));
                } catch (PatternSyntaxException ex) {
                    throw p.error("not_after is not a valid RE2 expression: " + ex.getMessage());
                }
            }
        }
        double minScore = m.containsKey("min_score") ? m.get("min_score").number("min_score", 0, 1) : 0;
        Prefilter prefilter = m.containsKey("prefilter") ? parsePrefilter(m.get("prefilter")) : Prefilter.NONE;
        if (prefilter.keywords().isEmpty() && patterns.stream().anyMatch(PatternSpec::startsAtTrigger)) {
            throw m.get("patterns").error("rule '" + id + "' has a pattern that starts at a trigger, but its prefilter"
                    + " names no keywords");
        }
        ContextSpec context = m.containsKey("context") ? parseContext(m.get("context")) : ContextSpec.NONE;
        FieldHintSpec hints = m.containsKey("field_hints") ? parseFieldHints(m.get("field_hints")) : FieldHintSpec.NONE;
        MaskSpec mask = m.containsKey("mask") ? parseMask(m.get("mask")) : MaskSpec.DEFAULT;
        EntityRule.Normalization norm = EntityRule.Normalization.EXACT;
        if (m.containsKey("normalize")) {
            String n = m.get("normalize").nonBlankText("normalize");
            try {
                norm = EntityRule.Normalization.valueOf(n.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException ex) {
                throw m.get("normalize").error("unknown normalize '" + n + "'; known: digits, alnum-upper, lower, exact");
            }
        }
        EntityRule.PhoneSpec phone = null;
        if ("phone".equals(detector)) {
            phone = parsePhone(m.get("phone"), node);
        } else if (m.containsKey("phone")) {
            throw m.get("phone").error("'phone' settings only apply to rules with detector: phone");
        }
        EntityRule.Examples examples = m.containsKey("examples") ? parseExamples(m.get("examples")) : EntityRule.Examples.NONE;
        List<String> jurisdictions = m.containsKey("jurisdictions") ? m.get("jurisdictions").textList("jurisdictions") : List.of();
        String description = m.containsKey("description") ? m.get("description").text("description") : "";
        return new EntityRule(id, entity, description, sources, jurisdictions, detector, patterns, prefilter, validator,
                validatorName, validatedBoost, shrink, notAfter, minScore, context, hints, mask, norm, phone, examples, where);
    }

    private static List<PatternSpec> parsePatterns(YamlNode node) {
        List<PatternSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YamlNode p : node.sequence("patterns")) {
            Map<String, YamlNode> m = p.mapping("a pattern", Set.of("name", "regex", "score", "group", "case_insensitive",
                    "starts"));
            String name = YamlNode.require(p, m, "name").nonBlankText("name");
            if (!names.add(name)) {
                throw m.get("name").error("duplicate pattern name '" + name + "'");
            }
            String regex = YamlNode.require(p, m, "regex").nonBlankText("regex");
            int flags = m.containsKey("case_insensitive") && m.get("case_insensitive").bool("case_insensitive")
                    ? Pattern.CASE_INSENSITIVE : 0;
            Pattern compiled;
            try {
                compiled = Pattern.compile(regex, flags);
            } catch (PatternSyntaxException ex) {
                throw m.get("regex").error("pattern '" + name + "' is not a valid RE2 expression (no lookaround or"
                        + " backreferences): " + ex.getMessage());
            }
            double score = YamlNode.require(p, m, "score").number("score", 0, 1);
            int group = m.containsKey("group") ? m.get("group").integer("group", 0, 99) : 0;
            if (group > compiled.groupCount()) {
                throw m.get("group").error("pattern '" + name + "' has " + compiled.groupCount()
                        + " groups, so group " + group + " does not exist");
            }
            boolean atTrigger = false;
            if (m.containsKey("starts")) {
                String starts = m.get("starts").nonBlankText("starts");
                if (!starts.equals("trigger") && !starts.equals("anywhere")) {
                    throw m.get("starts").error("unknown starts '" + starts + "'; known: trigger (a match begins at a"
                            + " prefilter keyword or at the start of the token holding one), anywhere");
                }
                atTrigger = starts.equals("trigger");
            }
            out.add(new PatternSpec(name, compiled, score, group, atTrigger ? PatternSpec.anchoredForm(compiled) : null));
        }
        return out;
    }

    private static Prefilter parsePrefilter(YamlNode node) {
        Map<String, YamlNode> m = node.mapping("prefilter", Set.of("digits", "tokens", "keywords", "before", "after", "grow_to_space"));
        Prefilter.DigitTrigger digits = null;
        if (m.containsKey("digits")) {
            YamlNode d = m.get("digits");
            Map<String, YamlNode> dm = d.mapping("prefilter.digits",
                    Set.of("min", "max", "separators", "skip_dates", "min_groups", "max_groups", "standalone", "letter"));
            int min = YamlNode.require(d, dm, "min").integer("digits.min", 1, 64);
            int max = dm.containsKey("max") ? dm.get("max").integer("digits.max", min, 256) : 256;
            String seps = dm.containsKey("separators") ? dm.get("separators").text("separators") : " -./";
            boolean skipDates = dm.containsKey("skip_dates") && dm.get("skip_dates").bool("skip_dates");
            int minGroups = dm.containsKey("min_groups") ? dm.get("min_groups").integer("digits.min_groups", 1, 64) : 1;
            int maxGroups = dm.containsKey("max_groups") ? dm.get("max_groups").integer("digits.max_groups", minGroups, 256) : 256;
            boolean standalone = dm.containsKey("standalone") && dm.get("standalone").bool("standalone");
            Prefilter.LetterSide side = Prefilter.LetterSide.ANY_OR_NONE;
            if (dm.containsKey("letter")) {
                String l = dm.get("letter").nonBlankText("digits.letter");
                side = switch (l) {
                    case "before" -> Prefilter.LetterSide.BEFORE;
                    case "after" -> Prefilter.LetterSide.AFTER;
                    case "either" -> Prefilter.LetterSide.EITHER;
                    default -> throw dm.get("letter").error("digits.letter must be before, after or either");
                };
            }
            digits = new Prefilter.DigitTrigger(min, max, seps, skipDates, minGroups, maxGroups, standalone, side);
        }
        Prefilter.TokenTrigger tokens = null;
        if (m.containsKey("tokens")) {
            YamlNode t = m.get("tokens");
            Map<String, YamlNode> tm = t.mapping("prefilter.tokens",
                    Set.of("min_length", "max_length", "min_digits", "min_letters", "extra_chars", "min_extras", "starts_with"));
            int minLen = YamlNode.require(t, tm, "min_length").integer("tokens.min_length", 1, 10_000);
            int maxLen = tm.containsKey("max_length") ? tm.get("max_length").integer("tokens.max_length", minLen, 100_000) : 100_000;
            int minDigits = tm.containsKey("min_digits") ? tm.get("min_digits").integer("tokens.min_digits", 0, 10_000) : 0;
            int minLetters = tm.containsKey("min_letters") ? tm.get("min_letters").integer("tokens.min_letters", 0, 10_000) : 0;
            String extra = tm.containsKey("extra_chars") ? tm.get("extra_chars").text("extra_chars") : "";
            int minExtras = tm.containsKey("min_extras") ? tm.get("min_extras").integer("tokens.min_extras", 0, 10_000) : 0;
            String startsWith = tm.containsKey("starts_with") ? tm.get("starts_with").nonBlankText("tokens.starts_with") : "";
            if (!startsWith.matches("[Anax]*")) {
                throw tm.get("starts_with").error("tokens.starts_with uses A (upper), a (lower), n (digit), x (any)");
            }
            tokens = new Prefilter.TokenTrigger(minLen, maxLen, minDigits, minLetters, extra, minExtras, startsWith);
        }
        List<String> keywords = m.containsKey("keywords") ? m.get("keywords").textList("keywords") : List.of();
        int before = m.containsKey("before") ? m.get("before").integer("before", 0, 100_000) : 24;
        int after = m.containsKey("after") ? m.get("after").integer("after", 0, 100_000) : 24;
        boolean growToSpace = m.containsKey("grow_to_space") && m.get("grow_to_space").bool("grow_to_space");
        Prefilter p = new Prefilter(digits, tokens, keywords, before, after, growToSpace);
        if (p.isEmpty()) {
            throw node.error("prefilter has no trigger: give digits, tokens or keywords (or leave prefilter out)");
        }
        return p;
    }

    private static ContextSpec parseContext(YamlNode node) {
        Map<String, YamlNode> m = node.mapping("context",
                Set.of("window", "boost", "penalty", "required", "words", "negative_words", "patterns"));
        int window = m.containsKey("window") ? m.get("window").integer("context.window", 1, 10_000) : 48;
        double boost = m.containsKey("boost") ? m.get("boost").number("context.boost", 0, 1) : 0.3;
        double penalty = m.containsKey("penalty") ? m.get("penalty").number("context.penalty", 0, 1) : 0.3;
        boolean required = m.containsKey("required") && m.get("required").bool("context.required");
        List<String> words = m.containsKey("words") ? languageWords(m.get("words"), "context.words") : List.of();
        List<String> negative = m.containsKey("negative_words") ? languageWords(m.get("negative_words"), "context.negative_words") : List.of();
        List<Pattern> patterns = new ArrayList<>();
        if (m.containsKey("patterns")) {
            for (YamlNode p : m.get("patterns").sequence("context.patterns")) {
                try {
                    patterns.add(Pattern.compile(p.nonBlankText("a context pattern")));
                } catch (PatternSyntaxException ex) {
                    throw p.error("context pattern is not a valid RE2 expression: " + ex.getMessage());
                }
            }
        }
        if (required && words.isEmpty()) {
            throw node.error("context.required is true but no context words are given");
        }
        return new ContextSpec(window, boost, penalty, required,
                KeywordMatcher.of(words, true), KeywordMatcher.of(negative, true), patterns);
    }

    private static List<String> languageWords(YamlNode node, String what) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : node.freeMapping(what).entrySet()) {
            if (!LANGUAGES.contains(e.getKey())) {
                throw e.getValue().error("unknown language '" + e.getKey() + "' in " + what + "; known: " + LANGUAGES);
            }
            for (String word : e.getValue().textList(what + "." + e.getKey())) {
                out.add(word);
                if (word.indexOf(' ') > 0) {
                    // Keys in code and JSON write phrases as one word: "DriverLicense", "dateofbirth".
                    out.add(word.replace(" ", ""));
                }
            }
        }
        return out;
    }

    private static FieldHintSpec parseFieldHints(YamlNode node) {
        Map<String, YamlNode> m = node.mapping("field_hints", Set.of("names", "types", "boost"));
        List<List<String>> names = m.containsKey("names")
                ? m.get("names").textList("field_hints.names").stream().map(FieldNames::words).toList() : List.of();
        List<String> types = m.containsKey("types")
                ? m.get("types").textList("field_hints.types").stream().map(t -> t.toLowerCase(Locale.ROOT)).toList() : List.of();
        double boost = m.containsKey("boost") ? m.get("boost").number("field_hints.boost", 0, 1) : 0.3;
        return new FieldHintSpec(names, types, boost);
    }

    private static MaskSpec parseMask(YamlNode node) {
        Map<String, YamlNode> m = node.mapping("mask", Set.of("style", "keep_first", "keep_last"));
        String style = m.containsKey("style") ? m.get("style").nonBlankText("mask.style") : "keep";
        MaskSpec.Style s;
        try {
            s = MaskSpec.Style.valueOf(style.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw m.get("style").error("unknown mask style '" + style + "'; known: keep, email, redact");
        }
        int first = m.containsKey("keep_first") ? m.get("keep_first").integer("mask.keep_first", 0, 8) : 0;
        int last = m.containsKey("keep_last") ? m.get("keep_last").integer("mask.keep_last", 0, 8) : 2;
        return new MaskSpec(s, first, last);
    }

    private static EntityRule.PhoneSpec parsePhone(YamlNode node, YamlNode rule) {
        if (node == null) {
            return new EntityRule.PhoneSpec("US", List.of(), true, 0.6, 0.5, 0.4);
        }
        Map<String, YamlNode> m = node.mapping("phone", Set.of("default_region", "fallback_regions",
                "fallback_needs_context", "international_score", "national_score", "plain_national_score"));
        String region = m.containsKey("default_region") ? m.get("default_region").nonBlankText("default_region") : "US";
        List<String> fallbacks = m.containsKey("fallback_regions") ? m.get("fallback_regions").textList("fallback_regions") : List.of();
        for (String r : fallbacks) {
            if (!r.matches("[A-Z]{2}")) {
                throw m.get("fallback_regions").error("region '" + r + "' is not an ISO 3166 alpha-2 code");
            }
        }
        boolean needsContext = !m.containsKey("fallback_needs_context") || m.get("fallback_needs_context").bool("fallback_needs_context");
        double intl = m.containsKey("international_score") ? m.get("international_score").number("international_score", 0, 1) : 0.6;
        double national = m.containsKey("national_score") ? m.get("national_score").number("national_score", 0, 1) : 0.5;
        double plain = m.containsKey("plain_national_score") ? m.get("plain_national_score").number("plain_national_score", 0, 1) : national;
        return new EntityRule.PhoneSpec(region, fallbacks, needsContext, intl, national, plain);
    }

    private static EntityRule.Examples parseExamples(YamlNode node) {
        Map<String, YamlNode> m = node.mapping("examples", Set.of("match", "no_match"));
        List<String> match = m.containsKey("match") ? m.get("match").textList("examples.match") : List.of();
        List<String> noMatch = m.containsKey("no_match") ? m.get("no_match").textList("examples.no_match") : List.of();
        return new EntityRule.Examples(match, noMatch);
    }

    private Allowlist parseAllowlist(String file, YamlNode root) {
        YamlNode node = root.mapping("an allow-list file", Set.of("allowlist")).get("allowlist");
        Map<String, YamlNode> m = node.mapping("allowlist", Set.of("id", "description", "entities", "values", "domains", "patterns"));
        String id = YamlNode.require(node, m, "id").nonBlankText("id");
        Set<String> entities = m.containsKey("entities") ? new LinkedHashSet<>(m.get("entities").textList("entities")) : Set.of();
        Set<String> values = m.containsKey("values") ? new LinkedHashSet<>(m.get("values").textList("values")) : Set.of();
        List<String> domains = m.containsKey("domains") ? m.get("domains").textList("domains") : List.of();
        List<Pattern> patterns = new ArrayList<>();
        if (m.containsKey("patterns")) {
            for (YamlNode p : m.get("patterns").sequence("patterns")) {
                String regex = p.nonBlankText("an allow-list pattern");
                try {
                    patterns.add(Pattern.compile(regex));
                } catch (PatternSyntaxException ex) {
                    throw p.error("not a valid RE2 expression: " + ex.getMessage());
                }
            }
        }
        if (values.isEmpty() && domains.isEmpty() && patterns.isEmpty()) {
            throw node.error("allow-list '" + id + "' is empty: give values, domains or patterns");
        }
        String description = m.containsKey("description") ? m.get("description").text("description") : "";
        return new Allowlist(id, description, entities, values, domains, patterns, file + ":" + node.line());
    }

    private List<FieldPenaltyHint> parsePenalties(String file, YamlNode root) {
        Map<String, YamlNode> top = root.mapping("a field-hints file", Set.of("field_hints", "sources"));
        List<String> sources = top.containsKey("sources") ? top.get("sources").textList("sources") : List.of();
        List<FieldPenaltyHint> out = new ArrayList<>();
        for (YamlNode h : top.get("field_hints").sequence("field_hints")) {
            Map<String, YamlNode> m = h.mapping("a field hint", Set.of("id", "description", "names", "types", "penalty", "entities"));
            String id = YamlNode.require(h, m, "id").nonBlankText("id");
            List<List<String>> names = m.containsKey("names")
                    ? m.get("names").textList("names").stream().map(FieldNames::words).toList() : List.of();
            List<String> types = m.containsKey("types")
                    ? m.get("types").textList("types").stream().map(t -> t.toLowerCase(Locale.ROOT)).toList() : List.of();
            if (names.isEmpty() && types.isEmpty()) {
                throw h.error("field hint '" + id + "' gives neither names nor types");
            }
            double penalty = YamlNode.require(h, m, "penalty").number("penalty", 0, 1);
            Set<String> entities = m.containsKey("entities") ? new LinkedHashSet<>(m.get("entities").textList("entities")) : Set.of();
            out.add(new FieldPenaltyHint(id, names, types, penalty, entities,
                    file + ":" + h.line() + (sources.isEmpty() ? "" : " " + sources)));
        }
        return out;
    }

    // ---- reading files -------------------------------------------------------------------------------

    /**
     * Reads the bundled rule files listed in {@code rules/pack.yaml} into {@code files}; returns the text of
     * pack.yaml. The list is explicit because a classpath folder cannot be listed portably inside nested
     * jars; a test checks that it names every file in the folder.
     */
    private static String readDefaultPack(Map<String, String> files) {
        String packName = DEFAULT_ROOT + "/pack.yaml";
        String pack = readResource(packName);
        Object parsed = new Yaml(new LoaderOptions()).load(pack);
        if (!(parsed instanceof Map<?, ?> map) || !(map.get("files") instanceof List<?> listed)) {
            throw new RuleFileException(packName, 0, "pack.yaml must have a 'files' list");
        }
        for (Object f : listed) {
            String name = DEFAULT_ROOT + "/" + f;
            files.put(name, readResource(name));
        }
        return pack;
    }

    private static String readResource(String name) {
        URL url = RuleLoader.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new RuleFileException(name, 0, "not found on the classpath (is the 'rules' jar missing or pack.yaml stale?)");
        }
        try (var in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleFileException(name, 0, "cannot read bundled rule file: " + e.getMessage(), e);
        }
    }

    private static String packVersion(String packManifest) {
        Matcher vm = java.util.regex.Pattern.compile("(?m)^version:\\s*\"?([^\"\\s]+)").matcher(packManifest);
        return vm.find() ? vm.group(1) : "unknown";
    }

    private static void readFolder(Path dir, String displayPrefix, Map<String, String> files) {
        if (!Files.isDirectory(dir)) {
            throw new RuleFileException(dir.toString(), 0, "rule folder does not exist or is not a folder");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (!(name.endsWith(".yaml") || name.endsWith(".yml"))) {
                    continue;
                }
                String rel = dir.relativize(p).toString().replace('\\', '/');
                String display = displayPrefix + "/" + rel;
                try {
                    files.put(display, Files.readString(p, StandardCharsets.UTF_8));
                } catch (java.nio.charset.MalformedInputException e) {
                    throw new RuleFileException(display, 0, "not UTF-8 text", e);
                }
            }
        } catch (IOException e) {
            throw new RuleFileException(dir.toString(), 0, "cannot read rule folder: "
                    + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

package io.piiscanner.core.jurisdiction;

import io.piiscanner.core.internal.YamlNode;

import io.piiscanner.core.internal.FieldNames;
import io.piiscanner.core.rules.RuleFileException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads and validates the jurisdiction pack ({@code rules/jurisdictions/index.yaml} and the files it
 * lists). Every problem fails the load with {@code file:line: reason} ({@link RuleFileException}): an unknown
 * key, an unknown element token, a notice without a source, a fixed deadline without a clock start, a
 * threshold that does not parse, a duplicate jurisdiction code.
 */
public final class JurisdictionPackLoader {

    public static final String DEFAULT_ROOT = "rules/jurisdictions";

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?|EU|PCI");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Set<String> RECIPIENTS = Set.of(NoticeRule.INDIVIDUALS, NoticeRule.REGULATOR, NoticeRule.CRA,
            "acquirer_and_card_brands", "controller", "assessment");
    private static final Set<String> STATUSES = Set.of("confirmed", "secondary", "unconfirmed");

    private JurisdictionPackLoader() {
    }

    /** The pack bundled in the {@code rules} jar (classpath {@code rules/jurisdictions/}). */
    public static JurisdictionPack loadDefault() {
        return load(name -> {
            String res = DEFAULT_ROOT + "/" + name;
            try (InputStream in = JurisdictionPackLoader.class.getClassLoader().getResourceAsStream(res)) {
                if (in == null) {
                    throw new RuleFileException(res, 0, "not found on the classpath (is the 'rules' jar missing or index.yaml stale?)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RuleFileException(res, 0, "cannot read: " + e.getMessage(), e);
            }
        }, DEFAULT_ROOT + "/");
    }

    /** A pack from a folder holding an {@code index.yaml} (a user's copy of the pack). */
    public static JurisdictionPack loadFolder(Path folder) {
        return load(name -> {
            Path p = folder.resolve(name);
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RuleFileException(p.toString(), 0, "cannot read: " + e.getMessage(), e);
            }
        }, folder + "/");
    }

    /** A pack whose files are given as text by name (tests, tools validating an edited file). */
    public static JurisdictionPack load(Map<String, String> files) {
        return load(name -> {
            String s = files.get(name);
            if (s == null) {
                throw new RuleFileException(name, 0, "file listed in index.yaml is missing");
            }
            return s;
        }, "");
    }

    private static JurisdictionPack load(Function<String, String> reader, String prefix) {
        String indexName = prefix + "index.yaml";
        YamlNode index = YamlNode.parse(indexName, reader.apply("index.yaml"));
        Map<String, YamlNode> top = index.mapping("index.yaml", Set.of("name", "version", "reference_checked", "elements", "geography", "rules"));
        String version = YamlNode.require(index, top, "version").nonBlankText("version");
        List<String> files = new ArrayList<>();
        files.add("index.yaml");

        String elementsFile = YamlNode.require(index, top, "elements").nonBlankText("elements");
        files.add(elementsFile);
        ElementCatalog catalog = parseElements(YamlNode.parse(prefix + elementsFile, reader.apply(elementsFile)));

        YamlNode geoNode = YamlNode.require(index, top, "geography");
        Map<String, YamlNode> geo = geoNode.mapping("geography", Set.of("subdivisions", "us_zip_prefixes", "ca_postal", "nanp_area_codes"));
        Map<String, YamlNode> geoFiles = new HashMap<>();
        for (String k : List.of("subdivisions", "us_zip_prefixes", "ca_postal", "nanp_area_codes")) {
            String f = YamlNode.require(geoNode, geo, k).nonBlankText(k);
            files.add(f);
            geoFiles.put(k, YamlNode.parse(prefix + f, reader.apply(f)));
        }
        Geography geography = parseGeography(geoFiles);

        List<JurisdictionRule> rules = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (YamlNode f : YamlNode.require(index, top, "rules").sequence("rules")) {
            String name = f.nonBlankText("a rules file");
            files.add(name);
            YamlNode root = YamlNode.parse(prefix + name, reader.apply(name));
            for (JurisdictionRule r : parseFamily(root, catalog)) {
                String before = seen.put(r.code(), r.origin());
                if (before != null) {
                    throw new RuleFileException(prefix + name, 0, "jurisdiction " + r.code() + " defined twice (also at " + before + ")");
                }
                for (String member : r.appliesTo()) {
                    if (seen.containsKey(member)) {
                        throw new RuleFileException(prefix + name, 0, "member " + member + " of " + r.code() + " also has its own rule");
                    }
                }
                rules.add(r);
            }
        }
        return new JurisdictionPack(version, rules, catalog, geography, files);
    }

    // ---- elements ----------------------------------------------------------------------------------

    private static ElementCatalog parseElements(YamlNode root) {
        Map<String, YamlNode> top = root.mapping("elements.yaml", Set.of("sources", "elements", "entities", "fields"));
        List<String> sources = YamlNode.require(root, top, "sources").textList("sources");
        Map<String, String> elements = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : YamlNode.require(root, top, "elements").freeMapping("elements").entrySet()) {
            if (!e.getKey().matches("[A-Z][A-Z0-9_]+")) {
                throw e.getValue().error("element token '" + e.getKey() + "' must be UPPER_SNAKE_CASE");
            }
            elements.put(e.getKey(), e.getValue().nonBlankText("description of " + e.getKey()));
        }
        Map<String, List<String>> byEntity = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : YamlNode.require(root, top, "entities").freeMapping("entities").entrySet()) {
            List<String> els = e.getValue().textList("elements of " + e.getKey());
            for (String el : els) {
                if (!elements.containsKey(el)) {
                    throw e.getValue().error("unknown element '" + el + "' for entity " + e.getKey());
                }
            }
            byEntity.put(e.getKey(), List.copyOf(els));
        }
        List<ElementCatalog.FieldHint> hints = new ArrayList<>();
        if (top.containsKey("fields")) {
            for (YamlNode h : top.get("fields").sequence("fields")) {
                Map<String, YamlNode> m = h.mapping("a field hint", Set.of("element", "names"));
                String el = YamlNode.require(h, m, "element").nonBlankText("element");
                if (!elements.containsKey(el) && !ElementCatalog.FIELD_ONLY.contains(el)) {
                    throw m.get("element").error("unknown element '" + el + "'");
                }
                List<List<String>> phrases = YamlNode.require(h, m, "names").textList("names").stream()
                        .map(n -> FieldNames.words(n).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()).toList();
                hints.add(new ElementCatalog.FieldHint(el, phrases));
            }
        }
        return new ElementCatalog(elements, byEntity, hints, sources);
    }

    // ---- rules -------------------------------------------------------------------------------------

    private static final Set<String> FAMILY_KEYS = Set.of("family", "description", "sources", "jurisdictions");
    private static final Set<String> RULE_KEYS = Set.of("code", "name", "short_name", "law", "applies_to", "scope", "requires_name", "elements",
            "name_alternatives", "encryption_safe_harbor", "harm_exception", "notices", "notes", "sources");
    private static final Set<String> NOTICE_KEYS = Set.of("to", "who", "threshold", "or_if_elements", "condition", "deadline",
            "effective_from", "effective_until", "status", "note", "source");

    private static List<JurisdictionRule> parseFamily(YamlNode root, ElementCatalog catalog) {
        Map<String, YamlNode> top = root.mapping("a jurisdiction rules file", FAMILY_KEYS);
        YamlNode.require(root, top, "family").nonBlankText("family");
        List<String> familySources = top.containsKey("sources") ? top.get("sources").textList("sources") : List.of();
        checkUrls(top.get("sources"), familySources);
        List<JurisdictionRule> out = new ArrayList<>();
        for (YamlNode r : YamlNode.require(root, top, "jurisdictions").sequence("jurisdictions")) {
            out.add(parseRule(r, catalog));
        }
        return out;
    }

    private static JurisdictionRule parseRule(YamlNode node, ElementCatalog catalog) {
        Map<String, YamlNode> m = node.mapping("a jurisdiction", RULE_KEYS);
        String code = YamlNode.require(node, m, "code").nonBlankText("code");
        if (!CODE.matcher(code).matches()) {
            throw m.get("code").error("code '" + code + "' is not an ISO 3166 code (XX or XX-YY), EU or PCI");
        }
        String name = YamlNode.require(node, m, "name").nonBlankText("name");
        String law = YamlNode.require(node, m, "law").nonBlankText("law");
        String shortName = m.containsKey("short_name") ? m.get("short_name").nonBlankText("short_name")
                : code.startsWith("US-") ? name + " breach notification law" : name;
        List<String> appliesTo = m.containsKey("applies_to") ? m.get("applies_to").textList("applies_to") : List.of();
        for (String c : appliesTo) {
            if (!ISO2.matcher(c).matches()) {
                throw m.get("applies_to").error("'" + c + "' is not an ISO 3166-1 alpha-2 code");
            }
        }
        String scope = m.containsKey("scope") ? m.get("scope").nonBlankText("scope") : JurisdictionRule.SCOPE_RESIDENTS;
        if (!Set.of(JurisdictionRule.SCOPE_RESIDENTS, JurisdictionRule.SCOPE_CARD_DATA).contains(scope)) {
            throw m.get("scope").error("scope must be residents or card_data");
        }
        boolean requiresName = YamlNode.require(node, m, "requires_name").bool("requires_name");
        List<JurisdictionRule.ElementRef> elements = new ArrayList<>();
        YamlNode elNode = YamlNode.require(node, m, "elements");
        for (String token : elNode.textList("elements")) {
            boolean standalone = token.startsWith("STANDALONE:");
            String el = standalone ? token.substring("STANDALONE:".length()) : token;
            if (!catalog.elements().containsKey(el)) {
                throw elNode.error("unknown element '" + el + "' in " + code + " (see elements.yaml)");
            }
            elements.add(new JurisdictionRule.ElementRef(el, standalone));
        }
        if (elements.isEmpty()) {
            throw elNode.error(code + " lists no elements");
        }
        List<String> nameAlternatives = m.containsKey("name_alternatives") ? m.get("name_alternatives").textList("name_alternatives") : List.of();
        for (String el : nameAlternatives) {
            if (!catalog.elements().containsKey(el)) {
                throw m.get("name_alternatives").error("unknown element '" + el + "'");
            }
        }
        YamlNode sh = YamlNode.require(node, m, "encryption_safe_harbor");
        JurisdictionRule.SafeHarbor safeHarbor;
        try {
            safeHarbor = JurisdictionRule.SafeHarbor.valueOf(sh.nonBlankText("encryption_safe_harbor").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw sh.error("encryption_safe_harbor must be yes, conditional, no or unconfirmed");
        }
        YamlNode hx = YamlNode.require(node, m, "harm_exception");
        Map<String, YamlNode> hm = hx.mapping("harm_exception", Set.of("applies", "text", "source"));
        String applies = YamlNode.require(hx, hm, "applies").nonBlankText("harm_exception.applies");
        if (!Set.of("yes", "none", "conditional", "unconfirmed").contains(applies)) {
            throw hm.get("applies").error("harm_exception.applies must be yes, none, conditional or unconfirmed");
        }
        String hxSource = YamlNode.require(hx, hm, "source").nonBlankText("harm_exception.source");
        checkUrl(hm.get("source"), hxSource);
        JurisdictionRule.HarmException harm = new JurisdictionRule.HarmException(applies,
                YamlNode.require(hx, hm, "text").nonBlankText("harm_exception.text"), hxSource);
        List<NoticeRule> notices = new ArrayList<>();
        for (YamlNode n : YamlNode.require(node, m, "notices").sequence("notices")) {
            notices.add(parseNotice(n, catalog, code));
        }
        if (notices.isEmpty()) {
            throw m.get("notices").error(code + " has no notices");
        }
        List<String> notes = m.containsKey("notes") ? m.get("notes").textList("notes") : List.of();
        List<String> sources = YamlNode.require(node, m, "sources").textList("sources");
        if (sources.isEmpty()) {
            throw m.get("sources").error(code + " names no source");
        }
        checkUrls(m.get("sources"), sources);
        return new JurisdictionRule(code, name, shortName, law, appliesTo, scope, requiresName, elements, nameAlternatives,
                safeHarbor, harm, notices, notes, sources, node.where());
    }

    private static NoticeRule parseNotice(YamlNode node, ElementCatalog catalog, String code) {
        Map<String, YamlNode> m = node.mapping("a notice", NOTICE_KEYS);
        String to = YamlNode.require(node, m, "to").nonBlankText("to");
        if (!RECIPIENTS.contains(to)) {
            throw m.get("to").error("unknown recipient '" + to + "'; known: " + RECIPIENTS);
        }
        String who = YamlNode.require(node, m, "who").nonBlankText("who");
        Threshold threshold = Threshold.ANY;
        if (m.containsKey("threshold")) {
            try {
                threshold = Threshold.parse(m.get("threshold").nonBlankText("threshold"));
            } catch (IllegalArgumentException e) {
                throw m.get("threshold").error(e.getMessage());
            }
        }
        List<String> orIf = m.containsKey("or_if_elements") ? m.get("or_if_elements").textList("or_if_elements") : List.of();
        for (String el : orIf) {
            if (!catalog.elements().containsKey(el)) {
                throw m.get("or_if_elements").error("unknown element '" + el + "'");
            }
        }
        DeadlineRule deadline = parseDeadline(YamlNode.require(node, m, "deadline"));
        String status = m.containsKey("status") ? m.get("status").nonBlankText("status") : "confirmed";
        if (!STATUSES.contains(status)) {
            throw m.get("status").error("status must be one of " + STATUSES);
        }
        String source = YamlNode.require(node, m, "source").nonBlankText("source");
        checkUrl(m.get("source"), source);
        return new NoticeRule(to, who, threshold, orIf, text(m, "condition"), deadline, date(m, "effective_from"),
                date(m, "effective_until"), status, text(m, "note"), source, node.where());
    }

    private static DeadlineRule parseDeadline(YamlNode node) {
        Map<String, YamlNode> m = node.mapping("deadline", Set.of("text", "hours", "days", "business_days", "from"));
        String text = YamlNode.require(node, m, "text").nonBlankText("deadline.text");
        Integer hours = m.containsKey("hours") ? m.get("hours").integer("deadline.hours", 0, 24 * 366) : null;
        Integer days = m.containsKey("days") ? m.get("days").integer("deadline.days", 0, 366) : null;
        Integer bdays = m.containsKey("business_days") ? m.get("business_days").integer("deadline.business_days", 0, 260) : null;
        DeadlineRule.ClockStart from = null;
        if (m.containsKey("from")) {
            try {
                from = DeadlineRule.ClockStart.parse(m.get("from").nonBlankText("deadline.from"));
            } catch (IllegalArgumentException e) {
                throw m.get("from").error("deadline.from must be one of " + List.of(DeadlineRule.ClockStart.values()).toString().toLowerCase(Locale.ROOT));
            }
        }
        try {
            return new DeadlineRule(text, hours, days, bdays, from);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }

    private static String text(Map<String, YamlNode> m, String key) {
        return m.containsKey(key) ? m.get(key).nonBlankText(key) : null;
    }

    private static LocalDate date(Map<String, YamlNode> m, String key) {
        if (!m.containsKey(key)) {
            return null;
        }
        try {
            return LocalDate.parse(m.get(key).nonBlankText(key));
        } catch (DateTimeParseException e) {
            throw m.get(key).error(key + " must be a date YYYY-MM-DD");
        }
    }

    private static void checkUrls(YamlNode node, List<String> urls) {
        for (String u : urls) {
            checkUrl(node, u);
        }
    }

    private static void checkUrl(YamlNode node, String url) {
        if (!URL.matcher(url).matches()) {
            throw node.error("source '" + url + "' is not a URL");
        }
    }

    // ---- geography ---------------------------------------------------------------------------------

    private static Geography parseGeography(Map<String, YamlNode> files) {
        YamlNode sub = files.get("subdivisions");
        Map<String, YamlNode> sm = sub.mapping("subdivisions", Set.of("sources", "US", "CA"));
        requireSources(sub, sm);
        Map<String, String> display = new HashMap<>();
        Map<String, String> us = names("US", YamlNode.require(sub, sm, "US"), display);
        Map<String, String> ca = names("CA", YamlNode.require(sub, sm, "CA"), display);

        YamlNode zip = files.get("us_zip_prefixes");
        Map<String, YamlNode> zm = zip.mapping("us-zip-prefixes", Set.of("sources", "prefixes", "zip5"));
        requireSources(zip, zm);
        TreeMap<Integer, int[]> ranges = new TreeMap<>();
        List<String> states = new ArrayList<>();
        ranges(YamlNode.require(zip, zm, "prefixes"), 3, ranges, states);
        TreeMap<Integer, int[]> ranges5 = new TreeMap<>();
        List<String> states5 = new ArrayList<>();
        if (zm.containsKey("zip5")) {
            ranges(zm.get("zip5"), 5, ranges5, states5);
        }

        YamlNode cap = files.get("ca_postal");
        Map<String, YamlNode> cm = cap.mapping("ca-postal", Set.of("sources", "first_letter"));
        requireSources(cap, cm);
        Map<Character, String> postal = new HashMap<>();
        for (Map.Entry<String, YamlNode> e : YamlNode.require(cap, cm, "first_letter").freeMapping("first_letter").entrySet()) {
            if (!e.getKey().matches("[A-Z]")) {
                throw e.getValue().error("first_letter keys are single capital letters");
            }
            postal.put(e.getKey().charAt(0), "CA-" + province(e.getValue()));
        }

        YamlNode nanp = files.get("nanp_area_codes");
        Map<String, YamlNode> nm = nanp.mapping("nanp-area-codes", Set.of("sources", "US", "CA", "shared"));
        requireSources(nanp, nm);
        Map<Integer, String> area = new HashMap<>();
        for (String country : List.of("US", "CA")) {
            for (Map.Entry<String, YamlNode> e : YamlNode.require(nanp, nm, country).freeMapping(country).entrySet()) {
                String sub2 = country + "-" + e.getKey();
                if (!(country.equals("US") ? us : ca).containsValue(sub2)) {
                    throw e.getValue().error("unknown subdivision " + sub2);
                }
                for (YamlNode c : e.getValue().sequence("area codes of " + sub2)) {
                    int npa = c.integer("area code", 200, 999);
                    if (area.put(npa, sub2) != null) {
                        throw c.error("area code " + npa + " listed twice");
                    }
                }
            }
        }
        if (nm.containsKey("shared")) {
            for (YamlNode c : nm.get("shared").sequence("shared")) {
                int npa = c.integer("area code", 200, 999);
                if (area.put(npa, "CA") != null) {
                    throw c.error("area code " + npa + " listed twice");
                }
            }
        }
        return new Geography(us, ca, display, ranges, states, ranges5, states5, postal, area);
    }

    private static String province(YamlNode v) {
        String p = v.nonBlankText("province");
        if (!p.matches("[A-Z]{2}")) {
            throw v.error("province must be a two-letter code");
        }
        return p;
    }

    private static void requireSources(YamlNode root, Map<String, YamlNode> m) {
        List<String> s = YamlNode.require(root, m, "sources").textList("sources");
        if (s.isEmpty()) {
            throw root.error("sources must not be empty");
        }
        checkUrls(m.get("sources"), s);
    }

    private static Map<String, String> names(String country, YamlNode node, Map<String, String> display) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, YamlNode> e : node.freeMapping(country).entrySet()) {
            if (!e.getKey().matches("[A-Z]{2}")) {
                throw e.getValue().error("subdivision code '" + e.getKey() + "' must be two capital letters");
            }
            String code = country + "-" + e.getKey();
            out.put(Geography.key(e.getKey()), code);
            List<String> names = e.getValue().textList("names of " + code);
            if (!names.isEmpty()) {
                display.put(code, names.get(0));
            }
            for (String n : names) {
                String before = out.put(Geography.key(n), code);
                if (before != null && !before.equals(code)) {
                    throw e.getValue().error("name '" + n + "' names both " + before + " and " + code);
                }
            }
        }
        return out;
    }

    private static void ranges(YamlNode node, int digits, TreeMap<Integer, int[]> out, List<String> states) {
        int lastTo = -1;
        for (YamlNode r : node.sequence("ranges")) {
            Map<String, YamlNode> m = r.mapping("a ZIP range", Set.of("from", "to", "state"));
            String from = YamlNode.require(r, m, "from").nonBlankText("from");
            String to = YamlNode.require(r, m, "to").nonBlankText("to");
            if (!from.matches("\\d{" + digits + "}") || !to.matches("\\d{" + digits + "}")) {
                throw r.error("from/to must be " + digits + "-digit strings");
            }
            int f = Integer.parseInt(from);
            int t = Integer.parseInt(to);
            if (t < f || f <= lastTo) {
                throw r.error("ranges must be ascending and must not overlap");
            }
            lastTo = t;
            String st = YamlNode.require(r, m, "state").nonBlankText("state");
            if (!st.matches("[A-Z]{2}")) {
                throw m.get("state").error("state must be a two-letter code");
            }
            states.add("US-" + st);
            out.put(f, new int[]{t, states.size() - 1});
        }
    }
}

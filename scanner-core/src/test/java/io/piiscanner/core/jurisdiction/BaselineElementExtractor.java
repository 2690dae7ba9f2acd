package io.piiscanner.core.jurisdiction;

import io.piiscanner.core.internal.FieldNames;
import io.piiscanner.core.model.FieldValue;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.model.ScanRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * ElementExtractor as it was before its per-record path was made cheaper (streams, sets and maps per record; commit
 * cb51ada), kept unchanged apart from its name as the reference that {@link PerRecordEquivalenceTest} compares
 * the production class with. Not used by production code.
 */
final class BaselineElementExtractor {

    private static final int HINT_CACHE_SIZE = 20_000;
    private final ElementCatalog catalog;
    private final boolean keysCompromised;
    private final Map<String, List<String>> hintCache = new java.util.concurrent.ConcurrentHashMap<>();

    BaselineElementExtractor(ElementCatalog catalog) {
        this(catalog, false);
    }

    BaselineElementExtractor(ElementCatalog catalog, boolean keysCompromised) {
        this.catalog = catalog;
        this.keysCompromised = keysCompromised;
    }

    /** element -> protected-only; only present elements are keys. */
    Map<String, Boolean> extract(ScanRecord record, List<Finding> findings) {
        Map<String, Boolean> c = new HashMap<>();
        Map<String, FieldValue> byName = new HashMap<>();
        for (FieldValue f : record.fields()) {
            byName.putIfAbsent(f.name(), f);
        }
        for (Finding fd : findings) {
            if (fd.testData()) {
                continue;
            }
            boolean prot = isProtected(byName.get(fd.field()));
            for (String el : catalog.forEntity(fd.entity())) {
                add(c, el, prot);
            }
        }
        for (FieldValue f : record.fields()) {
            if (f.value() == null || isPlaceholder(f.value())) {
                continue;
            }
            for (String el : hintsOf(f)) {
                add(c, el, isProtected(f));
            }
        }
        // a name: a full name, or a first name (or initial) together with a last name
        Boolean firstLast = and(c.get("NAME_FIRST"), c.get("NAME_LAST"));
        put(c, "NAME", or(c.get("NAME"), firstLast));
        c.remove("NAME_FIRST");
        c.remove("NAME_LAST");

        Boolean code = or(c.get("ACCESS_CODE"), c.get("PASSWORD"));
        Boolean secret = or(c.get("PASSWORD"), c.get("SECURITY_QA"));
        put(c, "CARD_NUMBER_NO_CODE", c.get("CARD_NUMBER"));
        put(c, "FINANCIAL_ACCOUNT_NO_CODE", c.get("ACCOUNT_NUMBER"));
        put(c, "FINANCIAL_ACCOUNT_WITH_CODE", and(or(c.get("ACCOUNT_NUMBER"), c.get("CARD_NUMBER")), code));
        Boolean cardWithCode = and(c.get("CARD_NUMBER"), code);
        put(c, "CREDIT_CARD", cardWithCode);
        put(c, "DEBIT_CARD", cardWithCode);
        put(c, "FINANCIAL_ACCESS_CODE", c.get("ACCESS_CODE"));
        put(c, "USERNAME_WITH_PASSWORD", and(c.get("USERNAME"), secret));
        put(c, "EMAIL_WITH_PASSWORD", and(c.get("EMAIL"), secret));
        put(c, "ELECTRONIC_ID_WITH_CODE", and(or(or(c.get("USERNAME"), c.get("ROUTING_CODE")), c.get("ACCOUNT_NUMBER")),
                or(c.get("PASSWORD"), c.get("ACCESS_CODE"))));
        if (!c.isEmpty()) {
            boolean allProtected = c.values().stream().allMatch(Boolean::booleanValue);
            put(c, "ANY_PERSONAL_DATA", allProtected);
        }
        return new TreeMap<>(c);
    }

    /** The components a field contributes by its name (and label) alone; cached, field names repeat in every record. */
    private List<String> hintsOf(FieldValue f) {
        String label = f.metadata().label();
        String key = label == null ? f.name() : f.name() + '\u0000' + label;
        List<String> cached = hintCache.get(key);
        if (cached != null) {
            return cached;
        }
        List<String> words = new ArrayList<>();
        for (String w : FieldNames.words(f.name())) {
            words.add(w.toLowerCase(Locale.ROOT));
        }
        if (label != null) {
            for (String w : FieldNames.words(label)) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        List<String> out = new ArrayList<>();
        for (ElementCatalog.FieldHint h : catalog.fieldHints()) {
            if (h.matches(words)) {
                out.add(h.element());
            }
        }
        List<String> hints = List.copyOf(out);
        if (hintCache.size() < HINT_CACHE_SIZE) {
            hintCache.put(key, hints);
        }
        return hints;
    }

    /**
     * Blank, masked ({@code ****}, {@code xxxx}, {@code ••••}) or placeholder values ({@code null}, {@code n/a},
     * {@code [redacted]}) in a field named "password" or "CVV" expose nothing.
     */
    static boolean isPlaceholder(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return true;
        }
        boolean maskOnly = true;
        for (int i = 0; i < v.length() && maskOnly; i++) {
            char ch = v.charAt(i);
            maskOnly = ch == '*' || ch == 'x' || ch == 'X' || ch == '#' || ch == '\u2022' || ch == '-' || ch == '.' || ch == ' ';
        }
        if (maskOnly) {
            return true;
        }
        String l = v.toLowerCase(Locale.ROOT);
        return l.equals("null") || l.equals("n/a") || l.equals("na") || l.equals("none") || l.equals("redacted")
                || l.equals("[redacted]") || l.equals("<redacted>") || l.equals("(redacted)") || l.equals("removed");
    }

    boolean isProtected(FieldValue f) {
        if (f == null) {
            return false;
        }
        return (!keysCompromised && flag(f, "encrypted")) || flag(f, "masked") || flag(f, "redacted");
    }

    private static boolean flag(FieldValue f, String key) {
        String v = f.metadata().extra(key);
        return v != null && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes"));
    }

    private static void add(Map<String, Boolean> c, String el, boolean prot) {
        c.merge(el, prot, (a, b) -> a && b);
    }

    private static void put(Map<String, Boolean> c, String el, Boolean prot) {
        if (prot != null) {
            c.put(el, prot);
        }
    }

    /** both present; protected if either part is. */
    static Boolean and(Boolean a, Boolean b) {
        return a == null || b == null ? null : a || b;
    }

    /** either present; protected only if every present alternative is. */
    static Boolean or(Boolean a, Boolean b) {
        if (a == null) return b;
        if (b == null) return a;
        return a && b;
    }
}

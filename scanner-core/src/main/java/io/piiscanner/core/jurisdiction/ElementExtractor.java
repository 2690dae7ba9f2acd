package io.piiscanner.core.jurisdiction;

import io.piiscanner.core.internal.FieldNames;
import io.piiscanner.core.model.FieldValue;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.model.ScanRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assembles a record's exposed data elements across its fields: entity findings and field-name hints give
 * components (NAME, CARD_NUMBER, ACCESS_CODE, PASSWORD, USERNAME, EMAIL...), which combine into the
 * statutory elements (FINANCIAL_ACCOUNT_WITH_CODE, EMAIL_WITH_PASSWORD, ...). Each element carries a
 * "protected" flag: true when every occurrence is protected (a field whose metadata says
 * {@code encrypted=true}, {@code masked=true} or {@code redacted=true}); a combination is protected when one
 * of its required parts is. Findings marked {@code testData} (a card network's reserved test PAN, an SSA
 * advertising SSN) are nobody's personal data and contribute nothing. When the encryption keys were
 * compromised too, {@code encrypted=true} no longer protects (masking and redaction still do: the value
 * was never there).
 *
 * <p>Called for every scanned record: the elements a pack can name are numbered once, in sorted order, and a
 * record's elements are a small array of states over those numbers ({@link #ABSENT}, {@link #OPEN},
 * {@link #PROTECTED}) instead of a map of names.
 */
final class ElementExtractor {

    private static final int HINT_CACHE_SIZE = 20_000;

    /** A record's state of one element: not exposed, exposed (somewhere in the clear), or only protected. */
    private static final byte ABSENT = 0;
    private static final byte OPEN = 1;
    private static final byte PROTECTED = 2;

    /** The components and elements the combination logic reads or writes. */
    private static final List<String> COMBINED = List.of("NAME", "NAME_FIRST", "NAME_LAST", "ACCESS_CODE", "PASSWORD",
            "SECURITY_QA", "CARD_NUMBER", "ACCOUNT_NUMBER", "USERNAME", "ROUTING_CODE", "EMAIL", "CARD_NUMBER_NO_CODE",
            "FINANCIAL_ACCOUNT_NO_CODE", "FINANCIAL_ACCOUNT_WITH_CODE", "CREDIT_CARD", "DEBIT_CARD", "FINANCIAL_ACCESS_CODE",
            "USERNAME_WITH_PASSWORD", "EMAIL_WITH_PASSWORD", "ELECTRONIC_ID_WITH_CODE", "ANY_PERSONAL_DATA");

    private final ElementCatalog catalog;
    private final boolean keysCompromised;
    /** Every element name a record can get, sorted: an element's number is its position here. */
    private final String[] elementNames;
    /** Entity -> the numbers of the elements its findings contribute. */
    private final Map<String, int[]> byEntity = new HashMap<>();
    /** Field name -> the numbers of the elements the field's name contributes (fields without a label). */
    private final Map<String, int[]> hintsByName = new ConcurrentHashMap<>();
    /** The same for fields with a label, whose words count too. */
    private final Map<NameAndLabel, int[]> hintsByNameAndLabel = new ConcurrentHashMap<>();

    private final int name;
    private final int nameFirst;
    private final int nameLast;
    private final int accessCode;
    private final int password;
    private final int securityQa;
    private final int cardNumber;
    private final int accountNumber;
    private final int username;
    private final int routingCode;
    private final int email;
    private final int cardNumberNoCode;
    private final int financialAccountNoCode;
    private final int financialAccountWithCode;
    private final int creditCard;
    private final int debitCard;
    private final int financialAccessCode;
    private final int usernameWithPassword;
    private final int emailWithPassword;
    private final int electronicIdWithCode;
    private final int anyPersonalData;

    ElementExtractor(ElementCatalog catalog) {
        this(catalog, false);
    }

    ElementExtractor(ElementCatalog catalog, boolean keysCompromised) {
        this.catalog = catalog;
        this.keysCompromised = keysCompromised;
        Set<String> names = new TreeSet<>(COMBINED);
        names.addAll(catalog.elements().keySet());
        names.addAll(ElementCatalog.FIELD_ONLY);
        catalog.byEntity().values().forEach(names::addAll);
        catalog.fieldHints().forEach(h -> names.add(h.element()));
        this.elementNames = names.toArray(new String[0]);
        catalog.byEntity().forEach((entity, elements) -> byEntity.put(entity, numbers(elements)));
        name = number("NAME");
        nameFirst = number("NAME_FIRST");
        nameLast = number("NAME_LAST");
        accessCode = number("ACCESS_CODE");
        password = number("PASSWORD");
        securityQa = number("SECURITY_QA");
        cardNumber = number("CARD_NUMBER");
        accountNumber = number("ACCOUNT_NUMBER");
        username = number("USERNAME");
        routingCode = number("ROUTING_CODE");
        email = number("EMAIL");
        cardNumberNoCode = number("CARD_NUMBER_NO_CODE");
        financialAccountNoCode = number("FINANCIAL_ACCOUNT_NO_CODE");
        financialAccountWithCode = number("FINANCIAL_ACCOUNT_WITH_CODE");
        creditCard = number("CREDIT_CARD");
        debitCard = number("DEBIT_CARD");
        financialAccessCode = number("FINANCIAL_ACCESS_CODE");
        usernameWithPassword = number("USERNAME_WITH_PASSWORD");
        emailWithPassword = number("EMAIL_WITH_PASSWORD");
        electronicIdWithCode = number("ELECTRONIC_ID_WITH_CODE");
        anyPersonalData = number("ANY_PERSONAL_DATA");
    }

    private int number(String element) {
        return Arrays.binarySearch(elementNames, element);
    }

    private int[] numbers(List<String> elements) {
        int[] out = new int[elements.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(elements.get(i));
        }
        return out;
    }

    /** element -> protected-only; only present elements are keys, in sorted order. */
    Map<String, Boolean> extract(ScanRecord record, List<Finding> findings) {
        List<FieldValue> fields = record.fields();
        byte[] c = new byte[elementNames.length];
        // protection comes from metadata flags: a record without metadata extras has nothing protected
        boolean anyFlags = false;
        for (int i = 0; i < fields.size() && !anyFlags; i++) {
            anyFlags = !fields.get(i).metadata().extra().isEmpty();
        }
        FirstFieldByName byName = anyFlags ? new FirstFieldByName(fields) : null;
        for (int i = 0; i < findings.size(); i++) {
            Finding fd = findings.get(i);
            if (fd.testData()) {
                continue;
            }
            int[] elements = byEntity.get(fd.entity());
            if (elements == null) {
                continue;
            }
            boolean prot = anyFlags && isProtected(byName.get(fd.field()));
            for (int el : elements) {
                add(c, el, prot);
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            FieldValue f = fields.get(i);
            if (f.value() == null) {
                continue;
            }
            int[] hints = hintsOf(f);
            if (hints.length == 0 || isPlaceholder(f.value())) {
                continue;
            }
            boolean prot = anyFlags && isProtected(f);
            for (int el : hints) {
                add(c, el, prot);
            }
        }
        // a name: a full name, or a first name (or initial) together with a last name
        c[name] = or(c[name], and(c[nameFirst], c[nameLast]));
        c[nameFirst] = ABSENT;
        c[nameLast] = ABSENT;

        byte code = or(c[accessCode], c[password]);
        byte secret = or(c[password], c[securityQa]);
        put(c, cardNumberNoCode, c[cardNumber]);
        put(c, financialAccountNoCode, c[accountNumber]);
        put(c, financialAccountWithCode, and(or(c[accountNumber], c[cardNumber]), code));
        byte cardWithCode = and(c[cardNumber], code);
        put(c, creditCard, cardWithCode);
        put(c, debitCard, cardWithCode);
        put(c, financialAccessCode, c[accessCode]);
        put(c, usernameWithPassword, and(c[username], secret));
        put(c, emailWithPassword, and(c[email], secret));
        put(c, electronicIdWithCode, and(or(or(c[username], c[routingCode]), c[accountNumber]), or(c[password], c[accessCode])));
        boolean any = false;
        boolean allProtected = true;
        for (byte state : c) {
            if (state != ABSENT) {
                any = true;
                allProtected &= state == PROTECTED;
            }
        }
        if (any) {
            c[anyPersonalData] = allProtected ? PROTECTED : OPEN;
        }
        TreeMap<String, Boolean> out = new TreeMap<>();
        for (int el = 0; el < c.length; el++) {
            if (c[el] != ABSENT) {
                out.put(elementNames[el], c[el] == PROTECTED);
            }
        }
        return out;
    }

    private record NameAndLabel(String name, String label) {
    }

    /** The numbers of the components a field contributes by its name (and label) alone; cached, field names repeat in every record. */
    private int[] hintsOf(FieldValue f) {
        String label = f.metadata().label();
        int[] cached = label == null ? hintsByName.get(f.name()) : hintsByNameAndLabel.get(new NameAndLabel(f.name(), label));
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
        int[] hints = numbers(out);
        if (hintsByName.size() + hintsByNameAndLabel.size() < HINT_CACHE_SIZE) {
            if (label == null) {
                hintsByName.put(f.name(), hints);
            } else {
                hintsByNameAndLabel.put(new NameAndLabel(f.name(), label), hints);
            }
        }
        return hints;
    }

    /** The longest placeholder word ("[redacted]"); lower-casing never shortens text, so longer text is none. */
    private static final int LONGEST_PLACEHOLDER = 10;

    /**
     * Blank, masked ({@code ****}, {@code xxxx}, {@code ••••}) or placeholder values ({@code null}, {@code n/a},
     * {@code [redacted]}) in a field named "password" or "CVV" expose nothing.
     */
    static boolean isPlaceholder(String value) {
        // the bounds String.strip() would keep, without the copy (whitespace is all in the BMP)
        int start = 0;
        int end = value.length();
        while (start < end && Character.isWhitespace(value.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return true;
        }
        boolean maskOnly = true;
        for (int i = start; i < end && maskOnly; i++) {
            char ch = value.charAt(i);
            maskOnly = ch == '*' || ch == 'x' || ch == 'X' || ch == '#' || ch == '\u2022' || ch == '-' || ch == '.' || ch == ' ';
        }
        if (maskOnly) {
            return true;
        }
        if (end - start > LONGEST_PLACEHOLDER) {
            return false;
        }
        String l = value.substring(start, end).toLowerCase(Locale.ROOT);
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

    /** An element found once more: protected only if every occurrence is. */
    private static void add(byte[] c, int el, boolean prot) {
        byte state = prot ? PROTECTED : OPEN;
        c[el] = c[el] == ABSENT ? state : (c[el] == PROTECTED && prot ? PROTECTED : OPEN);
    }

    private static void put(byte[] c, int el, byte state) {
        if (state != ABSENT) {
            c[el] = state;
        }
    }

    /** both present; protected if either part is. */
    private static byte and(byte a, byte b) {
        return a == ABSENT || b == ABSENT ? ABSENT : a == PROTECTED || b == PROTECTED ? PROTECTED : OPEN;
    }

    /** either present; protected only if every present alternative is. */
    private static byte or(byte a, byte b) {
        if (a == ABSENT) return b;
        if (b == ABSENT) return a;
        return a == PROTECTED && b == PROTECTED ? PROTECTED : OPEN;
    }

    /** both present; protected if either part is (null: absent). */
    static Boolean and(Boolean a, Boolean b) {
        return a == null || b == null ? null : a || b;
    }

    /** either present; protected only if every present alternative is (null: absent). */
    static Boolean or(Boolean a, Boolean b) {
        if (a == null) return b;
        if (b == null) return a;
        return a && b;
    }
}

package io.piiscanner.core.jurisdiction;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.piiscanner.core.internal.Phones;
import com.google.i18n.phonenumbers.Phonenumber;
import io.piiscanner.core.context.CountryNames;
import io.piiscanner.core.internal.FieldNames;
import io.piiscanner.core.model.FieldValue;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.model.ScanRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides the jurisdiction of one record's data subject from its signals, strongest first: explicit
 * country/state fields (and field metadata {@code country=}/{@code state=}), postal codes, national-id
 * types, phone country codes (+1 area codes for the US state / Canadian province), IBAN country, and the
 * e-mail ccTLD as a weak signal. Returns {@code UNKNOWN} when signals are missing or conflict - never a
 * silent guess. The combination policy is in {@code docs/jurisdictions.md}:
 *
 * <ol>
 *   <li>The strongest tier with a signal decides. Tier 1: address fields and metadata (the residence/
 *       mailing group first, then billing, then shipping/other); tier 2+3: postal code, national id, phone,
 *       IBAN; tier 4: e-mail ccTLD.</li>
 *   <li>If the deciding signals disagree, the result is {@code UNKNOWN} (status CONFLICT) with every
 *       candidate listed. Tier 4 alone is never enough (status WEAK_ONLY).</li>
 *   <li>Weaker signals that disagree with a tier-1 decision do not overturn it (a resident may keep a
 *       foreign phone or hold a foreign id) but are listed as contradicting and lower the confidence.</li>
 *   <li>For the US and Canada the state/province is decided the same way from state fields, postal codes
 *       (ZIP prefix table, postal first letter) and +1 area codes. A US record without a decided state is
 *       {@code US} with status COUNTRY_ONLY (every state law is then a plausible candidate).</li>
 * </ol>
 *
 * <p>Reads field values in-process but never logs or returns them. Thread-safe; its only state is a cache of
 * what each field name means and one of the regions of country values.
 */
public final class JurisdictionResolver {

    private static final Map<String, String> NATIONAL_ID_COUNTRY = Map.ofEntries(
            Map.entry("US_SSN", "US"), Map.entry("US_ITIN", "US"), Map.entry("US_DRIVER_LICENSE", "US"),
            Map.entry("CA_SIN", "CA"), Map.entry("BR_CPF", "BR"), Map.entry("IN_AADHAAR", "IN"), Map.entry("IN_PAN", "IN"),
            Map.entry("SG_NRIC", "SG"), Map.entry("AU_TFN", "AU"), Map.entry("UK_NINO", "GB"), Map.entry("UK_NHS", "GB"),
            Map.entry("DE_TAX_ID", "DE"), Map.entry("FR_NIR", "FR"), Map.entry("ES_NIF", "ES"), Map.entry("IT_FISCAL_CODE", "IT"),
            Map.entry("NL_BSN", "NL"), Map.entry("PL_PESEL", "PL"));
    /**
     * How a finding of each entity that says where its subject lives is read: one lookup per finding (the entities
     * of most findings are not in it).
     */
    private static final Map<String, EntityReading> ENTITY_READINGS = entityReadings();

    /** How a finding's value is read: a national id names its country (detail "US_SSN found"), the others by value. */
    private record EntityReading(Reading reading, String nationalIdCountry, String detail) {
    }

    private enum Reading { NATIONAL_ID, PHONE, IBAN, EMAIL }

    private static Map<String, EntityReading> entityReadings() {
        Map<String, EntityReading> m = new HashMap<>();
        NATIONAL_ID_COUNTRY.forEach((entity, country) -> m.put(entity, new EntityReading(Reading.NATIONAL_ID, country, entity + " found")));
        m.put("PHONE", new EntityReading(Reading.PHONE, null, null));
        m.put("IBAN", new EntityReading(Reading.IBAN, null, null));
        m.put("EMAIL", new EntityReading(Reading.EMAIL, null, null));
        return Map.copyOf(m);
    }

    /**
     * ISO 3166-1 codes that ISO 3166-2:US also lists as US subdivisions (US state laws cover them), with that
     * subdivision's code.
     */
    private static final Map<String, String> US_TERRITORY_SUBDIVISIONS = Map.of("PR", "US-PR", "GU", "US-GU", "VI", "US-VI",
            "AS", "US-AS", "MP", "US-MP");
    private static final Set<String> COUNTRY_WORDS = Set.of("country", "countrycode", "land", "pays", "pais", "nation", "nationality_residence");
    private static final Set<String> STATE_WORDS = Set.of("state", "statecode", "province", "provincecode", "bundesland", "provincia", "estado", "etat", "region");
    private static final Set<String> POSTAL_WORDS = Set.of("zip", "zipcode", "postal", "postalcode", "postcode", "plz", "postleitzahl", "cp");
    private static final Set<String> BILLING_WORDS = Set.of("billing", "bill", "invoice", "rechnung", "facturation");
    private static final Set<String> OTHER_ADDRESS_WORDS = Set.of("shipping", "ship", "delivery", "other", "work", "business", "office", "lieferung", "livraison");
    /** ccTLDs commonly sold as generic domains: no country signal. */
    private static final Set<String> GENERIC_CCTLDS = Set.of("io", "co", "tv", "me", "ai", "ly", "fm", "cc", "ws", "to", "gg", "so", "am", "la", "vc", "sh", "ac", "nu", "tk", "eu");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    /** The ISO country code of two capital letters, by (first - 'A') * 26 + (second - 'A'); null where there is none. */
    private static final String[] ISO_BY_LETTERS = new String[26 * 26];
    /**
     * The country of a two-letter top-level domain, by (first - 'a') * 26 + (second - 'a'): its upper case ("GB" for
     * "uk") when that is an ISO code and the domain is not one sold as generic; null otherwise.
     */
    private static final String[] EMAIL_TLD_COUNTRY = new String[26 * 26];

    static {
        for (String iso : ISO_COUNTRIES) {
            ISO_BY_LETTERS[(iso.charAt(0) - 'A') * 26 + iso.charAt(1) - 'A'] = iso;
        }
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                String tld = "" + a + b;
                String cc = "uk".equals(tld) ? "GB" : tld.toUpperCase(Locale.ROOT);
                if (!GENERIC_CCTLDS.contains(tld) && ISO_COUNTRIES.contains(cc)) {
                    EMAIL_TLD_COUNTRY[(a - 'a') * 26 + b - 'a'] = cc;
                }
            }
        }
    }

    /** Java regex {@code \s}: what an IBAN loses before its country is read. */
    private static final Pattern SPACE = Pattern.compile("\\s");

    private static final Pattern US_ZIP = Pattern.compile("(\\d{5})(?:[- ]?\\d{4})?");
    private static final Pattern US_ZIP4 = Pattern.compile("(\\d{5})-\\d{4}");
    private static final Pattern CA_POSTAL = Pattern.compile("([ABCEGHJ-NPRSTVXY])\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d", Pattern.CASE_INSENSITIVE);
    private static final Pattern UK_POSTCODE = Pattern.compile("(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Pattern> UNAMBIGUOUS_POSTAL = Map.of(
            "NL", Pattern.compile("[1-9]\\d{3} ?[A-Z]{2}", Pattern.CASE_INSENSITIVE),
            "BR", Pattern.compile("\\d{5}-\\d{3}"),
            "JP", Pattern.compile("\\d{3}-\\d{4}"),
            "PL", Pattern.compile("\\d{2}-\\d{3}"));

    private final Geography geo;
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    public JurisdictionResolver(JurisdictionPack pack) {
        this.geo = pack.geography();
    }

    /** The jurisdiction of the record's data subject, from its fields and the findings the scanner made in it. */
    public JurisdictionResult resolve(ScanRecord record, List<Finding> findings) {
        List<FieldValue> fields = record.fields();
        List<JurisdictionSignal> signals = new ArrayList<>();
        // the rarer inputs get their lists when the first one turns up: most records have no state or postal field
        List<FieldValue> postalFields = List.of();
        List<PendingState> states = List.of();

        // 1. explicit fields and metadata
        for (int i = 0; i < fields.size(); i++) {
            FieldValue f = fields.get(i);
            Map<String, String> extra = f.metadata().extra();
            if (!extra.isEmpty()) {
                String md = extra.get("country");
                String region = md == null ? null : countryOf(md);
                if (region != null) {
                    signals.add(countrySignal(JurisdictionSignal.Kind.FIELD_METADATA, f.name(), region, 0, "field metadata country"));
                }
                String mdState = extra.get("state");
                if (mdState != null) {
                    states = grown(states);
                    states.add(new PendingState(f.name(), mdState, 0, JurisdictionSignal.Kind.FIELD_METADATA));
                }
            }
            FieldRole role = roleOf(f.name());
            if (role.kind() == RoleKind.OTHER || f.value() == null || f.value().isBlank()) {
                continue;
            }
            switch (role.kind()) {
                case COUNTRY -> {
                    String region = countryOf(f.value());
                    if (region != null) {
                        signals.add(countrySignal(JurisdictionSignal.Kind.ADDRESS_FIELD, f.name(), region, role.group(), "country field"));
                    }
                }
                case STATE -> {
                    states = grown(states);
                    states.add(new PendingState(f.name(), f.value(), role.group(), JurisdictionSignal.Kind.ADDRESS_FIELD));
                }
                case POSTAL -> {
                    postalFields = grown(postalFields);
                    postalFields.add(f);
                }
                default -> { }
            }
        }
        if (!states.isEmpty()) {
            // a country hint for ambiguous state abbreviations comes from the tier-1 country fields only
            String hint = onlyTier1Country(signals);
            for (PendingState ps : states) {
                String sub = geo.subdivision(ps.value, hint).orElse(null);
                if (sub != null) {
                    signals.add(new JurisdictionSignal(ps.kind, ps.field, sub.substring(0, 2), sub, ps.group, "state/province field"));
                }
            }
        }

        // 2. postal codes whose format alone names the country
        for (FieldValue f : postalFields) {
            postalSignal(f, null).ifPresent(signals::add);
        }

        // 3. findings: national ids, phones, IBAN, e-mail
        FirstFieldByName byName = new FirstFieldByName(fields);
        List<String> nationalPhones = List.of(); // raw national numbers, kept only in this call
        List<String> nationalPhoneFields = List.of();
        for (int i = 0; i < findings.size(); i++) {
            Finding fd = findings.get(i);
            if (fd.testData()) {
                continue;
            }
            EntityReading how = ENTITY_READINGS.get(fd.entity());
            if (how == null) {
                continue; // no other entity says where someone lives
            }
            if (how.reading == Reading.NATIONAL_ID) {
                signals.add(new JurisdictionSignal(JurisdictionSignal.Kind.NATIONAL_ID, fd.field(), how.nationalIdCountry, null, 0, how.detail));
                continue;
            }
            // the finding's text: its span of the field's value, or the raw value of a finding without a field
            FieldValue f = byName.get(fd.field());
            String text;
            int from;
            int to;
            if (f == null || f.value() == null) {
                text = fd.rawValue().orElse(null);
                if (text == null) {
                    continue;
                }
                from = 0;
                to = text.length();
            } else {
                text = f.value();
                from = fd.start();
                to = fd.end();
                if (to > text.length() || from >= to) {
                    continue;
                }
            }
            JurisdictionSignal s = switch (how.reading) {
                case PHONE -> {
                    String value = text.substring(from, to);
                    JurisdictionSignal international = internationalPhoneSignal(fd.field(), value);
                    if (international == null) {
                        nationalPhones = grown(nationalPhones);
                        nationalPhoneFields = grown(nationalPhoneFields);
                        nationalPhones.add(value);
                        nationalPhoneFields.add(fd.field());
                    }
                    yield international;
                }
                case IBAN -> ibanSignal(fd.field(), text, from, to);
                case EMAIL -> emailSignal(fd.field(), text, from, to);
                case NATIONAL_ID -> null; // read above, without the value
            };
            if (s != null) {
                signals.add(s);
            }
        }

        // country decision
        Decision country = decide(signals, false);
        if (country.code == null) {
            return unknown(country, signals);
        }
        String cc = country.code;
        double confidence = country.confidence;
        List<JurisdictionSignal> deciding = country.deciding;
        List<JurisdictionSignal> contradicting = country.contradicting;

        if (!cc.equals("US") && !cc.equals("CA")) {
            return new JurisdictionResult(cc, cc, null, confidence, JurisdictionResult.Status.RESOLVED, deciding, contradicting, List.of(),
                    decidedBy(deciding, contradicting));
        }
        // state/province: add country-dependent readings (5-digit ZIP, national phone numbers)
        List<JurisdictionSignal> subSignals = new ArrayList<>();
        for (JurisdictionSignal s : signals) {
            if (s.subdivision() != null && s.country().equals(cc)) {
                subSignals.add(s);
            }
        }
        for (FieldValue f : postalFields) {
            JurisdictionSignal s = postalSignal(f, cc).orElse(null);
            if (s != null && s.subdivision() != null && !hasFieldAndKind(subSignals, s)) {
                subSignals.add(s);
            }
        }
        for (int i = 0; i < nationalPhones.size(); i++) {
            JurisdictionSignal s = nationalPhoneSignal(nationalPhoneFields.get(i), nationalPhones.get(i), cc);
            if (s != null) {
                subSignals.add(s);
            }
        }
        Decision sub = decide(subSignals, true);
        if (sub.code == null) {
            if (cc.equals("CA")) {
                return new JurisdictionResult("CA", "CA", null, confidence, JurisdictionResult.Status.RESOLVED, deciding, contradicting, List.of(),
                        "Canada decided by " + describe(deciding) + "; province " + (sub.candidates.isEmpty() ? "not shown" : "conflicting " + sub.candidates)
                                + " (federal PIPEDA applies either way)" + contradictionNote(contradicting) + ".");
            }
            return new JurisdictionResult("US", "US", null, confidence, JurisdictionResult.Status.COUNTRY_ONLY, deciding, contradicting, sub.candidates,
                    "United States decided by " + describe(deciding) + "; state " + (sub.candidates.isEmpty() ? "not shown by any signal"
                            : "signals conflict " + sub.candidates) + contradictionNote(contradicting) + ".");
        }
        addMissing(deciding, sub.deciding);
        addMissing(contradicting, sub.contradicting);
        double conf = Math.min(confidence, sub.confidence);
        return new JurisdictionResult(sub.code, cc, sub.code, conf, JurisdictionResult.Status.RESOLVED, deciding, contradicting, List.of(),
                decidedBy(deciding, contradicting));
    }

    /** {@code list} itself once it can grow; the shared empty list until the first element comes. */
    private static <T> List<T> grown(List<T> list) {
        return list.isEmpty() && !(list instanceof ArrayList) ? new ArrayList<>(4) : list;
    }

    /** The one country the tier-1 signals name, or null when they name none or several. */
    private static String onlyTier1Country(List<JurisdictionSignal> signals) {
        String only = null;
        for (JurisdictionSignal s : signals) {
            if (s.kind().tier() == 1) {
                if (only == null) {
                    only = s.country();
                } else if (!only.equals(s.country())) {
                    return null;
                }
            }
        }
        return only;
    }

    /** Whether a signal of the same field and kind is in {@code signals} (a ZIP read once need not be read twice). */
    private static boolean hasFieldAndKind(List<JurisdictionSignal> signals, JurisdictionSignal s) {
        for (JurisdictionSignal x : signals) {
            if (x.field().equals(s.field()) && x.kind() == s.kind()) {
                return true;
            }
        }
        return false;
    }

    /** Appends each of {@code more} that {@code list} does not hold yet (by equals), in order. */
    private static void addMissing(List<JurisdictionSignal> list, List<JurisdictionSignal> more) {
        for (JurisdictionSignal s : more) {
            if (!list.contains(s)) {
                list.add(s);
            }
        }
    }

    // ---- decision --------------------------------------------------------------------------------------

    /** A decision over one list of signals; when decided, {@code deciding} and {@code contradicting} are new lists the caller may extend. */
    private record Decision(String code, double confidence, List<JurisdictionSignal> deciding,
                            List<JurisdictionSignal> contradicting, List<String> candidates, JurisdictionResult.Status status) {
    }

    private static Decision decide(List<JurisdictionSignal> all, boolean subdivision) {
        if (all.isEmpty()) {
            return new Decision(null, 0, List.of(), List.of(), List.of(), JurisdictionResult.Status.NO_SIGNALS);
        }
        // tier 1: the best address group; for a subdivision without tier 1, postal (tier 2) decides over phone area
        // codes (tier 3), and e-mail (tier 4) only when nothing else is there
        boolean tier1 = false;
        int bestGroup = Integer.MAX_VALUE;
        int bestTier = 4;
        for (JurisdictionSignal s : all) {
            int tier = s.kind().tier();
            if (tier == 1) {
                tier1 = true;
                bestGroup = Math.min(bestGroup, s.group());
            }
            if (tier <= 3) {
                bestTier = Math.min(bestTier, tier);
            }
        }
        DecidingRule rule = tier1 && bestGroup >= 0 ? DecidingRule.ADDRESS_GROUP
                : subdivision ? DecidingRule.STRONGEST_TIER : DecidingRule.TIERS_2_AND_3;
        List<JurisdictionSignal> deciding = new ArrayList<>();
        String code = null;
        boolean agree = true;
        for (JurisdictionSignal s : all) {
            if (rule.decides(s, bestGroup, bestTier)) {
                deciding.add(s);
                String k = key(s, subdivision);
                if (code == null) {
                    code = k;
                } else if (!code.equals(k)) {
                    agree = false;
                }
            }
        }
        if (deciding.isEmpty()) {
            List<String> weak = sortedKeys(all, subdivision);
            return new Decision(null, 0, List.of(), List.of(), weak, JurisdictionResult.Status.WEAK_ONLY);
        }
        if (!agree) {
            return new Decision(null, 0, deciding, List.of(), sortedKeys(all, subdivision), JurisdictionResult.Status.CONFLICT);
        }
        double miss = 1;
        for (JurisdictionSignal s : deciding) {
            miss *= 1 - s.kind().weight();
        }
        double conf = Math.min(0.97, 1 - miss);
        if (rule != DecidingRule.ADDRESS_GROUP) {
            conf = Math.min(conf, 0.9);
        }
        List<JurisdictionSignal> contradicting = new ArrayList<>();
        for (JurisdictionSignal s : all) {
            // equal signals have the same kind and group, so "not deciding" is "not in deciding"
            if (!rule.decides(s, bestGroup, bestTier) && !code.equals(key(s, subdivision))) {
                contradicting.add(s);
                if (s.kind().tier() <= 3) {
                    conf -= 0.1;
                }
            }
        }
        return new Decision(code, Math.max(0.5, conf), deciding, contradicting, List.of(), JurisdictionResult.Status.RESOLVED);
    }

    /** Which signals decide, by what the strongest signals present are. */
    private enum DecidingRule {
        /** Tier-1 signals of the best (lowest) address group. */
        ADDRESS_GROUP,
        /** For a subdivision without tier 1: the signals of the strongest tier present. */
        STRONGEST_TIER,
        /** For a country without tier 1: postal codes, national ids, phones, IBANs. */
        TIERS_2_AND_3;

        boolean decides(JurisdictionSignal s, int bestGroup, int bestTier) {
            int tier = s.kind().tier();
            return switch (this) {
                case ADDRESS_GROUP -> tier == 1 && s.group() == bestGroup;
                case STRONGEST_TIER -> tier == bestTier;
                case TIERS_2_AND_3 -> tier == 2 || tier == 3;
            };
        }
    }

    private static String key(JurisdictionSignal s, boolean subdivision) {
        return subdivision ? s.subdivision() : s.country();
    }

    /** The distinct codes the signals point to, sorted: the candidates of an undecided record. */
    private static List<String> sortedKeys(List<JurisdictionSignal> signals, boolean subdivision) {
        Set<String> codes = new TreeSet<>();
        for (JurisdictionSignal s : signals) {
            codes.add(key(s, subdivision));
        }
        return List.copyOf(codes);
    }

    private static JurisdictionResult unknown(Decision d, List<JurisdictionSignal> signals) {
        String why = switch (d.status) {
            case CONFLICT -> "signals conflict: " + describe(d.deciding) + " point to " + d.candidates;
            case WEAK_ONLY -> "only weak signals (" + describe(signals) + ")";
            default -> "no country, state, postal code, phone, national id or IBAN signal";
        };
        // the candidates are distinct country codes already (a US territory's signal names the US)
        return new JurisdictionResult(JurisdictionResult.UNKNOWN, null, null, 0, d.status, d.deciding, List.of(), d.candidates,
                "Jurisdiction unknown: " + why + ".");
    }

    // ---- signal readers ----------------------------------------------------------------------------

    private record PendingState(String field, String value, int group, JurisdictionSignal.Kind kind) {
    }

    private static JurisdictionSignal countrySignal(JurisdictionSignal.Kind kind, String field, String iso, int group, String detail) {
        String territory = US_TERRITORY_SUBDIVISIONS.get(iso);
        if (territory != null) {
            return new JurisdictionSignal(kind, field, "US", territory, group, detail);
        }
        return new JurisdictionSignal(kind, field, iso, null, group, detail);
    }

    private Optional<JurisdictionSignal> postalSignal(FieldValue f, String country) {
        String v = f.value().trim();
        JurisdictionSignal.Kind k = JurisdictionSignal.Kind.POSTAL_CODE;
        if (country == null) {
            var zip4 = US_ZIP4.matcher(v);
            if (zip4.matches()) {
                return geo.usZipState(zip4.group(1)).map(st -> new JurisdictionSignal(k, f.name(), "US", st, 0, "US ZIP+4 prefix table"));
            }
            var ca = CA_POSTAL.matcher(v);
            if (ca.matches()) {
                return Optional.of(new JurisdictionSignal(k, f.name(), "CA", geo.caPostalProvince(ca.group(1).charAt(0)).orElse(null), 0, "Canadian postal code"));
            }
            if (UK_POSTCODE.matcher(v).matches()) {
                return Optional.of(new JurisdictionSignal(k, f.name(), "GB", null, 0, "UK postcode format"));
            }
            for (Map.Entry<String, Pattern> e : UNAMBIGUOUS_POSTAL.entrySet()) {
                if (e.getValue().matcher(v).matches()) {
                    return Optional.of(new JurisdictionSignal(k, f.name(), e.getKey(), null, 0, e.getKey() + " postal code format"));
                }
            }
            return Optional.empty();
        }
        if (country.equals("US")) {
            var zip = US_ZIP.matcher(v);
            if (zip.matches()) {
                return geo.usZipState(zip.group(1)).map(st -> new JurisdictionSignal(k, f.name(), "US", st, 0, "US ZIP prefix table"));
            }
        } else if (country.equals("CA")) {
            var ca = CA_POSTAL.matcher(v);
            if (ca.matches()) {
                return geo.caPostalProvince(ca.group(1).charAt(0)).map(p -> new JurisdictionSignal(k, f.name(), "CA", p, 0, "Canadian postal code first letter"));
            }
        }
        return Optional.empty();
    }

    /**
     * The country of an IBAN, {@code text} from {@code from} to {@code to}: its first two letters (whitespace removed,
     * upper-cased), when they are an ISO country code; null otherwise.
     */
    private static JurisdictionSignal ibanSignal(String field, String text, int from, int to) {
        // the first two characters that are not whitespace (regex \s) decide; ASCII ones upper-case one to one
        char first = 0;
        char second = 0;
        int found = 0;
        for (int i = from; i < to && found < 2; i++) {
            char ch = text.charAt(i);
            if (!isRegexSpace(ch)) {
                if (found++ == 0) {
                    first = ch;
                } else {
                    second = ch;
                }
            }
        }
        String iso;
        if (first >= 128 || found == 2 && second >= 128) {
            // a non-ASCII letter may upper-case to two letters ("ß" is "SS"): the general way
            String cc = SPACE.matcher(text.substring(from, to)).replaceAll("").toUpperCase(Locale.ROOT);
            iso = cc.length() >= 2 && ISO_COUNTRIES.contains(cc.substring(0, 2)) ? cc.substring(0, 2) : null;
        } else {
            iso = found == 2 ? isoCountry(asciiUpper(first), asciiUpper(second)) : null;
        }
        return iso == null ? null : countrySignal(JurisdictionSignal.Kind.IBAN, field, iso, 0, "IBAN country prefix");
    }

    /**
     * The weak country signal of an e-mail address, {@code text} from {@code from} to {@code to}: its country-code
     * top-level domain (the part after the last dot, lower-cased and trimmed, two letters, not one sold as generic);
     * null otherwise.
     */
    private static JurisdictionSignal emailSignal(String field, String text, int from, int to) {
        int dot = text.lastIndexOf('.', to - 1);
        if (dot <= from || dot >= to - 1) {
            return null;
        }
        int start = dot + 1;
        int end = to;
        boolean ascii = true;
        for (int i = start; i < end && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        String cc;
        if (ascii) {
            // ASCII lower-cases one to one, and trim() drops the same characters before and after it
            while (start < end && text.charAt(start) <= ' ') {
                start++;
            }
            while (end > start && text.charAt(end - 1) <= ' ') {
                end--;
            }
            cc = end - start == 2 ? emailCountry(asciiLower(text.charAt(start)), asciiLower(text.charAt(start + 1))) : null;
        } else {
            // a non-ASCII character may lower-case to ASCII (the Kelvin sign is "k"): the general way
            String tld = text.substring(dot + 1, to).toLowerCase(Locale.ROOT).trim();
            String upper = "uk".equals(tld) ? "GB" : tld.toUpperCase(Locale.ROOT);
            cc = tld.length() == 2 && !GENERIC_CCTLDS.contains(tld) && ISO_COUNTRIES.contains(upper) ? upper : null;
        }
        return cc == null ? null : countrySignal(JurisdictionSignal.Kind.EMAIL_TLD, field, cc, 0, "e-mail country-code domain");
    }

    /** International numbers only (+CC or 00CC); null for national numbers, which wait until the country is known. */
    private JurisdictionSignal internationalPhoneSignal(String field, String raw) {
        String v = raw.trim();
        if (!(v.startsWith("+") || v.startsWith("00"))) {
            return null;
        }
        Phonenumber.PhoneNumber n = Phones.parseOrNull(v.startsWith("00") ? "+" + v.substring(2) : v, "ZZ");
        String region = n == null ? null : Phones.validRegion(n);
        if (region == null || "ZZ".equals(region) || "001".equals(region)) {
            return null;
        }
        return phoneSignalFor(field, n, region);
    }

    /** A national number read in the decided country (US or CA): only a valid +1 number with a known area code. */
    private JurisdictionSignal nationalPhoneSignal(String field, String raw, String country) {
        Phonenumber.PhoneNumber n = Phones.parseOrNull(raw, country);
        if (n == null || n.getCountryCode() != 1 || !Phones.isValid(n)) {
            return null;
        }
        JurisdictionSignal s = phoneSignalFor(field, n, country);
        return s.subdivision() == null ? null : s;
    }

    private JurisdictionSignal phoneSignalFor(String field, Phonenumber.PhoneNumber n, String region) {
        JurisdictionSignal.Kind k = JurisdictionSignal.Kind.PHONE;
        String territory = US_TERRITORY_SUBDIVISIONS.get(region);
        if (territory != null) {
            return new JurisdictionSignal(k, field, "US", territory, 0, "phone country code");
        }
        if (n.getCountryCode() == 1 && (region.equals("US") || region.equals("CA"))) {
            int npa = areaCodeOf(n);
            String sub = npa < 0 ? null : geo.areaCodeSubdivision(npa);
            // an area code shared by several provinces names only "CA"; one of the other country is no reading
            String s = sub != null && sub.length() > 2 && sub.startsWith(region) && sub.charAt(2) == '-' ? sub : null;
            return new JurisdictionSignal(k, field, region, s, 0, s == null ? "phone country code +1" : "phone +1 area code table");
        }
        return new JurisdictionSignal(k, field, region, null, 0, "phone country code");
    }

    /**
     * The first three digits of a 10-digit national significant number, as an int; -1 when it has another length.
     * Without Italian leading zeros that number is the national number's decimal digits, so no string is needed.
     */
    private int areaCodeOf(Phonenumber.PhoneNumber n) {
        if (n.isItalianLeadingZero()) {
            String nsn = phones.getNationalSignificantNumber(n);
            return nsn.length() == 10 ? Integer.parseInt(nsn.substring(0, 3)) : -1;
        }
        long national = n.getNationalNumber();
        return national >= 1_000_000_000L && national <= 9_999_999_999L ? (int) (national / 10_000_000L) : -1;
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private enum RoleKind { COUNTRY, STATE, POSTAL, OTHER }

    /** What a field name says it holds (an address part and its group); cached, field names repeat in every record. */
    private record FieldRole(RoleKind kind, int group) {
    }

    private static final int ROLE_CACHE_SIZE = 20_000;
    /** Country values longer than this name no country ({@link CountryNames#region}): not worth keeping. */
    private static final int COUNTRY_VALUE_MAX = 60;
    private static final int COUNTRY_CACHE_SIZE = 1_000;
    /**
     * Country field values read before -> their region, "" for none. A table's country column holds a few dozen
     * distinct values, and the lookup by the value costs less than normalising it each time. Bounded in entries and
     * value length; kept in memory only.
     */
    private final Map<String, String> countryByValue = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link CountryNames#region}, or null: the ISO region a country value names. */
    private String countryOf(String value) {
        String region = countryByValue.get(value);
        if (region == null) {
            region = CountryNames.region(value).orElse("");
            if (value.length() <= COUNTRY_VALUE_MAX && countryByValue.size() < COUNTRY_CACHE_SIZE) {
                countryByValue.put(value, region);
            }
        }
        return region.isEmpty() ? null : region;
    }
    private final Map<String, FieldRole> roles = new java.util.concurrent.ConcurrentHashMap<>();

    private FieldRole roleOf(String fieldName) {
        FieldRole r = roles.get(fieldName);
        if (r != null) {
            return r;
        }
        List<String> words = lower(FieldNames.words(fieldName));
        RoleKind kind;
        if (containsAny(words, COUNTRY_WORDS) || FieldNames.containsPhrase(words, List.of("country", "code"))) {
            kind = RoleKind.COUNTRY;
        } else if (containsAny(words, STATE_WORDS)) {
            kind = RoleKind.STATE;
        } else if (containsAny(words, POSTAL_WORDS) || FieldNames.containsPhrase(words, List.of("code", "postal"))
                || FieldNames.containsPhrase(words, List.of("codigo", "postal"))) {
            kind = RoleKind.POSTAL;
        } else {
            kind = RoleKind.OTHER;
        }
        r = new FieldRole(kind, addressGroup(words));
        if (roles.size() < ROLE_CACHE_SIZE) {
            roles.put(fieldName, r);
        }
        return r;
    }


    private static int addressGroup(List<String> words) {
        if (containsAny(words, BILLING_WORDS)) {
            return 1;
        }
        if (containsAny(words, OTHER_ADDRESS_WORDS)) {
            return 2;
        }
        return 0;
    }

    private static List<String> lower(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        // Salesforce "MailingStateCode", "country_code": also the joined form
        if (words.size() >= 2) {
            out.add(String.join("", out.subList(out.size() - 2, out.size())));
        }
        return out;
    }

    private static boolean containsAny(List<String> words, Set<String> set) {
        for (String w : words) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static char asciiUpper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** The ISO country code of two upper-case characters, or null. */
    private static String isoCountry(char first, char second) {
        return first >= 'A' && first <= 'Z' && second >= 'A' && second <= 'Z' ? ISO_BY_LETTERS[(first - 'A') * 26 + second - 'A'] : null;
    }

    /** The country of a two-character lower-case top-level domain, or null. */
    private static String emailCountry(char first, char second) {
        return first >= 'a' && first <= 'z' && second >= 'a' && second <= 'z' ? EMAIL_TLD_COUNTRY[(first - 'a') * 26 + second - 'a'] : null;
    }

    /** "Decided by ..." with the deciding and contradicting signals: the explanation of every resolved record. */
    private static String decidedBy(List<JurisdictionSignal> deciding, List<JurisdictionSignal> contradicting) {
        StringBuilder sb = new StringBuilder(64 + 48 * (deciding.size() + contradicting.size()));
        appendDescription(sb.append("Decided by "), deciding);
        if (!contradicting.isEmpty()) {
            appendDescription(sb.append(CONTRADICTION_NOTE), contradicting);
        }
        return sb.append('.').toString();
    }

    /** "how in field (code)" for each signal, each reading once, comma-separated; no values. */
    static String describe(List<JurisdictionSignal> signals) {
        return appendDescription(new StringBuilder(), signals).toString();
    }

    private static StringBuilder appendDescription(StringBuilder sb, List<JurisdictionSignal> signals) {
        for (int i = 0; i < signals.size(); i++) {
            JurisdictionSignal s = signals.get(i);
            if (readBefore(signals, i)) {
                continue; // two fields can read the same way: said once
            }
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(s.detail()).append(" in ").append(s.field()).append(" (").append(codeOf(s)).append(')');
        }
        return sb;
    }

    /**
     * Whether a signal before {@code i} reads as signal {@code i} does. Two readings are the same text exactly when
     * their detail, field (a null one reads "null") and code are equal: no detail contains or ends in part of " in ",
     * and no code contains " (", so the text splits back into the three.
     */
    private static boolean readBefore(List<JurisdictionSignal> signals, int i) {
        JurisdictionSignal s = signals.get(i);
        for (int j = 0; j < i; j++) {
            JurisdictionSignal x = signals.get(j);
            if (x.detail().equals(s.detail()) && String.valueOf(x.field()).equals(String.valueOf(s.field())) && codeOf(x).equals(codeOf(s))) {
                return true;
            }
        }
        return false;
    }

    private static String codeOf(JurisdictionSignal s) {
        return s.subdivision() != null ? s.subdivision() : s.country();
    }

    private static final String CONTRADICTION_NOTE = "; weaker signals point elsewhere: ";

    private static String contradictionNote(List<JurisdictionSignal> contradicting) {
        return contradicting.isEmpty() ? "" : CONTRADICTION_NOTE + describe(contradicting);
    }
}

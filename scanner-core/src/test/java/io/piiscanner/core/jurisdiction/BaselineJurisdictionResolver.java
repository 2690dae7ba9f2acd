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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * JurisdictionResolver as it was before its per-record path was made cheaper (streams, sets and maps per record; commit
 * cb51ada), kept unchanged apart from its name as the reference that {@link PerRecordEquivalenceTest} compares
 * the production class with. Not used by production code.
 */
final class BaselineJurisdictionResolver {

    private static final Map<String, String> NATIONAL_ID_COUNTRY = Map.ofEntries(
            Map.entry("US_SSN", "US"), Map.entry("US_ITIN", "US"), Map.entry("US_DRIVER_LICENSE", "US"),
            Map.entry("CA_SIN", "CA"), Map.entry("BR_CPF", "BR"), Map.entry("IN_AADHAAR", "IN"), Map.entry("IN_PAN", "IN"),
            Map.entry("SG_NRIC", "SG"), Map.entry("AU_TFN", "AU"), Map.entry("UK_NINO", "GB"), Map.entry("UK_NHS", "GB"),
            Map.entry("DE_TAX_ID", "DE"), Map.entry("FR_NIR", "FR"), Map.entry("ES_NIF", "ES"), Map.entry("IT_FISCAL_CODE", "IT"),
            Map.entry("NL_BSN", "NL"), Map.entry("PL_PESEL", "PL"));
    /** ISO 3166-1 codes that ISO 3166-2:US also lists as US subdivisions: US state laws cover them. */
    private static final Set<String> US_TERRITORIES = Set.of("PR", "GU", "VI", "AS", "MP");
    private static final Set<String> COUNTRY_WORDS = Set.of("country", "countrycode", "land", "pays", "pais", "nation", "nationality_residence");
    private static final Set<String> STATE_WORDS = Set.of("state", "statecode", "province", "provincecode", "bundesland", "provincia", "estado", "etat", "region");
    private static final Set<String> POSTAL_WORDS = Set.of("zip", "zipcode", "postal", "postalcode", "postcode", "plz", "postleitzahl", "cp");
    private static final Set<String> BILLING_WORDS = Set.of("billing", "bill", "invoice", "rechnung", "facturation");
    private static final Set<String> OTHER_ADDRESS_WORDS = Set.of("shipping", "ship", "delivery", "other", "work", "business", "office", "lieferung", "livraison");
    /** ccTLDs commonly sold as generic domains: no country signal. */
    private static final Set<String> GENERIC_CCTLDS = Set.of("io", "co", "tv", "me", "ai", "ly", "fm", "cc", "ws", "to", "gg", "so", "am", "la", "vc", "sh", "ac", "nu", "tk", "eu");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

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

    BaselineJurisdictionResolver(JurisdictionPack pack) {
        this.geo = pack.geography();
    }

    /** The jurisdiction of the record's data subject, from its fields and the findings the scanner made in it. */
    public JurisdictionResult resolve(ScanRecord record, List<Finding> findings) {
        Map<String, FieldValue> byName = new HashMap<>();
        for (FieldValue f : record.fields()) {
            byName.putIfAbsent(f.name(), f);
        }
        List<JurisdictionSignal> signals = new ArrayList<>();
        List<FieldValue> postalFields = new ArrayList<>();
        List<String> nationalPhones = new ArrayList<>(); // raw national numbers, kept only in this call
        List<String> nationalPhoneFields = new ArrayList<>();

        // 1. explicit fields and metadata
        List<PendingState> states = new ArrayList<>();
        for (FieldValue f : record.fields()) {
            String md = f.metadata().extra("country");
            if (md != null) {
                CountryNames.region(md).ifPresent(c -> signals.add(countrySignal(JurisdictionSignal.Kind.FIELD_METADATA, f.name(), c, 0, "field metadata country")));
            }
            String mdState = f.metadata().extra("state");
            if (mdState != null) {
                states.add(new PendingState(f.name(), mdState, 0, JurisdictionSignal.Kind.FIELD_METADATA));
            }
            if (f.value() == null || f.value().isBlank()) {
                continue;
            }
            FieldRole role = roleOf(f.name());
            int group = role.group();
            switch (role.kind()) {
                case COUNTRY -> CountryNames.region(f.value()).ifPresent(c -> signals.add(countrySignal(JurisdictionSignal.Kind.ADDRESS_FIELD, f.name(), c, group, "country field")));
                case STATE -> states.add(new PendingState(f.name(), f.value(), group, JurisdictionSignal.Kind.ADDRESS_FIELD));
                case POSTAL -> postalFields.add(f);
                default -> { }
            }
        }
        // a country hint for ambiguous state abbreviations comes from the tier-1 country fields only
        Set<String> tier1Countries = new TreeSet<>();
        signals.stream().filter(s -> s.kind().tier() == 1).forEach(s -> tier1Countries.add(s.country()));
        String hint = tier1Countries.size() == 1 ? tier1Countries.iterator().next() : null;
        for (PendingState ps : states) {
            geo.subdivision(ps.value, hint).ifPresent(sub -> signals.add(new JurisdictionSignal(ps.kind, ps.field,
                    sub.substring(0, 2), sub, ps.group, "state/province field")));
        }

        // 2. postal codes whose format alone names the country
        for (FieldValue f : postalFields) {
            postalSignal(f, null).ifPresent(signals::add);
        }

        // 3. findings: national ids, phones, IBAN, e-mail
        for (Finding fd : findings) {
            if (fd.testData()) {
                continue;
            }
            String nid = NATIONAL_ID_COUNTRY.get(fd.entity());
            if (nid != null) {
                signals.add(new JurisdictionSignal(JurisdictionSignal.Kind.NATIONAL_ID, fd.field(), nid, null, 0, fd.entity() + " found"));
                continue;
            }
            String value = valueOf(byName.get(fd.field()), fd);
            if (value == null) {
                continue;
            }
            switch (fd.entity()) {
                case "PHONE" -> phoneSignal(fd.field(), value).ifPresentOrElse(signals::add, () -> {
                    nationalPhones.add(value);
                    nationalPhoneFields.add(fd.field());
                });
                case "IBAN" -> {
                    String cc = value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
                    if (cc.length() >= 2 && ISO_COUNTRIES.contains(cc.substring(0, 2))) {
                        signals.add(countrySignal(JurisdictionSignal.Kind.IBAN, fd.field(), cc.substring(0, 2), 0, "IBAN country prefix"));
                    }
                }
                case "EMAIL" -> {
                    int dot = value.lastIndexOf('.');
                    if (dot > 0 && dot < value.length() - 1) {
                        String tld = value.substring(dot + 1).toLowerCase(Locale.ROOT).trim();
                        String cc = "uk".equals(tld) ? "GB" : tld.toUpperCase(Locale.ROOT);
                        if (tld.length() == 2 && !GENERIC_CCTLDS.contains(tld) && ISO_COUNTRIES.contains(cc)) {
                            signals.add(countrySignal(JurisdictionSignal.Kind.EMAIL_TLD, fd.field(), cc, 0, "e-mail country-code domain"));
                        }
                    }
                }
                default -> { }
            }
        }

        // country decision
        Decision country = decide(signals, false);
        if (country.code == null) {
            return unknown(country, signals);
        }
        String cc = country.code;
        double confidence = country.confidence;
        List<JurisdictionSignal> deciding = new ArrayList<>(country.deciding);
        List<JurisdictionSignal> contradicting = new ArrayList<>(country.contradicting);

        if (!cc.equals("US") && !cc.equals("CA")) {
            return new JurisdictionResult(cc, cc, null, confidence, JurisdictionResult.Status.RESOLVED, deciding, contradicting, List.of(),
                    "Decided by " + describe(deciding) + contradictionNote(contradicting) + ".");
        }
        // state/province: add country-dependent readings (5-digit ZIP, national phone numbers)
        List<JurisdictionSignal> subSignals = new ArrayList<>();
        for (JurisdictionSignal s : signals) {
            if (s.subdivision() != null && s.country().equals(cc)) {
                subSignals.add(s);
            }
        }
        for (FieldValue f : postalFields) {
            postalSignal(f, cc).filter(s -> s.subdivision() != null && subSignals.stream().noneMatch(x -> x.field().equals(s.field()) && x.kind() == s.kind()))
                    .ifPresent(subSignals::add);
        }
        for (int i = 0; i < nationalPhones.size(); i++) {
            nationalPhoneSignal(nationalPhoneFields.get(i), nationalPhones.get(i), cc).ifPresent(subSignals::add);
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
        sub.deciding.stream().filter(x -> !deciding.contains(x)).forEach(deciding::add);
        sub.contradicting.stream().filter(x -> !contradicting.contains(x)).forEach(contradicting::add);
        double conf = Math.min(confidence, sub.confidence);
        return new JurisdictionResult(sub.code, cc, sub.code, conf, JurisdictionResult.Status.RESOLVED, deciding, contradicting, List.of(),
                "Decided by " + describe(deciding) + contradictionNote(contradicting) + ".");
    }

    // ---- decision --------------------------------------------------------------------------------------

    private record Decision(String code, double confidence, List<JurisdictionSignal> deciding,
                            List<JurisdictionSignal> contradicting, List<String> candidates, JurisdictionResult.Status status) {
    }

    private static Decision decide(List<JurisdictionSignal> all, boolean subdivision) {
        if (all.isEmpty()) {
            return new Decision(null, 0, List.of(), List.of(), List.of(), JurisdictionResult.Status.NO_SIGNALS);
        }
        java.util.function.Function<JurisdictionSignal, String> key = s -> subdivision ? s.subdivision() : s.country();
        // tier 1: the best address group
        int bestGroup = all.stream().filter(s -> s.kind().tier() == 1).mapToInt(JurisdictionSignal::group).min().orElse(-1);
        List<JurisdictionSignal> deciding;
        if (bestGroup >= 0) {
            deciding = all.stream().filter(s -> s.kind().tier() == 1 && s.group() == bestGroup).toList();
        } else if (subdivision) {
            // postal (tier 2) decides over phone area codes (tier 3)
            int tier = all.stream().filter(s -> s.kind().tier() <= 3).mapToInt(s -> s.kind().tier()).min().orElse(4);
            deciding = all.stream().filter(s -> s.kind().tier() == tier).toList();
        } else {
            deciding = all.stream().filter(s -> s.kind().tier() == 2 || s.kind().tier() == 3).toList();
        }
        if (deciding.isEmpty()) {
            List<String> weak = all.stream().map(key).distinct().sorted().toList();
            return new Decision(null, 0, List.of(), List.of(), weak, JurisdictionResult.Status.WEAK_ONLY);
        }
        Set<String> codes = new TreeSet<>();
        deciding.forEach(s -> codes.add(key.apply(s)));
        if (codes.size() > 1) {
            Set<String> candidates = new TreeSet<>();
            all.forEach(s -> candidates.add(key.apply(s)));
            return new Decision(null, 0, deciding, List.of(), List.copyOf(candidates), JurisdictionResult.Status.CONFLICT);
        }
        String code = codes.iterator().next();
        double miss = 1;
        for (JurisdictionSignal s : deciding) {
            miss *= 1 - s.kind().weight();
        }
        double conf = Math.min(0.97, 1 - miss);
        if (bestGroup < 0) {
            conf = Math.min(conf, 0.9);
        }
        List<JurisdictionSignal> contradicting = new ArrayList<>();
        for (JurisdictionSignal s : all) {
            if (!deciding.contains(s) && !code.equals(key.apply(s))) {
                contradicting.add(s);
                if (s.kind().tier() <= 3) {
                    conf -= 0.1;
                }
            }
        }
        return new Decision(code, Math.max(0.5, conf), deciding, contradicting, List.of(), JurisdictionResult.Status.RESOLVED);
    }

    private static JurisdictionResult unknown(Decision d, List<JurisdictionSignal> signals) {
        String why = switch (d.status) {
            case CONFLICT -> "signals conflict: " + describe(d.deciding) + " point to " + d.candidates;
            case WEAK_ONLY -> "only weak signals (" + describe(signals) + ")";
            default -> "no country, state, postal code, phone, national id or IBAN signal";
        };
        List<String> candidates = d.candidates.stream().map(BaselineJurisdictionResolver::jurisdictionOf).distinct().toList();
        return new JurisdictionResult(JurisdictionResult.UNKNOWN, null, null, 0, d.status, d.deciding, List.of(), candidates,
                "Jurisdiction unknown: " + why + ".");
    }

    /** Candidate codes: a US territory reads as its US subdivision. */
    private static String jurisdictionOf(String country) {
        return country;
    }

    // ---- signal readers ----------------------------------------------------------------------------

    private record PendingState(String field, String value, int group, JurisdictionSignal.Kind kind) {
    }

    private static JurisdictionSignal countrySignal(JurisdictionSignal.Kind kind, String field, String iso, int group, String detail) {
        if (US_TERRITORIES.contains(iso)) {
            return new JurisdictionSignal(kind, field, "US", "US-" + iso, group, detail);
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

    /** International numbers only (+CC or 00CC); national numbers wait until the country is known. */
    private Optional<JurisdictionSignal> phoneSignal(String field, String raw) {
        String v = raw.trim();
        if (!(v.startsWith("+") || v.startsWith("00"))) {
            return Optional.empty();
        }
        Phonenumber.PhoneNumber n = Phones.parseOrNull(v.startsWith("00") ? "+" + v.substring(2) : v, "ZZ");
        String region = n == null ? null : Phones.validRegion(n);
        if (region == null || "ZZ".equals(region) || "001".equals(region)) {
            return Optional.empty();
        }
        return Optional.of(phoneSignalFor(field, n, region));
    }

    private Optional<JurisdictionSignal> nationalPhoneSignal(String field, String raw, String country) {
        Phonenumber.PhoneNumber n = Phones.parseOrNull(raw, country);
        if (n == null || n.getCountryCode() != 1 || !Phones.isValid(n)) {
            return Optional.empty();
        }
        JurisdictionSignal s = phoneSignalFor(field, n, country);
        return s.subdivision() == null ? Optional.empty() : Optional.of(s);
    }

    private JurisdictionSignal phoneSignalFor(String field, Phonenumber.PhoneNumber n, String region) {
        JurisdictionSignal.Kind k = JurisdictionSignal.Kind.PHONE;
        if (US_TERRITORIES.contains(region)) {
            return new JurisdictionSignal(k, field, "US", "US-" + region, 0, "phone country code");
        }
        if (n.getCountryCode() == 1 && (region.equals("US") || region.equals("CA"))) {
            String nsn = phones.getNationalSignificantNumber(n);
            Optional<String> sub = nsn.length() == 10 ? geo.areaCode(Integer.parseInt(nsn.substring(0, 3))) : Optional.empty();
            String s = sub.filter(x -> x.startsWith(region + "-")).orElse(null);
            return new JurisdictionSignal(k, field, region, s, 0, s == null ? "phone country code +1" : "phone +1 area code table");
        }
        return new JurisdictionSignal(k, field, region, null, 0, "phone country code");
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private enum RoleKind { COUNTRY, STATE, POSTAL, OTHER }

    /** What a field name says it holds (an address part and its group); cached, field names repeat in every record. */
    private record FieldRole(RoleKind kind, int group) {
    }

    private static final int ROLE_CACHE_SIZE = 20_000;
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

    private static String valueOf(FieldValue f, Finding fd) {
        if (f == null || f.value() == null) {
            return fd.rawValue().orElse(null);
        }
        String v = f.value();
        if (fd.end() <= v.length() && fd.start() < fd.end()) {
            return v.substring(fd.start(), fd.end());
        }
        return null;
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

    static String describe(List<JurisdictionSignal> signals) {
        Set<String> parts = new LinkedHashSet<>();
        for (JurisdictionSignal s : signals) {
            parts.add(s.detail() + " in " + s.field() + " (" + (s.subdivision() != null ? s.subdivision() : s.country()) + ")");
        }
        return String.join(", ", parts);
    }

    private static String contradictionNote(List<JurisdictionSignal> contradicting) {
        return contradicting.isEmpty() ? "" : "; weaker signals point elsewhere: " + describe(contradicting);
    }
}

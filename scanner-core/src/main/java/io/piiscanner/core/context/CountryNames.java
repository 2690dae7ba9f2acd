package io.piiscanner.core.context;

import io.piiscanner.core.internal.FieldNames;
import io.piiscanner.core.model.FieldValue;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a record's country field ("DE", "DEU", "Germany", "Deutschland", "Allemagne", "Alemania") to an
 * ISO 3166 alpha-2 region, for resolving national phone numbers and a data subject's jurisdiction. The names
 * come from the JDK's locale data in English, German, French, Spanish, Portuguese, Italian, Dutch, Japanese,
 * Korean and Chinese, plus a few common spellings the locale data lacks ("UK", "Holland", "Republic of Korea").
 */
public final class CountryNames {

    private static final Set<String> COUNTRY_FIELD_WORDS = Set.of("country", "countrycode", "land", "pays", "pais", "nation");
    private static final Map<String, String> BY_NAME = build();

    private CountryNames() {
    }

    /** The region named by {@code value}, if it is a country code or name. */
    public static Optional<String> region(String value) {
        if (value == null || value.isBlank() || value.length() > 60) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(key(value)));
    }

    /** The region of the first field whose name says it holds a country and whose value names one. */
    public static Optional<String> regionOf(List<FieldValue> fields) {
        for (FieldValue f : fields) {
            if (isCountryField(f.name())) {
                Optional<String> r = region(f.value());
                if (r.isPresent()) {
                    return r;
                }
            }
        }
        return Optional.empty();
    }

    /** Asked for every field of every record: the answer per field name is kept (bounded; names are few). */
    private static final Map<String, Boolean> COUNTRY_FIELD_NAMES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int NAME_CACHE_LIMIT = 10_000;

    private static boolean isCountryField(String name) {
        Boolean known = COUNTRY_FIELD_NAMES.get(name);
        if (known != null) {
            return known;
        }
        boolean country = FieldNames.words(name).stream().anyMatch(COUNTRY_FIELD_WORDS::contains);
        if (COUNTRY_FIELD_NAMES.size() < NAME_CACHE_LIMIT) {
            COUNTRY_FIELD_NAMES.put(name, country);
        }
        return country;
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        List<Locale> languages = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"),
                Locale.forLanguageTag("pt"), Locale.ITALIAN, Locale.forLanguageTag("nl"), Locale.JAPANESE, Locale.KOREAN,
                Locale.CHINESE);
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            m.put(key(code), code);
            try {
                m.put(key(country.getISO3Country()), code);
            } catch (MissingResourceException ignored) {
                // a few codes have no alpha-3 in the JDK; the alpha-2 and names still resolve
            }
            for (Locale lang : languages) {
                m.putIfAbsent(key(country.getDisplayCountry(lang)), code);
            }
        }
        m.put(key("USA"), "US");
        m.put(key("U.S.A."), "US");
        m.put(key("United States of America"), "US");
        m.put(key("UK"), "GB");
        m.put(key("England"), "GB");
        m.put(key("Great Britain"), "GB");
        m.put(key("Holland"), "NL");
        m.put(key("The Netherlands"), "NL");
        m.put(key("Britain"), "GB");
        m.put(key("Scotland"), "GB");
        m.put(key("Wales"), "GB");
        m.put(key("Northern Ireland"), "GB");
        m.put(key("Republic of Korea"), "KR");
        m.put(key("Korea, Republic of"), "KR");
        m.put(key("Czech Republic"), "CZ");
        m.put(key("Türkiye"), "TR");
        m.put(key("Polska"), "PL");
        m.put(key("Sverige"), "SE");
        m.put(key("Danmark"), "DK");
        m.put(key("Norge"), "NO");
        m.put(key("Suomi"), "FI");
        m.put(key("Nippon"), "JP");
        m.put(key("Nihon"), "JP");
        m.put(key("Bharat"), "IN");
        m.put(key("Aotearoa"), "NZ");
        return Map.copyOf(m);
    }

    private static String key(String s) {
        String trimmed = s.trim();
        // ASCII ("DE", "Germany", "U.S.A."), most values, has no accents to strip: skip the decomposition.
        boolean ascii = true;
        for (int i = 0; i < trimmed.length() && ascii; i++) {
            ascii = trimmed.charAt(i) < 128;
        }
        String stripped = ascii ? trimmed : Normalizer.normalize(trimmed, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replace(".", "");
    }
}

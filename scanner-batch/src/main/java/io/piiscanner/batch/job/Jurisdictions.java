package io.piiscanner.batch.job;

import io.piiscanner.core.context.CountryNames;
import io.piiscanner.core.model.FieldValue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A record's jurisdiction from its country and state fields, as an ISO 3166 code: {@code US-CA}, {@code DE},
 * or {@code UNKNOWN}. A stop-gap until scanner-core's jurisdiction resolver covers postal codes and phones.
 */
public final class Jurisdictions {

    public static final String UNKNOWN = "UNKNOWN";
    private static final Set<String> STATE_WORDS = Set.of("state", "province", "region", "bundesland", "stateorprovince",
            "statecode", "billingstate", "mailingstate", "shippingstate");
    private static final Map<String, String> US_STATES = Map.ofEntries(
            Map.entry("alabama", "AL"), Map.entry("alaska", "AK"), Map.entry("arizona", "AZ"), Map.entry("arkansas", "AR"),
            Map.entry("california", "CA"), Map.entry("colorado", "CO"), Map.entry("connecticut", "CT"), Map.entry("delaware", "DE"),
            Map.entry("florida", "FL"), Map.entry("georgia", "GA"), Map.entry("hawaii", "HI"), Map.entry("idaho", "ID"),
            Map.entry("illinois", "IL"), Map.entry("indiana", "IN"), Map.entry("iowa", "IA"), Map.entry("kansas", "KS"),
            Map.entry("kentucky", "KY"), Map.entry("louisiana", "LA"), Map.entry("maine", "ME"), Map.entry("maryland", "MD"),
            Map.entry("massachusetts", "MA"), Map.entry("michigan", "MI"), Map.entry("minnesota", "MN"), Map.entry("mississippi", "MS"),
            Map.entry("missouri", "MO"), Map.entry("montana", "MT"), Map.entry("nebraska", "NE"), Map.entry("nevada", "NV"),
            Map.entry("new hampshire", "NH"), Map.entry("new jersey", "NJ"), Map.entry("new mexico", "NM"), Map.entry("new york", "NY"),
            Map.entry("north carolina", "NC"), Map.entry("north dakota", "ND"), Map.entry("ohio", "OH"), Map.entry("oklahoma", "OK"),
            Map.entry("oregon", "OR"), Map.entry("pennsylvania", "PA"), Map.entry("rhode island", "RI"), Map.entry("south carolina", "SC"),
            Map.entry("south dakota", "SD"), Map.entry("tennessee", "TN"), Map.entry("texas", "TX"), Map.entry("utah", "UT"),
            Map.entry("vermont", "VT"), Map.entry("virginia", "VA"), Map.entry("washington", "WA"), Map.entry("west virginia", "WV"),
            Map.entry("wisconsin", "WI"), Map.entry("wyoming", "WY"), Map.entry("district of columbia", "DC"),
            Map.entry("puerto rico", "PR"));
    private static final Set<String> US_CODES = Set.copyOf(US_STATES.values());

    private Jurisdictions() {
    }

    public static String of(List<FieldValue> fields) {
        Optional<String> country = CountryNames.regionOf(fields);
        String state = null;
        for (FieldValue f : fields) {
            String n = lastSegment(f.name()).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (f.value() != null && STATE_WORDS.contains(n)) {
                state = f.value().trim();
                break;
            }
        }
        String usState = state == null ? null : usState(state);
        if (country.isPresent()) {
            String c = country.get();
            if (c.equals("US") && usState != null) {
                return "US-" + usState;
            }
            if (!c.equals("US") && state != null && state.matches("[A-Za-z0-9]{1,3}")) {
                return c + "-" + state.toUpperCase(Locale.ROOT);
            }
            return c;
        }
        return UNKNOWN;
    }

    private static String usState(String s) {
        String u = s.toUpperCase(Locale.ROOT);
        if (US_CODES.contains(u)) {
            return u;
        }
        return US_STATES.get(s.toLowerCase(Locale.ROOT));
    }

    /** JSON paths and sheet fields ("customer.address.state", "Sheet1!State") name the field last. */
    private static String lastSegment(String name) {
        int i = Math.max(name.lastIndexOf('.'), name.lastIndexOf('!'));
        return i >= 0 ? name.substring(i + 1) : name;
    }
}

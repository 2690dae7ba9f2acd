package io.piiscanner.core.jurisdiction;

/**
 * One piece of evidence about where a record's data subject lives. Never holds the field's value: only
 * the field name, the kind of signal and what it points to, so it can go into reports and the evidence
 * manifest.
 *
 * @param field       the field it came from
 * @param country     ISO 3166-1 alpha-2 it points to (US territories as {@code US})
 * @param subdivision ISO 3166-2 it points to ({@code US-CA}, {@code CA-QC}, {@code US-PR}) or null
 * @param group       for address fields: 0 residence/mailing, 1 billing, 2 shipping/other; 0 otherwise
 * @param detail      how it was read, e.g. "US ZIP prefix table" (no data)
 */
public record JurisdictionSignal(Kind kind, String field, String country, String subdivision, int group, String detail) {

    /** Signal kinds, strongest first (reference section 6). */
    public enum Kind {
        ADDRESS_FIELD(1, 0.95), FIELD_METADATA(1, 0.95), POSTAL_CODE(2, 0.8), NATIONAL_ID(3, 0.7), PHONE(3, 0.6),
        IBAN(3, 0.5), EMAIL_TLD(4, 0.2);

        private final int tier;
        private final double weight;

        Kind(int tier, double weight) {
            this.tier = tier;
            this.weight = weight;
        }

        public int tier() {
            return tier;
        }

        public double weight() {
            return weight;
        }
    }

    @Override
    public String toString() {
        return kind + "(" + field + " -> " + (subdivision != null ? subdivision : country) + (detail == null ? "" : ", " + detail) + ")";
    }
}

package io.piiscanner.core.jurisdiction;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.piiscanner.core.Scanner;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.FieldValue;
import io.piiscanner.core.model.Finding;
import io.piiscanner.core.model.ScanRecord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded synthetic records for comparing the jurisdiction and element code with {@link BaselineJurisdictionResolver}
 * and {@link BaselineElementExtractor}: staging-table rows (the eight columns of the throughput benchmark) and
 * CRM-like records with country, state and postal fields of every address group, in several languages and
 * spellings, US ZIP and ZIP+4 codes, Canadian, UK, Dutch, Brazilian, Japanese and Polish postal codes, phone numbers
 * of many regions written internationally, with 00 and nationally (NANP numbers with real and unknown area codes),
 * e-mail addresses with country, generic and odd top-level domains, IBANs, credential fields with placeholders,
 * field metadata ({@code country=}, {@code state=}, {@code encrypted}, {@code masked}, {@code redacted}, labels),
 * repeated field names and wide records. Each record gets the real scanner's findings plus synthetic ones: national
 * ids, phones, e-mails and IBANs over whole values, parts of values and spans past the value's end, findings
 * without a field (raw value only), test data and missing fingerprints. The same seed gives the same records.
 */
final class VariedRecords {

    static final Scanner SCANNER = Scanner.builder().fingerprintKey("varied-records-test-key-32-bytes".getBytes(StandardCharsets.UTF_8))
            .build();

    /** A record and the findings the resolver and extractor are given for it. */
    record Item(ScanRecord record, List<Finding> findings) {
    }

    static final String[] STAGING_COLUMNS = {"id", "full_name", "email", "phone", "national_id", "card_number", "notes", "country"};

    private static final String[] COUNTRY_FIELDS = {"country", "MailingCountry", "BillingCountry", "ShippingCountry", "country_code",
            "MailingCountryCode", "land", "pays", "OtherCountry", "nationality_residence", "WorkCountry", "invoice_country"};
    private static final String[] STATE_FIELDS = {"state", "MailingState", "BillingState", "ShippingState", "province",
            "MailingStateCode", "region", "bundesland", "Estado", "OtherState", "delivery_state"};
    private static final String[] POSTAL_FIELDS = {"zip", "MailingPostalCode", "BillingPostalCode", "postcode", "plz",
            "ShippingPostalCode", "codigo_postal", "cp", "zip_code", "OtherPostalCode"};
    private static final String[] PHONE_FIELDS = {"phone", "MobilePhone", "HomePhone", "fax", "BillingPhone"};
    private static final String[] EMAIL_FIELDS = {"email", "Email", "work_email"};
    private static final String[] IBAN_FIELDS = {"iban", "bank_account"};
    private static final String[] ID_FIELDS = {"ssn", "national_id", "tax_id"};
    private static final String[] OTHER_FIELDS = {"id", "full_name", "FirstName", "LastName", "first_name", "surname", "notes",
            "Description", "username", "password", "cvv", "pin", "security_answer", "dob", "passport_number",
            "medical_condition", "employee_id", "Name", "card_number", "routing_code"};
    private static final String[] LABELS = {"Mailing Country", "Card Verification Code", "User Name", "Password", "Date of Birth",
            "Notes", "State", "Last Name", "First Name"};

    private static final String[] COUNTRY_VALUES = {"US", "USA", "United States", "U.S.", "Canada", "CA", "DE", "Germany",
            "Deutschland", "France", "FR", "GB", "UK", "United Kingdom", "España", "Puerto Rico", "PR", "Guam", "Atlantis", "",
            "  ", "N/A", "Brasil", "日本", "NL", "Nederland", "india", " mexico ", "Allemagne", "Österreich", "Schweiz", "usa",
            "United States of America", "Virgin Islands, U.S.", "AS", "Singapore", "AU", "Polska", "Italia", "españa"};
    private static final String[] STATE_VALUES = {"CA", "NY", "California", "Québec", "QC", "ON", "Ontario", "TX", "N.Y.",
            "Kalifornien", "Bayern", "BC", "  new-york ", "Tex.", "ZZ", "WA", "Washington", "NS", "PE", "MB", "AB", "NL", "PR",
            "GU", "ca", "on", "British Columbia", "Nueva York", "district of columbia", "D.C.", "Hawaiʻi", "Ile-de-France", "",
            "Newfoundland and Labrador", "Prince Edward Island", "north  carolina", "N. Carolina", "Texas", "Massachusetts",
            "Quebec", "Terre-Neuve", "Nunavut", "MP", "VI"};
    private static final String[] UK_POSTCODES = {"SW1A 1AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT",
            "GIR 0AA", "sw1a1aa"};
    private static final String[] OTHER_POSTCODES = {"1012 AB", "1012AB", "01310-100", "100-0001", "00-950", "10115", "75008",
            "garbage", "", "28013", "H0H 0H0", "X0A 0H0", "K1A0B1", "96910", "00601", "20001", "99501", "09001"};
    private static final String[] PHONE_REGIONS = {"US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "IN", "AU", "SG",
            "PR", "GU", "VI", "AS", "MP", "JP", "MX", "CH", "AT", "IE", "BS", "JM", "DO", "KR", "CN", "ZA", "SE"};
    private static final int[] AREA_CODES = {201, 212, 213, 305, 312, 415, 416, 437, 514, 604, 613, 709, 787, 671, 340, 684, 670,
            800, 888, 555, 242, 876, 809, 911, 600, 622, 202, 907, 808, 236, 250, 867, 902};
    private static final String[] EMAIL_DOMAINS = {"example.de", "mail.fr", "corp.co.uk", "x.uk", "gmail.com", "startup.io",
            "island.pr", "maple.ca", "gov.us", "foo.ZZ", "bar.De ", "baz.x", "nodot", "trailing.", "weird.\u212Ae", "kelvin.\u212A",
            "tab.fr\t", "ES.ES", "eu.eu", "tv.tv", "a.b.nl", "gu.gu", "q.AS", "s.sg", "me.me", "x.jp", "y.in", "z.br"};
    private static final String[] IBANS = {"DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "FR1420041010050500013M02606",
            "xx12", "ß123", " \tnl91ABNA0417164300", "Q", "", "  ", "es91 2100 0418 4502 0005 1332", "PR12", "1234", "d\u00e9"};
    private static final String[] SECRETS = {"****", "xxxx", "null", "N/A", "[redacted]", "hunter2", " ", "", "••••", "İ", "Null",
            "REMOVED ", "none", "x-x.x", "  Redacted  ", "<REDACTED>", "(redacted)", "na", "n/a ", "secret123", "\u00a0",
            "\u2003null\u2003", "ＮＵＬＬ", "xXxX", "#", "redacted2"};
    private static final String[] NAMES = {"Maria Lopez", "John Smith", "Zoë Müller", "李雷", "O'Brien", "Jean-Luc Picard"};
    private static final String[] NOTES = {"Call back at +1 212 555 0123 after 5pm", "Customer wrote from j.doe@example.de",
            "Paid with card 4539 1488 0343 6467", "IBAN DE89 3704 0044 0532 0130 00 on file", "VIP customer", "SSN 536-22-1234",
            "Rückruf unter 030 1234567", "moved to Toronto, phone 416 555 0199", ""};
    private static final String[] SYNTHETIC_ENTITIES = {"PHONE", "EMAIL", "IBAN", "US_SSN", "US_ITIN", "CA_SIN", "UK_NINO",
            "DE_TAX_ID", "FR_NIR", "BR_CPF", "IN_AADHAAR", "SG_NRIC", "AU_TFN", "ES_NIF", "IT_FISCAL_CODE", "NL_BSN", "PL_PESEL",
            "US_DRIVER_LICENSE", "IN_PAN", "UK_NHS", "CREDIT_CARD", "PERSON_NAME", "PASSWORD", "IP_ADDRESS", "ABA_ROUTING",
            "US_BANK_ACCOUNT", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "US_PASSPORT", "CRYPTO_WALLET", "PRIVATE_KEY",
            "SALESFORCE_SESSION_ID", "AWS_ACCESS_KEY", "NOT_AN_ENTITY"};

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final Random rnd;
    private long id;

    VariedRecords(long seed) {
        this.rnd = new Random(seed);
    }

    Item next() {
        List<FieldValue> fields = rnd.nextInt(10) < 3 ? stagingRow() : crmRecord();
        ScanRecord record = new ScanRecord("varied", "T", Long.toString(id), fields);
        List<Finding> findings = new ArrayList<>(SCANNER.scan(record));
        int extra = rnd.nextInt(4);
        for (int i = 0; i < extra; i++) {
            findings.add(syntheticFinding(fields));
        }
        return new Item(record, findings);
    }

    /** The benchmark's staging table: an id, a name, e-mail, phone, national id, card, notes and a country. */
    private List<FieldValue> stagingRow() {
        FieldMetadata varchar = new FieldMetadata("varchar", null, 255, Map.of());
        String[] v = {Long.toString(++id), pick(NAMES), chance(0.93) ? email() : null, chance(0.85) ? phone() : null,
                chance(0.7) ? "536-22-" + (1000 + rnd.nextInt(9000)) : null, chance(0.45) ? "4539 1488 0343 6467" : null,
                chance(0.8) ? pick(NOTES) : null, chance(0.97) ? pick(COUNTRY_VALUES) : null};
        List<FieldValue> fields = new ArrayList<>();
        for (int i = 0; i < STAGING_COLUMNS.length; i++) {
            fields.add(new FieldValue(STAGING_COLUMNS[i], v[i], varchar));
        }
        return fields;
    }

    private List<FieldValue> crmRecord() {
        List<FieldValue> fields = new ArrayList<>();
        id++;
        int parts = 1 + rnd.nextInt(9);
        for (int i = 0; i < parts; i++) {
            switch (rnd.nextInt(9)) {
                case 0, 1 -> fields.add(field(pick(COUNTRY_FIELDS), pick(COUNTRY_VALUES)));
                case 2 -> fields.add(field(pick(STATE_FIELDS), pick(STATE_VALUES)));
                case 3 -> fields.add(field(pick(POSTAL_FIELDS), postalCode()));
                case 4 -> fields.add(field(pick(PHONE_FIELDS), phone()));
                case 5 -> fields.add(field(pick(EMAIL_FIELDS), email()));
                case 6 -> fields.add(field(pick(IBAN_FIELDS), pick(IBANS)));
                case 7 -> fields.add(field(pick(ID_FIELDS), "536-22-" + (1000 + rnd.nextInt(9000))));
                default -> fields.add(field(pick(OTHER_FIELDS), otherValue()));
            }
        }
        if (chance(0.05) && !fields.isEmpty()) {
            FieldValue first = fields.get(rnd.nextInt(fields.size()));
            fields.add(field(first.name(), pick(COUNTRY_VALUES))); // a repeated name: the first one counts
        }
        if (chance(0.05)) {
            for (int i = 0; i < 30; i++) {
                fields.add(new FieldValue("custom_field_" + i + "__c", chance(0.5) ? null : "x" + i, null));
            }
            java.util.Collections.shuffle(fields, rnd);
        }
        return fields;
    }

    private FieldValue field(String name, String value) {
        if (chance(0.03)) {
            value = null;
        }
        if (!chance(0.2)) {
            return FieldValue.of(name, value);
        }
        Map<String, String> extra = new HashMap<>();
        switch (rnd.nextInt(7)) {
            case 0 -> extra.put("country", pick(COUNTRY_VALUES));
            case 1 -> extra.put("state", pick(STATE_VALUES));
            case 2 -> extra.put("encrypted", pick("true", "yes", "TRUE", "false", "Yes"));
            case 3 -> extra.put("masked", pick("yes", "true", "no"));
            case 4 -> extra.put("redacted", "true");
            case 5 -> {
                extra.put("country", pick(COUNTRY_VALUES));
                extra.put("state", pick(STATE_VALUES));
            }
            default -> { }
        }
        String label = chance(0.5) ? pick(LABELS) : null;
        return new FieldValue(name, value, new FieldMetadata(chance(0.5) ? "string" : null, label, null, extra));
    }

    private String postalCode() {
        return switch (rnd.nextInt(6)) {
            case 0 -> String.format("%05d", rnd.nextInt(100_000));
            case 1 -> String.format("%05d-%04d", rnd.nextInt(100_000), rnd.nextInt(10_000));
            case 2 -> String.format("%05d %04d", rnd.nextInt(100_000), rnd.nextInt(10_000));
            case 3 -> canadianPostal();
            case 4 -> pick(UK_POSTCODES);
            default -> pick(OTHER_POSTCODES);
        };
    }

    private String canadianPostal() {
        String first = "ABCEGHJKLMNPRSTVXYZD";
        String letters = "ABCEGHJKLMNPRSTVWXYZ";
        String s = "" + first.charAt(rnd.nextInt(first.length())) + rnd.nextInt(10) + letters.charAt(rnd.nextInt(letters.length()))
                + (chance(0.7) ? " " : "") + rnd.nextInt(10) + letters.charAt(rnd.nextInt(letters.length())) + rnd.nextInt(10);
        return chance(0.2) ? s.toLowerCase(java.util.Locale.ROOT) : s;
    }

    private String phone() {
        if (chance(0.4)) {
            // NANP: real area codes of US states, provinces, territories, shared and toll-free ones, and unassigned ones
            int npa = chance(0.8) ? AREA_CODES[rnd.nextInt(AREA_CODES.length)] : 200 + rnd.nextInt(800);
            String line = (2 + rnd.nextInt(8)) + String.format("%02d", rnd.nextInt(100)) + " " + String.format("%04d", rnd.nextInt(10_000));
            return switch (rnd.nextInt(5)) {
                case 0 -> "+1 " + npa + " " + line;
                case 1 -> "(" + npa + ") " + line.replace(' ', '-');
                case 2 -> "001" + npa + line.replace(" ", "");
                case 3 -> " 1-" + npa + "-" + line.replace(' ', '-') + " ";
                default -> npa + line.replace(" ", "");
            };
        }
        String region = pick(PHONE_REGIONS);
        Phonenumber.PhoneNumber n = chance(0.5) ? PHONES.getExampleNumber(region)
                : PHONES.getExampleNumberForType(region, PhoneNumberUtil.PhoneNumberType.MOBILE);
        if (n == null) {
            return "+999 123";
        }
        if (chance(0.2)) {
            n = new Phonenumber.PhoneNumber().mergeFrom(n).setNationalNumber(n.getNationalNumber() + rnd.nextInt(100));
        }
        return switch (rnd.nextInt(5)) {
            case 0 -> PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
            case 1 -> PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
            case 2 -> PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
            case 3 -> "00" + PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.E164).substring(1);
            default -> "  " + PHONES.format(n, PhoneNumberUtil.PhoneNumberFormat.RFC3966);
        };
    }

    private String email() {
        return pick("maria.lopez", "j.doe", "x", "Info") + "@" + pick(EMAIL_DOMAINS);
    }

    private String otherValue() {
        return switch (rnd.nextInt(4)) {
            case 0 -> pick(SECRETS);
            case 1 -> pick(NAMES);
            case 2 -> pick(NOTES);
            default -> Long.toString(rnd.nextInt(1_000_000));
        };
    }

    private Finding syntheticFinding(List<FieldValue> fields) {
        String entity = pick(SYNTHETIC_ENTITIES);
        boolean testData = chance(0.1);
        String fingerprint = chance(0.1) ? null : "fp" + rnd.nextInt(50);
        if (fields.isEmpty() || chance(0.1)) {
            // a finding in plain text: no field, the raw value only (or not even that)
            String raw = chance(0.8) ? pick(pick(IBANS), email(), phone(), "536-22-1234") : null;
            return new Finding(entity, null, 0, raw == null ? 3 : raw.length(), 0.9, "test/" + entity, "***", fingerprint, testData,
                    "synthetic", raw);
        }
        FieldValue f = fields.get(rnd.nextInt(fields.size()));
        String field = chance(0.05) ? "no_such_field" : f.name();
        int length = f.value() == null ? 5 : f.value().length();
        int start;
        int end;
        switch (rnd.nextInt(5)) {
            case 0 -> {
                start = rnd.nextInt(length + 1);
                end = start + rnd.nextInt(length - start + 1);
            }
            case 1 -> {
                start = 0;
                end = length + 1 + rnd.nextInt(3); // past the value's end
            }
            default -> {
                start = 0;
                end = length;
            }
        }
        String raw = chance(0.3) ? pick(IBANS) : null;
        return new Finding(entity, field, start, end, 0.9, "test/" + entity, "***", fingerprint, testData, "synthetic", raw);
    }

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[rnd.nextInt(options.length)];
    }
}

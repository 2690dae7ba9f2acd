package io.piiscanner.testdata.breach;

import io.piiscanner.testdata.identity.Country;
import io.piiscanner.testdata.identity.Persona;
import io.piiscanner.testdata.identity.PersonaFactory;
import io.piiscanner.testdata.identity.Phones;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * A seeded synthetic incident whose breach-notification ground truth is known: people with a residence, their
 * records spread over staging tables, temp files and (for the emulated org) Salesforce objects, and - computed
 * here from the people and the records, independently of the scanner - how many records and distinct people
 * each jurisdiction has and which laws make how many people notifiable.
 *
 * <p>Every record of a person carries the person's e-mail address, so the scanner can link them; identifiers
 * are unique per person. Record kinds:
 * <ul>
 *   <li>{@code STG_CUSTOMERS} (staging): first and last name, e-mail, phone, SSN (US residents), country,
 *       state, postal code - states the residence;</li>
 *   <li>{@code STG_PAYMENTS} (staging): e-mail, card number and CVV; some cards masked ({@code ****1234},
 *       {@code ***}: no card data), some a card network's reserved test number (nobody's data);</li>
 *   <li>{@code exports/signups.jsonl.gz} (files, US residents): e-mail and SSN - says "US", not the state;</li>
 *   <li>{@code exports/accounts.csv} (files): user name, e-mail, password - says nothing about residence;</li>
 *   <li>{@code exports/contacts.csv} (files): full name, e-mail, phone, country (+ state) - states the residence;</li>
 *   <li>{@code Contact} (Salesforce; {@code OrgGenerator.withRecords(seed, salesforce())} loads them into an
 *       emulated org): first/last name, e-mail, phone, mailing country/state/postal code - states the residence.
 *       Everyone in Salesforce is also in a staging table or temp file.</li>
 * </ul>
 *
 * <p><b>Ground truth semantics</b> (docs/jurisdictions.md): a person's residence is known when one of their
 * records in the scanned channels states it; every record of that person then counts under it. Otherwise a
 * record with an SSN counts under {@code US} (state unknown) and any other under {@code UNKNOWN}. Which records
 * are notifiable is written out below from the reference (breach-notification.csv rows US-CA, US-NY, US-TX,
 * US-CO, EU, GB, BR, PCI), for the element combinations these records can hold.
 */
public final class BreachScenario {

    /** Where a record lives. A test scans some channels; the truth is computed for the same channels. */
    public enum Channel { STAGING, FILES, SALESFORCE }

    /** Residences drawn, and how a country field spells them (several spellings, several languages). */
    private static final String[] RESIDENCES = {"US-CA", "US-NY", "US-TX", "US-CO", "DE", "FR", "GB", "BR"};
    private static final double[] RESIDENCE_WEIGHTS = {20, 14, 12, 8, 14, 10, 12, 10};
    private static final Map<String, String[]> COUNTRY_SPELLINGS = Map.of(
            "US", new String[]{"USA", "United States", "US", "U.S.A."}, "DE", new String[]{"Deutschland", "Germany", "DE"},
            "FR", new String[]{"France", "FR", "Frankreich"}, "GB", new String[]{"United Kingdom", "UK", "GB", "England"},
            "BR", new String[]{"Brasil", "Brazil", "BR"});
    private static final Map<String, String[]> STATE_SPELLINGS = Map.of(
            "US-CA", new String[]{"CA", "California"}, "US-NY", new String[]{"NY", "New York"},
            "US-TX", new String[]{"TX", "Texas"}, "US-CO", new String[]{"CO", "Colorado"});
    private static final Map<String, int[]> AREA_CODES = Map.of(
            "US-CA", new int[]{415, 213, 310, 619}, "US-NY", new int[]{212, 718, 917},
            "US-TX", new int[]{512, 713, 214}, "US-CO", new int[]{303, 720});
    private static final Map<String, String[]> POSTAL = Map.of(
            "US-CA", new String[]{"94110", "90026", "92101"}, "US-NY", new String[]{"10001", "11215"},
            "US-TX", new String[]{"78701", "77002"}, "US-CO", new String[]{"80202", "80302"},
            "DE", new String[]{"10115", "80331"}, "FR", new String[]{"75002", "69001"}, "GB", new String[]{"SW1A 1AA", "M1 1AE"},
            "BR", new String[]{"01310-100", "20040-002"});
    /** A card network's reserved test PAN (the scanner flags it testData). */
    public static final String TEST_CARD = "4111 1111 1111 1111";

    /** One synthetic person. {@code card} is null when the person has no payment record. */
    public record Person(int id, String residence, String first, String last, String email, String phone, String ssn,
                         String card, String cardKind, String username, String password) {

        public boolean usResident() {
            return residence.startsWith("US-");
        }

        public String country() {
            return usResident() ? "US" : residence;
        }
    }

    /** Data elements a record holds, in the reference's vocabulary (what the truth below is written in). */
    public enum El { NAME, EMAIL, PHONE, SSN, CARD, CARD_CODE, USERNAME, PASSWORD }

    /** One record: where it is, whose it is, what it holds, and whether it states the person's residence. */
    public record Rec(Channel channel, String container, Person person, Set<El> elements, boolean statesResidence) {
    }

    /** A table to create: column names (all VARCHAR) and rows (null = SQL NULL). */
    public record Table(String name, List<String> columns, List<List<String>> rows) {
    }

    /**
     * The expected breach-notification figures for the channels scanned.
     *
     * @param recordsByJurisdiction    jurisdiction code -> records (with personal data)
     * @param subjectsByJurisdiction   jurisdiction code -> distinct people
     * @param notifiableSubjectsByJurisdiction code -> distinct people notifiable under its residence law
     * @param notifiableRecordsByRule  rule (US-CA, EU, PCI ...) -> notifiable records
     * @param notifiableSubjectsByRule rule -> distinct notifiable people
     */
    public record Truth(long records, long distinctSubjects, Map<String, Long> recordsByJurisdiction,
                        Map<String, Long> subjectsByJurisdiction, Map<String, Long> notifiableSubjectsByJurisdiction,
                        Map<String, Long> notifiableRecordsByRule, Map<String, Long> notifiableSubjectsByRule) {
    }

    private final List<Person> people;
    private final List<Rec> records;
    private final Table customers;
    private final Table payments;
    private final Map<String, String> files; // relative path -> content
    private final Map<String, List<Map<String, String>>> salesforce;

    private BreachScenario(List<Person> people, List<Rec> records, Table customers, Table payments, Map<String, String> files,
                           Map<String, List<Map<String, String>>> salesforce) {
        this.people = List.copyOf(people);
        this.records = List.copyOf(records);
        this.customers = customers;
        this.payments = payments;
        this.files = files;
        this.salesforce = salesforce;
    }

    public List<Person> people() {
        return people;
    }

    public List<Rec> records() {
        return records;
    }

    public List<Table> tables() {
        return List.of(customers, payments);
    }

    /** Temp files: relative path -> content (written gzip-compressed when the path ends with .gz). */
    public Map<String, String> files() {
        return files;
    }

    /** Salesforce records by object name (field API name -> value), for loading into the emulated org. */
    public Map<String, List<Map<String, String>>> salesforce() {
        return salesforce;
    }

    /** The same seed always yields the same people, records and truth. */
    public static BreachScenario generate(long seed, int peopleCount) {
        Random rnd = new Random(seed);
        Set<String> used = new HashSet<>();
        List<Person> people = new ArrayList<>();
        for (int i = 1; i <= peopleCount; i++) {
            String residence = RESIDENCES[weighted(rnd, RESIDENCE_WEIGHTS)];
            Persona p = PersonaFactory.create(rnd, personaCountry(residence));
            String email = unique(used, () -> ascii(p.given()) + "." + ascii(p.surname()) + "." + (100 + rnd.nextInt(900)) + "@example.com");
            String phone = unique(used, () -> phone(rnd, residence));
            String ssn = residence.startsWith("US-") ? unique(used, () -> String.format(Locale.ROOT, "%03d-%02d-%04d",
                    100 + rnd.nextInt(500), 1 + rnd.nextInt(98), 1 + rnd.nextInt(9998))) : null;
            String cardKind = rnd.nextDouble() < 0.45 ? pick(rnd, "real", "real", "real", "real", "real", "real", "masked", "test") : null;
            String card = cardKind == null ? null : switch (cardKind) {
                case "real" -> unique(used, () -> group(withLuhn("4" + digits(rnd, 14))));
                case "masked" -> "************" + digits(rnd, 4);
                default -> TEST_CARD;
            };
            String username = unique(used, () -> ascii(p.given()).charAt(0) + ascii(p.surname()) + (10 + rnd.nextInt(90)));
            String password = pick(rnd, "Sunset", "Falcon", "Maple", "Orbit", "Harbor") + (1000 + rnd.nextInt(9000)) + pick(rnd, "!", "#", "$", "?");
            people.add(new Person(i, residence, p.given(), p.surname(), email, phone, ssn, card, cardKind, username, password));
        }

        List<Rec> recs = new ArrayList<>();
        Table customers = new Table("STG_CUSTOMERS", List.of("CUSTOMER_ID", "FIRST_NAME", "LAST_NAME", "EMAIL", "PHONE", "SSN",
                "COUNTRY", "STATE", "POSTAL_CODE"), new ArrayList<>());
        Table payments = new Table("STG_PAYMENTS", List.of("PAYMENT_ID", "CUSTOMER_EMAIL", "CARD_NUMBER", "CARD_CVV", "AMOUNT"),
                new ArrayList<>());
        StringBuilder signups = new StringBuilder();
        StringBuilder accounts = new StringBuilder("username,email,password\n");
        StringBuilder contacts = new StringBuilder("full_name,email,phone,country,state\n");
        List<Map<String, String>> sfContacts = new ArrayList<>();
        for (Person p : people) {
            boolean inCustomers = rnd.nextDouble() < 0.6;
            boolean inContacts = rnd.nextDouble() < 0.25;
            boolean inSignups = p.usResident() && rnd.nextDouble() < 0.45;
            boolean inAccounts = rnd.nextDouble() < 0.3;
            boolean inSalesforce = rnd.nextDouble() < 0.3;
            if (!inCustomers && !inContacts && !inSignups && !inAccounts && p.card() == null) {
                inAccounts = true; // everyone appears somewhere in the scanned channels
            }
            String country = pick(rnd, COUNTRY_SPELLINGS.get(p.country()));
            String state = p.usResident() ? pick(rnd, STATE_SPELLINGS.get(p.residence())) : null;
            if (inCustomers) {
                customers.rows().add(java.util.Arrays.asList(Integer.toString(p.id()), p.first(), p.last(), p.email(), p.phone(),
                        p.ssn(), country, state, pick(rnd, POSTAL.get(p.residence()))));
                recs.add(new Rec(Channel.STAGING, "STG_CUSTOMERS", p, p.usResident()
                        ? EnumSet.of(El.NAME, El.EMAIL, El.PHONE, El.SSN) : EnumSet.of(El.NAME, El.EMAIL, El.PHONE), true));
            }
            if (p.card() != null) {
                boolean masked = p.cardKind().equals("masked");
                payments.rows().add(List.of(Integer.toString(5000 + p.id()), p.email(), p.card(), masked ? "***" : digits(rnd, 3),
                        String.format(Locale.ROOT, "%d.%02d", 5 + rnd.nextInt(400), rnd.nextInt(100))));
                // a masked card is no card; a test card is nobody's card (its CVV alone adds nothing the truth uses)
                recs.add(new Rec(Channel.STAGING, "STG_PAYMENTS", p, p.cardKind().equals("real")
                        ? EnumSet.of(El.EMAIL, El.CARD, El.CARD_CODE) : EnumSet.of(El.EMAIL), false));
            }
            if (inSignups) {
                signups.append("{\"event\":\"signup\",\"email\":\"").append(p.email()).append("\",\"ssn\":\"").append(p.ssn())
                        .append("\",\"plan\":\"").append(pick(rnd, "basic", "plus", "family")).append("\"}\n");
                recs.add(new Rec(Channel.FILES, "exports/signups.jsonl.gz", p, EnumSet.of(El.EMAIL, El.SSN), false));
            }
            if (inAccounts) {
                accounts.append(p.username()).append(',').append(p.email()).append(',').append(p.password()).append('\n');
                recs.add(new Rec(Channel.FILES, "exports/accounts.csv", p, EnumSet.of(El.USERNAME, El.EMAIL, El.PASSWORD), false));
            }
            if (inContacts) {
                contacts.append(p.first()).append(' ').append(p.last()).append(',').append(p.email()).append(',')
                        .append(international(p)).append(',').append(country).append(',').append(state == null ? "" : state).append('\n');
                recs.add(new Rec(Channel.FILES, "exports/contacts.csv", p, EnumSet.of(El.NAME, El.EMAIL, El.PHONE), true));
            }
            if (inSalesforce) {
                Map<String, String> c = new LinkedHashMap<>();
                c.put("FirstName", p.first());
                c.put("LastName", p.last());
                c.put("Email", p.email());
                c.put("Phone", p.phone());
                c.put("MailingCountry", country);
                if (state != null) {
                    c.put("MailingState", state);
                }
                c.put("MailingPostalCode", pick(rnd, POSTAL.get(p.residence())));
                sfContacts.add(c);
                recs.add(new Rec(Channel.SALESFORCE, "Contact", p, EnumSet.of(El.NAME, El.EMAIL, El.PHONE), true));
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put("exports/signups.jsonl.gz", signups.toString());
        files.put("exports/accounts.csv", accounts.toString());
        files.put("exports/contacts.csv", contacts.toString());
        return new BreachScenario(people, recs, customers, payments, files, Map.of("Contact", List.copyOf(sfContacts)));
    }

    // ---- ground truth ------------------------------------------------------------------------------

    /** The figures a scan of {@code channels} must report. */
    public Truth truth(Set<Channel> channels) {
        List<Rec> scanned = records.stream().filter(r -> channels.contains(r.channel())).toList();
        Set<Integer> stated = new HashSet<>();
        scanned.stream().filter(Rec::statesResidence).forEach(r -> stated.add(r.person().id()));
        Map<String, Long> recordsBy = new TreeMap<>();
        Map<String, Set<Integer>> subjectsBy = new TreeMap<>();
        Map<String, Set<Integer>> notifiableBy = new TreeMap<>();
        Map<String, Long> notifiableRecordsByRule = new TreeMap<>();
        Map<String, Set<Integer>> notifiableSubjectsByRule = new TreeMap<>();
        Set<Integer> all = new HashSet<>();
        for (Rec r : scanned) {
            Person p = r.person();
            all.add(p.id());
            String code = stated.contains(p.id()) ? p.residence() : r.elements().contains(El.SSN) ? "US" : "UNKNOWN";
            recordsBy.merge(code, 1L, Long::sum);
            subjectsBy.computeIfAbsent(code, k -> new HashSet<>()).add(p.id());
            for (String rule : rulesOf(code)) {
                if (notifiable(rule, r.elements())) {
                    notifiableBy.computeIfAbsent(code, k -> new HashSet<>()).add(p.id());
                    notifiableRecordsByRule.merge(rule, 1L, Long::sum);
                    notifiableSubjectsByRule.computeIfAbsent(rule, k -> new HashSet<>()).add(p.id());
                }
            }
            if (notifiable("PCI", r.elements())) {
                notifiableRecordsByRule.merge("PCI", 1L, Long::sum);
                notifiableSubjectsByRule.computeIfAbsent("PCI", k -> new HashSet<>()).add(p.id());
            }
        }
        return new Truth(scanned.size(), all.size(), recordsBy, sizes(subjectsBy), sizes(notifiableBy),
                notifiableRecordsByRule, sizes(notifiableSubjectsByRule));
    }

    /** The residence law of each jurisdiction the scenario draws (GDPR for the EU members). */
    static List<String> rulesOf(String code) {
        return switch (code) {
            case "DE", "FR" -> List.of("EU");
            case "US", "UNKNOWN" -> List.of();
            default -> List.of(code);
        };
    }

    /**
     * Whether a record holding {@code e} is notifiable under {@code rule}, as the reference states it for these
     * elements: US-CA and US-NY list name + SSN, name + card with its code, and e-mail or user name + password
     * as STANDALONE; US-TX lists name + SSN and name + card with code, not credentials; US-CO lists name + SSN
     * and makes card + code and credentials STANDALONE; GDPR (EU), UK GDPR and LGPD cover any personal data;
     * PCI DSS any card number.
     */
    static boolean notifiable(String rule, Set<El> e) {
        boolean nameSsn = e.contains(El.NAME) && e.contains(El.SSN);
        boolean cardCode = e.contains(El.CARD) && e.contains(El.CARD_CODE);
        boolean credentials = e.contains(El.PASSWORD) && (e.contains(El.EMAIL) || e.contains(El.USERNAME));
        return switch (rule) {
            case "US-CA", "US-NY" -> nameSsn || (e.contains(El.NAME) && cardCode) || credentials;
            case "US-TX" -> nameSsn || (e.contains(El.NAME) && cardCode);
            case "US-CO" -> nameSsn || cardCode || credentials;
            case "EU", "GB", "BR" -> !e.isEmpty();
            case "PCI" -> e.contains(El.CARD);
            default -> throw new IllegalArgumentException("no ground truth written for " + rule);
        };
    }

    private static Map<String, Long> sizes(Map<String, Set<Integer>> m) {
        Map<String, Long> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, (long) v.size()));
        return out;
    }

    // ---- writing ------------------------------------------------------------------------------------

    /** Creates the staging tables (dropping earlier ones) in {@code schema} (null: the default schema). */
    public void writeTables(Connection c, String schema) throws SQLException {
        String prefix = schema == null ? "" : schema + ".";
        for (Table t : tables()) {
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + prefix + t.name());
                StringBuilder ddl = new StringBuilder("CREATE TABLE " + prefix + t.name() + " (");
                for (int i = 0; i < t.columns().size(); i++) {
                    ddl.append(i == 0 ? "" : ", ").append(t.columns().get(i)).append(i == 0 ? " INT PRIMARY KEY" : " VARCHAR(200)");
                }
                st.execute(ddl.append(")").toString());
            }
            String marks = String.join(", ", java.util.Collections.nCopies(t.columns().size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + prefix + t.name() + " VALUES (" + marks + ")")) {
                for (List<String> row : t.rows()) {
                    ps.setInt(1, Integer.parseInt(row.get(0)));
                    for (int i = 1; i < row.size(); i++) {
                        ps.setString(i + 1, row.get(i));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** Writes the temp files under {@code dir}. */
    public void writeFiles(Path dir) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
            if (f.getKey().endsWith(".gz")) {
                try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
                    o.write(bytes);
                }
            } else {
                Files.write(p, bytes);
            }
        }
    }

    // ---- values ---------------------------------------------------------------------------------------

    private static Country personaCountry(String residence) {
        return switch (residence) {
            case "DE" -> Country.DE;
            case "FR" -> Country.FR;
            case "GB" -> Country.GB;
            case "BR" -> Country.BR;
            default -> Country.US;
        };
    }

    /** National format (the record's country field says which country); US numbers use an area code of the state. */
    private static String phone(Random rnd, String residence) {
        if (residence.startsWith("US-")) {
            int[] npas = AREA_CODES.get(residence);
            int nxx;
            do {
                nxx = 201 + rnd.nextInt(799);
            } while (nxx % 100 == 11 || nxx == 555 || nxx == 950 || nxx == 958 || nxx == 959 || nxx == 976);
            return "(" + npas[rnd.nextInt(npas.length)] + ") " + nxx + "-" + digits(rnd, 4);
        }
        return Phones.of(rnd, personaCountry(residence)).text();
    }

    /** The contacts export writes E.164-style international numbers. */
    private static String international(Person p) {
        String digitsOnly = p.phone().replaceAll("[^0-9+]", "");
        if (digitsOnly.startsWith("+")) {
            return digitsOnly;
        }
        return switch (p.country()) {
            case "US" -> "+1" + digitsOnly;
            case "DE" -> "+49" + digitsOnly.replaceFirst("^0", "");
            case "FR" -> "+33" + digitsOnly.replaceFirst("^0", "");
            case "GB" -> "+44" + digitsOnly.replaceFirst("^0", "");
            default -> "+55" + digitsOnly.replaceFirst("^0", "");
        };
    }

    private interface Gen {
        String next();
    }

    private static String unique(Set<String> used, Gen g) {
        for (int i = 0; i < 1000; i++) {
            String v = g.next();
            if (used.add(v.replaceAll("[^0-9A-Za-z@.]", "").toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new IllegalStateException("cannot draw a unique value");
    }

    static String ascii(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
        return s.isEmpty() ? "x" : s;
    }

    @SafeVarargs
    private static <T> T pick(Random rnd, T... options) {
        return options[rnd.nextInt(options.length)];
    }

    private static int weighted(Random rnd, double[] w) {
        double total = 0;
        for (double x : w) {
            total += x;
        }
        double r = rnd.nextDouble() * total;
        for (int i = 0; i < w.length; i++) {
            r -= w[i];
            if (r < 0) {
                return i;
            }
        }
        return w.length - 1;
    }

    private static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(r.nextInt(10));
        }
        return sb.toString();
    }

    private static String group(String pan) {
        return pan.substring(0, 4) + " " + pan.substring(4, 8) + " " + pan.substring(8, 12) + " " + pan.substring(12);
    }

    private static String withLuhn(String body) {
        return body + io.piiscanner.testdata.check.Luhn.checkDigit(body);
    }
}

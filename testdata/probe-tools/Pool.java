import io.piiscanner.testdata.identity.*;
import io.piiscanner.testdata.check.*;
import java.util.*;

/** probe3, probe4 and probe5 (each with its own seed and count): dumps pools of valid identifier values (one JSON object per persona) for the probes' composers. */
public class Pool {
    static String esc(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
    static String ip(Random rnd, String kind) {
        while (true) { Pii p = IpAddresses.of(rnd); if (p.as("kind").equals(kind)) return p.text(); }
    }
    static String wallet(Random rnd, String coin) {
        while (true) { Pii p = CryptoWallets.of(rnd); if (p.as("coin").equals(coin)) return p.text(); }
    }
    public static void main(String[] a) {
        Random rnd = new Random(Long.parseLong(a[0]));
        int n = Integer.parseInt(a[1]);
        Country[] cs = Country.values();
        for (int i = 0; i < n; i++) {
            Map<String, String> m = new LinkedHashMap<>();
            Country c = cs[i % cs.length];
            Persona p = PersonaFactory.create(rnd, c);
            m.put("country", c.name());
            m.put("given", p.given());
            m.put("surname", p.surname());
            m.put("female", Boolean.toString(p.female()));
            m.put("addr", Addresses.of(rnd, Addresses.countryFor(rnd, c)).text());
            Pii bd = BirthDates.of(p.birthDate());
            for (String k : List.of("iso","us","us_long","us_abbr","en_long","en_ord","en_abbr","dmy","de","de_long","fr","fr_long","es","es_dash","es_long","compact","us_short","de_short"))
                m.put("dob_" + k, bd.as(k));
            for (Country pc : cs) m.put("phone_" + pc.name(), Phones.of(rnd, pc).text());
            m.put("email", Emails.of(rnd, p).text());
            m.put("email2", Emails.of(rnd, PersonaFactory.create(rnd, c)).text());
            Pii card = CardNumbers.of(rnd);
            m.put("card", card.text()); m.put("card_plain", card.as("plain")); m.put("card_spaced", card.as("spaced"));
            m.put("card_dash", CardNumbers.format(card.as("plain"), 2));
            m.put("card_test", card.as("test"));
            for (String ic : Ibans.COUNTRIES) {
                Pii ib = Ibans.of(rnd, ic); m.put("iban_" + ic, ib.as("compact")); m.put("ibanp_" + ic, ib.as("paper"));
            }
            m.put("ssn", UsIdentifiers.ssn(rnd).text());
            m.put("itin", UsIdentifiers.itin(rnd).text());
            m.put("passport", UsIdentifiers.passport(rnd).text());
            Pii dl = DriverLicenses.of(rnd, p);
            m.put("dl", dl.text()); m.put("dl_state", dl.as("state")); m.put("dl_stateName", dl.as("stateName"));
            m.put("bank", UsIdentifiers.bankAccount(rnd).text());
            m.put("aba", UsIdentifiers.routing(rnd).text());
            m.put("nino", EuropeanIds.nino(rnd).text());
            m.put("nhs", EuropeanIds.nhs(rnd).text());
            m.put("sin", OtherNationalIds.caSin(rnd).text());
            m.put("detax", EuropeanIds.deTaxId(rnd).text());
            m.put("nir", EuropeanIds.frNir(rnd, p).text());
            m.put("nif", EuropeanIds.esNif(rnd).text());
            m.put("cf", ItalianFiscalCodes.of(rnd, p).text());
            m.put("bsn", EuropeanIds.nlBsn(rnd).text());
            m.put("pesel", EuropeanIds.plPesel(rnd, p).text());
            m.put("cpf", OtherNationalIds.brCpf(rnd).text());
            m.put("aadhaar", OtherNationalIds.aadhaar(rnd).text());
            m.put("pan", OtherNationalIds.inPan(rnd, p).text());
            m.put("tfn", OtherNationalIds.auTfn(rnd).text());
            m.put("nric", OtherNationalIds.sgNric(rnd, p).text());
            m.put("ip", IpAddresses.of(rnd).text());
            m.put("ip4pub", ip(rnd, "public4"));
            m.put("ip4priv", ip(rnd, "private4"));
            m.put("ip6", ip(rnd, "v6"));
            m.put("wallet", CryptoWallets.of(rnd).text());
            m.put("wallet_btc", wallet(rnd, "BTC"));
            m.put("wallet_eth", wallet(rnd, "ETH"));
            m.put("sfsid", Credentials.salesforceSession(rnd).text());
            m.put("aws", Credentials.awsAccessKey(rnd).text());
            Pii pk = PrivateKeys.of(rnd);
            m.put("pk", pk.text()); m.put("pk_flat", pk.as("flat")); m.put("pk_crlf", pk.as("crlf"));
            Pii pw = Passwords.of(rnd);
            m.put("pw", pw.text()); m.put("pw_url", pw.as("url"));
            Pii pw2 = Passwords.of(rnd);
            m.put("pw2", pw2.text()); m.put("pw2_url", pw2.as("url"));
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (var e : m.entrySet()) {
                if (!first) b.append(",");
                first = false;
                b.append(esc(e.getKey())).append(":").append(esc(e.getValue()));
            }
            System.out.println(b.append("}"));
        }
    }
}

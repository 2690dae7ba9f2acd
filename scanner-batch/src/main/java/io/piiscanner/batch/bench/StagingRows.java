package io.piiscanner.batch.bench;

import io.piiscanner.testdata.identity.CardNumbers;
import io.piiscanner.testdata.identity.Country;
import io.piiscanner.testdata.identity.Emails;
import io.piiscanner.testdata.identity.EuropeanIds;
import io.piiscanner.testdata.identity.ItalianFiscalCodes;
import io.piiscanner.testdata.identity.OtherNationalIds;
import io.piiscanner.testdata.identity.Persona;
import io.piiscanner.testdata.identity.PersonaFactory;
import io.piiscanner.testdata.identity.Phones;
import io.piiscanner.testdata.identity.Pii;
import io.piiscanner.testdata.identity.UsIdentifiers;
import io.piiscanner.testdata.text.Lang;
import io.piiscanner.testdata.text.LookAlikes;
import io.piiscanner.testdata.text.Rnd;

import java.util.Random;

/**
 * Rows of a synthetic customer staging table for the throughput benchmark, from testdata's seeded
 * generators: names of many cultures, e-mail addresses and phone numbers in each country's formats, the
 * national identifier of the person's country (SSN, NINO, Steuer-ID, NIR, DNI/NIE, codice fiscale, BSN, PESEL,
 * CPF, Aadhaar, TFN, NRIC, SIN), card numbers of every scheme and grouping, free-text notes of which about one in
 * six carries an e-mail, phone or card and the rest look-alikes (order, tracking, invoice numbers), and a
 * country. Some values are missing, as in real staging data. The same seed gives the same rows.
 */
public final class StagingRows {

    /** The eight columns, in table order. */
    public static final String[] COLUMNS = {"id", "full_name", "email", "phone", "national_id", "card_number", "notes",
            "country"};

    private final Random rnd;
    private long id;

    public StagingRows(long seed) {
        this.rnd = new Random(seed);
    }

    /** The next row's values in {@link #COLUMNS} order; null for a missing value. */
    public String[] next() {
        Country c = PersonaFactory.randomCountry(rnd);
        Persona p = PersonaFactory.create(rnd, c);
        String[] row = new String[COLUMNS.length];
        row[0] = Long.toString(++id);
        row[1] = p.fullName();
        row[2] = Rnd.chance(rnd, 0.93) ? Emails.of(rnd, p).text() : null;
        row[3] = Rnd.chance(rnd, 0.85) ? Phones.of(rnd, c).text() : null;
        row[4] = Rnd.chance(rnd, 0.7) ? nationalId(c, p).text() : null;
        row[5] = Rnd.chance(rnd, 0.45) ? CardNumbers.of(rnd).text() : null;
        row[6] = note(p, c, row);
        row[7] = Rnd.chance(rnd, 0.97) ? (Rnd.chance(rnd, 0.8) ? c.name() : c.englishName()) : null;
        return row;
    }

    private Pii nationalId(Country c, Persona p) {
        return switch (c) {
            case US -> Rnd.chance(rnd, 0.9) ? UsIdentifiers.ssn(rnd) : UsIdentifiers.itin(rnd);
            case CA -> OtherNationalIds.caSin(rnd);
            case GB -> EuropeanIds.nino(rnd);
            case DE -> EuropeanIds.deTaxId(rnd);
            case FR -> EuropeanIds.frNir(rnd, p);
            case ES -> EuropeanIds.esNif(rnd);
            case IT -> ItalianFiscalCodes.of(rnd, p);
            case NL -> EuropeanIds.nlBsn(rnd);
            case PL -> EuropeanIds.plPesel(rnd, p);
            case BR -> OtherNationalIds.brCpf(rnd);
            case IN -> OtherNationalIds.aadhaar(rnd);
            case AU -> OtherNationalIds.auTfn(rnd);
            case SG -> OtherNationalIds.sgNric(rnd, p);
        };
    }

    private String note(Persona p, Country c, String[] row) {
        double x = rnd.nextDouble();
        if (x < 0.12) {
            return null;
        }
        if (x < 0.22) {
            return "";
        }
        String order = LookAlikes.make("ORDER", rnd, Lang.EN);
        return switch (rnd.nextInt(12)) {
            case 0 -> "Customer asked for a refund on order " + order + "; approved by " + Rnd.pick(rnd, "JK", "MB", "team lead");
            case 1 -> "Shipped via UPS " + LookAlikes.make("UPS", rnd, Lang.EN) + ", invoice " + LookAlikes.make("INVOICE", rnd, Lang.EN);
            case 2 -> "Address change requested, ticket " + LookAlikes.make("TICKET", rnd, Lang.EN);
            case 3 -> "Duplicate of case " + LookAlikes.make("CASE", rnd, Lang.EN) + ", merged on " + LookAlikes.make("DATE", rnd, Lang.EN);
            case 4 -> "Paid " + LookAlikes.make("PRICE", rnd, Lang.EN) + " with card ending " + LookAlikes.make("LAST4", rnd, Lang.EN);
            case 5 -> "Sync error " + LookAlikes.make("HTTP", rnd, Lang.EN) + " for record " + LookAlikes.make("SFID", rnd, Lang.EN)
                    + ", retried " + LookAlikes.make("RETRY", rnd, Lang.EN) + " times";
            case 6 -> "VIP customer, prefers e-mail contact. Last order " + order;
            case 7 -> "Kunde bittet um Rückruf wegen Lieferung " + LookAlikes.make("DHL", rnd, Lang.DE);
            // about one note in six carries personal data
            case 8 -> "Customer wrote from a second address " + Emails.of(rnd, p).text() + " about order " + order;
            case 9 -> "Call back at " + Phones.of(rnd, c).text() + " after 5pm";
            case 10 -> "Card on file replaced, new card " + CardNumbers.of(rnd).text() + " exp " + LookAlikes.make("EXPIRY", rnd, Lang.EN);
            default -> "Spoke with " + p.given() + ", no further action";
        };
    }

}

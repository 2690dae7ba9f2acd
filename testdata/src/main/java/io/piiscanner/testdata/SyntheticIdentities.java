package io.piiscanner.testdata;

import io.piiscanner.testdata.identity.Addresses;
import io.piiscanner.testdata.identity.BirthDates;
import io.piiscanner.testdata.identity.CardNumbers;
import io.piiscanner.testdata.identity.Credentials;
import io.piiscanner.testdata.identity.CryptoWallets;
import io.piiscanner.testdata.identity.DriverLicenses;
import io.piiscanner.testdata.identity.Emails;
import io.piiscanner.testdata.identity.EuropeanIds;
import io.piiscanner.testdata.identity.Ibans;
import io.piiscanner.testdata.identity.IpAddresses;
import io.piiscanner.testdata.identity.ItalianFiscalCodes;
import io.piiscanner.testdata.identity.OtherNationalIds;
import io.piiscanner.testdata.identity.Passwords;
import io.piiscanner.testdata.identity.Persona;
import io.piiscanner.testdata.identity.PersonNames;
import io.piiscanner.testdata.identity.Phones;
import io.piiscanner.testdata.identity.Pii;
import io.piiscanner.testdata.identity.PrivateKeys;
import io.piiscanner.testdata.identity.UsIdentifiers;
import java.util.Random;

/**
 * Entry point for valid synthetic identifiers: one {@link Pii} of the given entity, consistent
 * with the persona (its name, birth date, sex and country) wherever the identifier encodes them.
 * All check digits are computed by this module's own code ({@code io.piiscanner.testdata.check}).
 */
public final class SyntheticIdentities {
    private SyntheticIdentities() {
    }

    public static Pii generate(Entity e, Persona p, Random rnd) {
        return switch (e) {
            case PERSON_NAME -> PersonNames.of(rnd, p);
            case POSTAL_ADDRESS -> Addresses.of(rnd, Addresses.countryFor(rnd, p.country()));
            case EMAIL -> Emails.of(rnd, p);
            case PHONE -> Phones.of(rnd, p.country());
            case DATE_OF_BIRTH -> BirthDates.of(p.birthDate());
            case IP_ADDRESS -> IpAddresses.of(rnd);
            case CREDIT_CARD -> CardNumbers.of(rnd);
            case IBAN -> Ibans.of(rnd, Ibans.countryFor(rnd, p.country()));
            case US_BANK_ACCOUNT -> UsIdentifiers.bankAccount(rnd);
            case ABA_ROUTING -> UsIdentifiers.routing(rnd);
            case US_SSN -> UsIdentifiers.ssn(rnd);
            case US_ITIN -> UsIdentifiers.itin(rnd);
            case US_PASSPORT -> UsIdentifiers.passport(rnd);
            case US_DRIVER_LICENSE -> DriverLicenses.of(rnd, p);
            case UK_NINO -> EuropeanIds.nino(rnd);
            case UK_NHS -> EuropeanIds.nhs(rnd);
            case CA_SIN -> OtherNationalIds.caSin(rnd);
            case DE_TAX_ID -> EuropeanIds.deTaxId(rnd);
            case FR_NIR -> EuropeanIds.frNir(rnd, p);
            case ES_NIF -> EuropeanIds.esNif(rnd);
            case IT_FISCAL_CODE -> ItalianFiscalCodes.of(rnd, p);
            case NL_BSN -> EuropeanIds.nlBsn(rnd);
            case PL_PESEL -> EuropeanIds.plPesel(rnd, p);
            case BR_CPF -> OtherNationalIds.brCpf(rnd);
            case IN_AADHAAR -> OtherNationalIds.aadhaar(rnd);
            case IN_PAN -> OtherNationalIds.inPan(rnd, p);
            case AU_TFN -> OtherNationalIds.auTfn(rnd);
            case SG_NRIC -> OtherNationalIds.sgNric(rnd, p);
            case CRYPTO_WALLET -> CryptoWallets.of(rnd);
            case SALESFORCE_SESSION_ID -> Credentials.salesforceSession(rnd);
            case AWS_ACCESS_KEY -> Credentials.awsAccessKey(rnd);
            case PRIVATE_KEY -> PrivateKeys.of(rnd);
            case PASSWORD -> Passwords.of(rnd);
        };
    }
}

package io.piiscanner.testdata.gen;

import java.util.List;

import static io.piiscanner.testdata.Entity.*;

/** Line templates of the dev corpus: CRM cases, e-mails, chats, order notes, logs, in EN, DE, FR and ES. */
final class DevTemplates {

    private DevTemplates() {
    }

    static final List<Template> ALL = List.of(
            // --- CRM case descriptions (EN)
            (b, ids, c, p) -> {
                String f = c.first(), l = c.last();
                b.t("Customer ").v(PERSON_NAME, f + " " + l).t(" called about a refund; verified SSN ").v(US_SSN, ids.ssn())
                        .t(" and callback number ").v(PHONE, c.phone()).t(".");
            },
            (b, ids, c, p) -> b.t("Case update: card ").v(CREDIT_CARD, ids.card()).t(" exp ").t(p.between(1, 12) + "/" + p.between(26, 31))
                    .t(" was charged twice, please refund."),
            (b, ids, c, p) -> {
                String f = c.first(), l = c.last();
                b.t("Please update the billing email for ").v(PERSON_NAME, f + " " + l).t(" to ").v(EMAIL, c.email(f, l)).t(" - old one bounces.");
            },
            (b, ids, c, p) -> b.t("Wire refund: routing number ").v(ABA_ROUTING, ids.aba()).t(", checking account ").v(US_BANK_ACCOUNT, ids.bankAccount())
                    .t(" (Chase)."),
            (b, ids, c, p) -> b.t("Customer provided passport number ").v(US_PASSPORT, ids.passport()).t(" for the age check."),
            (b, ids, c, p) -> b.t("KYC: driver's license ").v(US_DRIVER_LICENSE, ids.driverLicense()).t(", DOB ").v(DATE_OF_BIRTH, c.birthDate("en"))
                    .t(", matches account."),
            (b, ids, c, p) -> b.t("Tax form W-9 received, ITIN ").v(US_ITIN, ids.itin()).t(", no SSN on file."),
            (b, ids, c, p) -> b.t("Ship to ").v(POSTAL_ADDRESS, c.address("US")).t("; contact ").v(PHONE, c.phone()).t("."),
            // --- e-mails with signatures
            (b, ids, c, p) -> {
                String f = c.first(), l = c.last();
                b.t("Hi team, the order never arrived. Regards, ").v(PERSON_NAME, f + " " + l).t(" | ").v(PHONE, c.phone()).t(" | ")
                        .v(EMAIL, c.email(f, l));
            },
            (b, ids, c, p) -> {
                String f = c.first(), l = c.last();
                b.t("From: ").v(EMAIL, c.email(f, l)).t(" Subject: account locked - my NI number is ").v(UK_NINO, ids.nino()).t(", please unlock.");
            },
            (b, ids, c, p) -> b.t("Patient reference for the pharmacy order: NHS number ").v(UK_NHS, ids.nhs()).t("."),
            (b, ids, c, p) -> b.t("Refund to IBAN ").v(IBAN, ids.iban()).t(" please, BIC not needed."),
            // --- chat transcripts
            (b, ids, c, p) -> b.t("[chat] agent: can you confirm your SIN? customer: sure, ").v(CA_SIN, ids.sin()),
            (b, ids, c, p) -> b.t("[chat] customer: my TFN is ").v(AU_TFN, ids.tfn()).t(" for the invoice"),
            (b, ids, c, p) -> b.t("[chat] customer: Aadhaar ").v(IN_AADHAAR, ids.aadhaar()).t(" and PAN ").v(IN_PAN, ids.pan()).t(" for GST billing"),
            (b, ids, c, p) -> b.t("[chat] customer: NRIC ").v(SG_NRIC, ids.nric()).t(", delivery to Jurong please"),
            (b, ids, c, p) -> b.t("[chat] customer: pay the refund to my wallet ").v(CRYPTO_WALLET, ids.wallet()).t(" thanks"),
            // --- German
            (b, ids, c, p) -> {
                String f = c.first(), l = c.last();
                b.t("Kundin ").v(PERSON_NAME, f + " " + l).t(", geb. ").v(DATE_OF_BIRTH, c.birthDate("de")).t(", Tel. ").v(PHONE, c.nationalPhone("DE"))
                        .t(", bittet um Rückruf.");
            },
            (b, ids, c, p) -> b.t("Bitte Erstattung auf IBAN ").v(IBAN, ids.iban()).t(" veranlassen, Steuer-ID ").v(DE_TAX_ID, ids.deTaxId()).t(" liegt vor."),
            (b, ids, c, p) -> b.t("Lieferadresse: ").v(POSTAL_ADDRESS, c.address("DE")).t(", E-Mail ").v(EMAIL, c.email(c.first(), c.last())),
            (b, ids, c, p) -> b.t("Kreditkarte ").v(CREDIT_CARD, ids.card()).t(" gültig bis ").t(p.between(1, 12) + "/" + p.between(26, 31))
                    .t(" wurde abgelehnt."),
            // --- French
            (b, ids, c, p) -> b.t("Le client demande un remboursement, numéro de sécurité sociale ").v(FR_NIR, ids.frNir()).t(", tél. ")
                    .v(PHONE, c.nationalPhone("FR")).t("."),
            (b, ids, c, p) -> {
                String f = c.first(), l = c.last();
                b.t("Mme ").v(PERSON_NAME, f + " " + l).t(", née le ").v(DATE_OF_BIRTH, c.birthDate("fr")).t(", adresse ").v(POSTAL_ADDRESS, c.address("FR"));
            },
            (b, ids, c, p) -> b.t("Virement sur le compte ").v(IBAN, ids.iban()).t(", courriel ").v(EMAIL, c.email(c.first(), c.last())),
            (b, ids, c, p) -> b.t("Mot de passe : ").v(PASSWORD, ids.password()).t(" (à changer à la première connexion)"),
            // --- Spanish
            (b, ids, c, p) -> b.t("Cliente con DNI ").v(ES_NIF, ids.esNif()).t(" solicita factura, teléfono ").v(PHONE, c.nationalPhone("ES")).t("."),
            (b, ids, c, p) -> b.t("Fecha de nacimiento: ").v(DATE_OF_BIRTH, c.birthDate("es")).t(", correo ").v(EMAIL, c.email(c.first(), c.last())),
            (b, ids, c, p) -> b.t("Codice fiscale del cliente: ").v(IT_FISCAL_CODE, ids.itFiscalCode()).t(", ordine spedito."),
            (b, ids, c, p) -> b.t("Klant BSN ").v(NL_BSN, ids.bsn()).t(", retour aangemeld."),
            (b, ids, c, p) -> b.t("Klient PESEL ").v(PL_PESEL, ids.pesel()).t(", zamówienie anulowane."),
            (b, ids, c, p) -> b.t("Cliente CPF ").v(BR_CPF, ids.cpf()).t(", pedido reenviado."),
            // --- order notes
            (b, ids, c, p) -> b.t("Order #").t(p.digits(8)).t(" note: customer phone ").v(PHONE, c.phone()).t(", leave at door."),
            (b, ids, c, p) -> b.t("Order ").t("SO-" + p.between(2023, 2026) + "-" + p.digits(6)).t(": gift message for ").v(PERSON_NAME, c.first() + " " + c.last())
                    .t(", ship to ").v(POSTAL_ADDRESS, c.address(p.of("US", "GB"))),
            // --- sync-error logs
            (b, ids, c, p) -> b.t("2026-11-2" + p.between(0, 6) + "T0" + p.between(0, 9) + ":" + p.between(10, 59) + ":11Z ERROR sync failed for contact email=")
                    .v(EMAIL, c.email(c.first(), c.last())).t(" ip=").v(IP_ADDRESS, ids.ipv4()),
            (b, ids, c, p) -> b.t("WARN login from ").v(IP_ADDRESS, p.chance(0.5) ? ids.ipv4() : ids.ipv6()).t(" failed for user ").t(c.first().toLowerCase())
                    .t(" (attempt " + p.between(2, 5) + ")"),
            (b, ids, c, p) -> b.t("DEBUG middleware config loaded: db.password=").v(PASSWORD, ids.password()).t(" pool=" + p.between(5, 50)),
            (b, ids, c, p) -> b.t("INFO connecting to jdbc:postgresql://sync_user:").v(PASSWORD, ids.password()).t("@db.internal:5432/shop"),
            (b, ids, c, p) -> b.t("ERROR Salesforce call failed, Authorization: Bearer ").v(SALESFORCE_SESSION_ID, ids.sessionId()),
            (b, ids, c, p) -> b.t("export AWS_ACCESS_KEY_ID=").v(AWS_ACCESS_KEY, ids.awsKey()).t(" # uploader creds"),
            // --- JSON middleware logs
            (b, ids, c, p) -> {
                String f = c.first(), l = c.last();
                b.t("{\"level\":\"INFO\",\"event\":\"contact.upsert\",\"email\":\"").v(EMAIL, c.email(f, l)).t("\",\"phone\":\"").v(PHONE, c.phone())
                        .t("\",\"ts\":").t("17" + p.digits(11)).t("}");
            },
            (b, ids, c, p) -> b.t("{\"level\":\"DEBUG\",\"msg\":\"payment\",\"card\":\"").v(CREDIT_CARD, ids.card()).t("\",\"amount\":" + p.between(5, 900) + "." + p.digits(2) + "}"),
            (b, ids, c, p) -> b.t("{\"config\":{\"user\":\"etl\",\"password\":\"").v(PASSWORD, ids.password()).t("\"},\"retries\":3}"),
            (b, ids, c, p) -> b.t("{\"service\":\"sso\",\"key\":\"").jsonValue(PRIVATE_KEY, ids.privateKey(false)).t("\"}"),
            (b, ids, c, p) -> b.t("deploy key follows ").v(PRIVATE_KEY, ids.privateKey(false)).t(" end of file"),
            (b, ids, c, p) -> b.t("{\"event\":\"signup\",\"ssn\":\"").v(US_SSN, ids.ssn()).t("\",\"dob\":\"").v(DATE_OF_BIRTH, c.birthDate("en")).t("\"}"),
            // --- task notes, CSV-like exports
            (b, ids, c, p) -> b.t("Task: call back re: IBAN change, new IBAN ").v(IBAN, ids.iban()).t(", old account closed."),
            (b, ids, c, p) -> {
                String f = c.first(), l = c.last();
                b.v(PERSON_NAME, f + " " + l).t(";").v(EMAIL, c.email(f, l)).t(";").v(PHONE, c.phone()).t(";").t(p.of("DE", "US", "GB", "FR"));
            },
            (b, ids, c, p) -> b.t("Member since 2019, date of birth ").v(DATE_OF_BIRTH, c.birthDate("en")).t(", loyalty tier gold."),
            (b, ids, c, p) -> b.t("Verification: passport ").v(US_PASSPORT, ids.passport()).t(" and SSN ").v(US_SSN, ids.ssn()).t(" checked by agent."),
            (b, ids, c, p) -> b.t("Driver licence DL# ").v(US_DRIVER_LICENSE, ids.driverLicense()).t(" scanned at pickup."),
            (b, ids, c, p) -> b.t("Employee payroll: ABA ").v(ABA_ROUTING, ids.aba()).t(" acct # ").v(US_BANK_ACCOUNT, ids.bankAccount()),
            (b, ids, c, p) -> b.t("Customer's national insurance number ").v(UK_NINO, ids.nino()).t(" and NHS no ").v(UK_NHS, ids.nhs()),
            (b, ids, c, p) -> b.t("Social insurance number ").v(CA_SIN, ids.sin()).t(" on the T4 slip."),
            (b, ids, c, p) -> b.t("Tax file number ").v(AU_TFN, ids.tfn()).t(" provided for the Australian entity."),
            (b, ids, c, p) -> b.t("Steueridentifikationsnummer ").v(DE_TAX_ID, ids.deTaxId()).t(" für die Rechnung hinterlegt."),
            (b, ids, c, p) -> b.t("NIE ").v(ES_NIF, ids.esNif()).t(" del titular; pedido pendiente."),
            (b, ids, c, p) -> b.t("The customer's Aadhaar number is ").v(IN_AADHAAR, ids.aadhaar()),
            (b, ids, c, p) -> b.t("FIN ").v(SG_NRIC, ids.nric()).t(" on the delivery form."),
            (b, ids, c, p) -> b.t("BTC refund address: ").v(CRYPTO_WALLET, ids.wallet()),
            (b, ids, c, p) -> b.t("sf.session=").v(SALESFORCE_SESSION_ID, ids.sessionId()).t(" expired, re-login"),
            (b, ids, c, p) -> b.t("aws_access_key_id: ").v(AWS_ACCESS_KEY, ids.awsKey()),
            (b, ids, c, p) -> b.t("IT ticket: user ").t(c.first().toLowerCase()).t(" reset, temp password: ").v(PASSWORD, ids.password()),
            (b, ids, c, p) -> b.t("Codice fiscale ").v(IT_FISCAL_CODE, ids.itFiscalCode()).t(" nel profilo."),
            (b, ids, c, p) -> b.t("burgerservicenummer: ").v(NL_BSN, ids.bsn()),
            (b, ids, c, p) -> b.t("numer PESEL ").v(PL_PESEL, ids.pesel()).t(" w formularzu"),
            (b, ids, c, p) -> b.t("CPF do comprador: ").v(BR_CPF, ids.cpf()),
            (b, ids, c, p) -> b.t("PAN card ").v(IN_PAN, ids.pan()).t(" attached to the invoice."),
            (b, ids, c, p) -> b.t("N° de sécurité sociale ").v(FR_NIR, ids.frNir()).t(" sur la carte Vitale."),
            (b, ids, c, p) -> b.t("ITIN: ").v(US_ITIN, ids.itin()),
            (b, ids, c, p) -> b.t("Last login IP ").v(IP_ADDRESS, ids.ipv4()).t(" from mobile app 4.2"),
            // --- lines without PII
            (b, ids, c, p) -> b.t("Customer asked to change the delivery slot to the afternoon; no further action."),
            (b, ids, c, p) -> b.t("Order #").t(p.digits(9)).t(" shipped " + p.between(2024, 2026) + "-0" + p.between(1, 9) + "-1" + p.between(0, 9) + " via DHL, parcel "
                    + p.digits(10) + "."),
            (b, ids, c, p) -> b.t("Le colis a été livré au point relais, facture " + p.digits(7) + " envoyée.")
    );
}

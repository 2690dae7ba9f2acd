package io.piiscanner.testdata.gen;

import java.util.List;

import static io.piiscanner.testdata.Entity.*;

/**
 * Templates that the dev corpus never uses: other phrasings, other layouts, other punctuation. They stand in
 * for "other authors"; rules are never tuned on the held-out corpus, it only says how far dev figures carry.
 */
final class HeldoutTemplates {

    private HeldoutTemplates() {
    }

    static final List<Template> ALL = List.of(
            (b, ids, c, p) -> b.t("Escalation - the client (SSN: ").v(US_SSN, ids.ssn()).t(") says the charge on ").v(CREDIT_CARD, ids.card())
                    .t(" is fraud."),
            (b, ids, c, p) -> b.t("Reach me at ").v(PHONE, c.phone()).t(" or ").v(EMAIL, c.email(c.first(), c.last())).t(" after 6pm, thanks!"),
            (b, ids, c, p) -> b.t("Account holder DOB=").v(DATE_OF_BIRTH, c.birthDate("en")).t("; verified via call."),
            (b, ids, c, p) -> b.t("pls send refund -> ").v(IBAN, ids.iban()),
            (b, ids, c, p) -> b.t("Routing: ").v(ABA_ROUTING, ids.aba()).t(" / Account no. ").v(US_BANK_ACCOUNT, ids.bankAccount()),
            (b, ids, c, p) -> b.t("id check done: passport# ").v(US_PASSPORT, ids.passport()),
            (b, ids, c, p) -> b.t("DL number ").v(US_DRIVER_LICENSE, ids.driverLicense()).t(" (state issued) copied from scan"),
            (b, ids, c, p) -> b.t("Taxpayer ITIN ").v(US_ITIN, ids.itin()).t(" updated"),
            (b, ids, c, p) -> b.t("NINO ").v(UK_NINO, ids.nino()).t(" | NHS ").v(UK_NHS, ids.nhs()),
            (b, ids, c, p) -> b.t("SIN # ").v(CA_SIN, ids.sin()).t(" confirmed on the phone"),
            (b, ids, c, p) -> b.t("Ihre Steuer-IdNr.: ").v(DE_TAX_ID, ids.deTaxId()).t(" - bitte prüfen."),
            (b, ids, c, p) -> b.t("Rückrufnummer ").v(PHONE, c.nationalPhone("DE")).t(", Geburtsdatum ").v(DATE_OF_BIRTH, c.birthDate("de")),
            (b, ids, c, p) -> b.t("Numéro INSEE : ").v(FR_NIR, ids.frNir()).t(" ; portable ").v(PHONE, c.nationalPhone("FR")),
            (b, ids, c, p) -> b.t("Su NIF es ").v(ES_NIF, ids.esNif()).t(" y nació el ").v(DATE_OF_BIRTH, c.birthDate("es")),
            (b, ids, c, p) -> b.t("CF: ").v(IT_FISCAL_CODE, ids.itFiscalCode()).t(" - cliente abituale"),
            (b, ids, c, p) -> b.t("BSN-nummer ").v(NL_BSN, ids.bsn()).t(" gecontroleerd"),
            (b, ids, c, p) -> b.t("PESEL: ").v(PL_PESEL, ids.pesel()),
            (b, ids, c, p) -> b.t("cpf ").v(BR_CPF, ids.cpf()).t(" confirmado"),
            (b, ids, c, p) -> b.t("UIDAI Aadhaar: ").v(IN_AADHAAR, ids.aadhaar()).t(", PAN no: ").v(IN_PAN, ids.pan()),
            (b, ids, c, p) -> b.t("TFN ").v(AU_TFN, ids.tfn()),
            (b, ids, c, p) -> b.t("IC number ").v(SG_NRIC, ids.nric()).t(" (Singapore)"),
            (b, ids, c, p) -> b.t("crypto payout address ").v(CRYPTO_WALLET, ids.wallet()).t(" requested by user"),
            (b, ids, c, p) -> b.t("curl -H 'Authorization: OAuth ").v(SALESFORCE_SESSION_ID, ids.sessionId()).t("' https://x.my.salesforce.com"),
            (b, ids, c, p) -> b.t("[default] aws_access_key_id=").v(AWS_ACCESS_KEY, ids.awsKey()),
            (b, ids, c, p) -> b.t("key: |\n").v(PRIVATE_KEY, ids.privateKey(false)),
            (b, ids, c, p) -> b.t("SMTP_PASSWORD=").v(PASSWORD, ids.password()).t(" SMTP_PORT=587"),
            (b, ids, c, p) -> b.t("Passwort lautet: ").v(PASSWORD, ids.password()),
            (b, ids, c, p) -> b.t("src_ip=").v(IP_ADDRESS, ids.ipv4()).t(" dst_port=443 action=deny"),
            (b, ids, c, p) -> b.t("client ").v(IP_ADDRESS, ids.ipv6()).t(" connected"),
            (b, ids, c, p) -> b.t("<tr><td>").v(EMAIL, c.email(c.first(), c.last())).t("</td><td>").v(PHONE, c.phone()).t("</td></tr>"),
            (b, ids, c, p) -> b.t("Card on file: ").v(CREDIT_CARD, ids.card()).t(", CVV verified."),
            (b, ids, c, p) -> b.t("ssn;dob\n").v(US_SSN, ids.ssn()).t(";").v(DATE_OF_BIRTH, String.format("%d-%02d-%02d", p.between(1950, 2000), p.between(1, 12), p.between(1, 28)))
                    .t(" -- born"),
            (b, ids, c, p) -> b.t("Nothing sensitive in this ticket, just a damaged box (photo attached).")
    );
}

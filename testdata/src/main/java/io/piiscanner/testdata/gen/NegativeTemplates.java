package io.piiscanner.testdata.gen;

import java.util.List;
import java.util.Locale;

/**
 * Lines with no PII but many look-alikes: order, tracking, invoice and case numbers, SKUs, record ids,
 * GUIDs, timestamps, prices, ZIP codes, invalid SSNs, Luhn-failing 16-digit numbers, bad IBANs, masked
 * cards, hashes, versions, non-birth dates, and password words without a password.
 */
final class NegativeTemplates {

    private NegativeTemplates() {
    }

    static final List<Template> ALL = List.of(
            (b, ids, c, p) -> b.t("Order #" + p.digits(9) + " shipped via UPS 1Z" + p.chars("0123456789ABCDEFGHJKLMNPRSTVWXYZ", 16) + ", ETA 3 days."),
            (b, ids, c, p) -> b.t("FedEx tracking " + p.digits(12) + " delivered, signed by front desk."),
            (b, ids, c, p) -> b.t("USPS tracking number " + "9400" + p.digits(18) + " is in transit."),
            (b, ids, c, p) -> b.t("DHL shipment " + p.digits(10) + " delayed at hub LEJ."),
            (b, ids, c, p) -> b.t("Invoice INV-" + p.between(2023, 2026) + "-" + p.digits(6) + " total EUR " + p.between(10, 9999) + "," + p.digits(2)),
            (b, ids, c, p) -> b.t("SKU " + p.letters(3) + "-" + p.digits(5) + "-" + p.letters(2) + " out of stock, reorder " + p.between(5, 500) + " units."),
            (b, ids, c, p) -> b.t("Salesforce record 003" + p.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 15)
                    + " updated by integration user."),
            (b, ids, c, p) -> b.t("Case 0" + p.digits(7) + " closed; related opportunity 006" + p.chars("ABCDEFGHIJabcdefghij0123456789", 12)),
            (b, ids, c, p) -> b.t("request_id=" + uuid(p) + " status=200 duration_ms=" + p.between(3, 900)),
            (b, ids, c, p) -> b.t("2026-" + String.format(Locale.ROOT, "%02d-%02dT%02d:%02d:%02d.%03dZ", p.between(1, 12), p.between(1, 28), p.between(0, 23),
                    p.between(0, 59), p.between(0, 59), p.between(0, 999)) + " INFO batch " + p.digits(5) + " committed " + p.between(100, 99999) + " rows"),
            (b, ids, c, p) -> b.t("{\"ts\":17" + p.digits(11) + ",\"orderId\":\"" + p.digits(10) + "\",\"qty\":" + p.between(1, 9) + "}"),
            (b, ids, c, p) -> b.t("Price changed from $" + p.between(10, 999) + "." + p.digits(2) + " to $" + p.between(10, 999) + "." + p.digits(2)),
            (b, ids, c, p) -> b.t("Warehouse ZIP " + p.digits(5) + ", dock " + p.between(1, 40) + ", pallet " + p.digits(6)),
            (b, ids, c, p) -> b.t("Test SSN field with placeholder 000-" + p.digits(2) + "-" + p.digits(4) + " rejected by validation."),
            (b, ids, c, p) -> b.t("Reference 666-" + p.between(10, 99) + "-" + p.digits(4) + " is not a valid format."),
            (b, ids, c, p) -> b.t("Gift card " + luhnFailing(p) + " could not be redeemed."),
            (b, ids, c, p) -> b.t("IBAN field contained DE" + p.digits(2).replace('0', '1') + "00000000000000000" + p.digits(3) + "X - rejected."),
            (b, ids, c, p) -> b.t("Paid with card ending **** **** **** " + p.digits(4) + ", auth code " + p.digits(6)),
            (b, ids, c, p) -> b.t("Card 4" + p.digits(5) + "******" + p.digits(4) + " tokenised, token tok_" + p.chars("abcdef0123456789", 24)),
            (b, ids, c, p) -> b.t("commit " + p.chars("0123456789abcdef", 40) + " deployed to production"),
            (b, ids, c, p) -> b.t("sha256=" + p.chars("0123456789abcdef", 64)),
            (b, ids, c, p) -> b.t("Release " + p.between(1, 9) + "." + p.between(0, 20) + "." + p.between(0, 99) + " build " + p.digits(5) + " rolled out"),
            (b, ids, c, p) -> b.t("Order date " + p.between(2023, 2026) + "-" + String.format(Locale.ROOT, "%02d-%02d", p.between(1, 12), p.between(1, 28))
                    + ", shipped " + String.format(Locale.ROOT, "%02d.%02d.%d", p.between(1, 28), p.between(1, 12), p.between(2023, 2026))),
            (b, ids, c, p) -> b.t("Password reset link sent to the customer; they will choose a new password."),
            (b, ids, c, p) -> b.t("password=****** (masked in logs)"),
            (b, ids, c, p) -> b.t("DB_PASSWORD=${DB_PASSWORD} loaded from vault"),
            (b, ids, c, p) -> b.t("Bestellnummer " + p.digits(8) + " vom " + String.format(Locale.ROOT, "%02d.%02d.%d", p.between(1, 28), p.between(1, 12), p.between(2023, 2026))
                    + ", Betrag " + p.between(10, 999) + "," + p.digits(2) + " EUR"),
            (b, ids, c, p) -> b.t("Commande n° " + p.digits(8) + " expédiée, suivi Colissimo 6A" + p.digits(11)),
            (b, ids, c, p) -> b.t("Pedido " + p.digits(7) + " enviado, referencia " + p.letters(2) + p.digits(8)),
            (b, ids, c, p) -> b.t("Ticket #" + p.digits(6) + " priority P" + p.between(1, 4) + ", SLA " + p.between(2, 72) + "h"),
            (b, ids, c, p) -> b.t("Phone field was empty; customer prefers chat."),
            (b, ids, c, p) -> b.t("Serial number SN" + p.digits(10) + " registered, warranty until " + p.between(2027, 2030)),
            (b, ids, c, p) -> b.t("Quantity " + p.between(1, 50) + " x item " + p.digits(7) + " @ " + p.between(1, 99) + ".99"),
            (b, ids, c, p) -> b.t("epoch=" + "17" + p.digits(11) + " latency=" + p.between(1, 500) + "ms"),
            (b, ids, c, p) -> b.t("HTTP 503 from upstream after " + p.between(1, 30) + "s, retry " + p.between(1, 5) + " of 5"),
            (b, ids, c, p) -> b.t("Coupon code SAVE" + p.between(10, 50) + "-" + p.letters(4) + " applied to basket " + p.digits(9))
    );

    private static String uuid(Pick p) {
        String h = "0123456789abcdef";
        return p.chars(h, 8) + "-" + p.chars(h, 4) + "-4" + p.chars(h, 3) + "-" + p.chars("89ab", 1) + p.chars(h, 3) + "-" + p.chars(h, 12);
    }

    /** A 16-digit number whose Luhn check fails (what a gift card or a typo looks like). */
    private static String luhnFailing(Pick p) {
        while (true) {
            String s = "6" + p.digits(15);
            if (!io.piiscanner.testdata.check.Luhn.isValid(s)) {
                return s;
            }
        }
    }
}

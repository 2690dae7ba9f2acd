package io.piiscanner.testdata.text;

import io.piiscanner.testdata.check.Digits;
import io.piiscanner.testdata.check.Luhn;
import io.piiscanner.testdata.check.Mod97;
import io.piiscanner.testdata.check.SalesforceIds;
import io.piiscanner.testdata.check.TrackingCheckDigits;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Benign tokens that look like identifiers: order, tracking, invoice and case numbers, SKUs,
 * Salesforce record ids, UUIDs, timestamps, prices, hashes, versions, masked cards, invalid
 * SSNs, Luhn-failing numbers, IBAN-shaped strings with a wrong check. Every numeric token passes
 * through {@link LookAlikeGuard}, so none of them is a valid identifier by accident.
 */
public final class LookAlikes {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String UPS_CHARS = "0123456789ABCDEFGHJKLMNPRSTVWXYZ";
    private static final String HEX = "0123456789abcdef";
    private static final String[] SF_PREFIXES = {"001", "003", "005", "006", "00Q", "500", "801", "00T", "00U", "02s",
        "0Q0", "a0B", "a1X", "701", "00G", "068", "069"};
    private static final String[] PODS = {"5g", "3t", "Ae", "1N", "7Q", "8W", "4x", "2E", "0b", "Hn", "09", "1r"};

    private LookAlikes() {
    }

    /** A token by name; unknown names fail fast. Every token except an IMEI is guarded. */
    public static String make(String name, Random rnd, Lang lang) {
        if (name.equals("IMEI")) {
            return imei(rnd);
        }
        return guarded(() -> raw(name, rnd, lang));
    }

    private static String raw(String name, Random rnd, Lang lang) {
        return switch (name) {
            case "ORDER" -> guarded(() -> Rnd.between(rnd, 1, 4) + Digits.random(rnd, Rnd.between(rnd, 7, 9)));
            case "SO" -> Rnd.pick(rnd, "SO", "ORD", "WEB", "A") + "-" + Rnd.between(rnd, 2021, 2025) + "-"
                + Digits.random(rnd, 6);
            case "PO" -> Rnd.chance(rnd, 0.5) ? guarded(() -> "45" + Digits.random(rnd, 8))
                : "PO-" + Digits.random(rnd, 5);
            case "INVOICE" -> Rnd.pick(rnd, "INV", "RE", "FA", "FAC", "INV") + "-" + Rnd.between(rnd, 2022, 2025) + "-"
                + Digits.random(rnd, Rnd.between(rnd, 4, 6));
            case "RMA" -> "RMA-" + Rnd.between(rnd, 2021, 2025) + "-" + Digits.random(rnd, Rnd.between(rnd, 4, 5));
            case "QUOTE" -> "Q-" + Rnd.between(rnd, 2021, 2025) + "-" + Digits.random(rnd, 4);
            case "CREDITNOTE" -> "GS-" + Rnd.between(rnd, 2021, 2025) + "-" + Digits.random(rnd, 4);
            case "CASE" -> "000" + Digits.randomNoLeadingZero(rnd, 5);
            case "TICKET" -> Rnd.pick(rnd, "INC", "CS", "SUP", "CRM", "REQ") + Rnd.pick(rnd, "", "-")
                + Digits.randomNoLeadingZero(rnd, Rnd.between(rnd, 4, 7));
            case "SKU" -> sku(rnd);
            case "UPS" -> ups(rnd);
            case "FEDEX" -> fedex(rnd);
            case "USPS" -> usps(rnd);
            case "DHL" -> guarded(() -> Rnd.pick(rnd, "1", "2", "3", "4", "5", "6", "7", "8") + Digits.random(rnd, 9));
            case "SFID" -> Rnd.chance(rnd, 0.5) ? sfid(rnd) : SalesforceIds.to18(sfid(rnd));
            case "SFID15" -> sfid(rnd);
            case "SFID18" -> SalesforceIds.to18(sfid(rnd));
            case "ORGID" -> "00D" + Rnd.pick(rnd, PODS) + "00000" + rnd.nextInt(10) + Rnd.alnum(rnd, 4, ALNUM);
            case "UUID" -> uuid(rnd);
            case "TS" -> isoTimestamp(rnd);
            case "LOGTS" -> logTimestamp(rnd);
            case "TIME" -> Digits.pad(Rnd.between(rnd, 7, 19), 2) + ":" + Digits.pad(rnd.nextInt(60), 2);
            case "EPOCHMS" -> guarded(() -> "17" + Rnd.between(rnd, 0, 6) + Digits.random(rnd, 10));
            case "EPOCH" -> guarded(() -> "17" + Rnd.between(rnd, 0, 6) + Digits.random(rnd, 7));
            case "PRICE" -> price(rnd, lang);
            case "RETRY" -> Integer.toString(Rnd.between(rnd, 1, 5));
            case "QTY" -> Integer.toString(Rnd.pick(rnd, 1, 2, 3, 4, 5, 6, 10, 12, 24, 50, 100, Rnd.between(rnd, 1, 500)));
            case "ZIP" -> Rnd.pick(rnd, "94105", "10115", "75011", "28013", "60614", "80331", "SW1A 1AA", "02139",
                "20095", "69002", "08017", "98101", "30303", "1012 AB");
            case "VERSION" -> version(rnd);
            case "BUILD" -> Rnd.chance(rnd, 0.5) ? Rnd.between(rnd, 2023, 2025) + Digits.pad(Rnd.between(rnd, 1, 12), 2)
                + Digits.pad(Rnd.between(rnd, 1, 28), 2) + "." + Rnd.between(rnd, 1, 40) : Integer.toString(Rnd.between(rnd, 100, 9999));
            case "BADSSN" -> guarded(() -> badSsn(rnd));
            case "BADLUHN" -> badLuhn(rnd);
            case "BADIBAN" -> badIban(rnd);
            case "GITSHA" -> Rnd.alnum(rnd, 40, HEX);
            case "SHORTSHA" -> Rnd.alnum(rnd, Rnd.pick(rnd, 7, 8, 10), HEX);
            case "MD5" -> Rnd.alnum(rnd, 32, HEX);
            case "SHA256" -> Rnd.alnum(rnd, 64, HEX);
            case "HTTP" -> Integer.toString(Rnd.pick(rnd, 200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504));
            case "LINE" -> Integer.toString(Rnd.between(rnd, 12, 2400));
            case "MS" -> Integer.toString(Rnd.between(rnd, 3, 30000));
            case "DURATION" -> Rnd.pick(rnd, Rnd.between(rnd, 3, 9000) + " ms", Rnd.between(rnd, 1, 59) + "." + rnd.nextInt(10) + "s",
                "00:" + Digits.pad(rnd.nextInt(60), 2) + ":" + Digits.pad(rnd.nextInt(60), 2), Rnd.between(rnd, 2, 48) + "h");
            case "DATE" -> date(rnd, lang);
            case "MASKEDCARD" -> maskedCard(rnd);
            case "MASKEDPWD" -> Rnd.pick(rnd, "******", "********", "***", "[REDACTED]", "<redacted>", "xxxxxxxx",
                "(hidden)", "[FILTERED]", "****");
            case "EAN" -> ean(rnd);
            case "MAC" -> mac(rnd);
            case "PERCENT" -> Rnd.between(rnd, 1, 99) + (lang == Lang.DE || lang == Lang.FR ? " %" : "%");
            case "RECORDCOUNT" -> Integer.toString(Rnd.between(rnd, 2, 250000));
            case "PORT" -> Integer.toString(Rnd.pick(rnd, 443, 8080, 8443, 5432, 3306, 6379, 9092, 1521));
            case "CVV" -> "***";
            case "LAST4" -> Digits.random(rnd, 4);
            case "EXPIRY" -> Digits.pad(Rnd.between(rnd, 1, 12), 2) + "/" + Rnd.between(rnd, 26, 31);
            case "YEAR" -> Integer.toString(Rnd.between(rnd, 2019, 2025));
            case "PLZCITY" -> Rnd.pick(rnd, "Hamburg", "Lyon", "Valencia", "Denver", "Leeds", "Köln", "Bordeaux");
            default -> throw new IllegalArgumentException("unknown look-alike " + name);
        };
    }

    private static String guarded(Supplier<String> s) {
        for (int i = 0; i < 1000; i++) {
            String v = s.get();
            if (LookAlikeGuard.isSafe(v)) {
                return v;
            }
        }
        throw new IllegalStateException("could not make a safe look-alike");
    }

    private static String sku(Random rnd) {
        return switch (rnd.nextInt(4)) {
            case 0 -> Digits.random(rnd, 4) + "-" + Rnd.pick(rnd, "BLK", "WHT", "RED", "NVY", "GRY") + "-"
                + Rnd.pick(rnd, "S", "M", "L", "XL", "XXL");
            case 1 -> "SKU-" + Digits.random(rnd, 5) + "-" + Rnd.upper(rnd);
            case 2 -> Rnd.pick(rnd, "TSH", "HOOD", "MUG", "CAB", "ADP", "BAT") + "-" + Digits.random(rnd, 3) + "-"
                + Rnd.pick(rnd, "EU", "US", "UK");
            default -> "" + Rnd.upper(rnd) + Rnd.upper(rnd) + Digits.random(rnd, 6);
        };
    }

    private static String ups(Random rnd) {
        String body = Rnd.alnum(rnd, 6, UPS_CHARS) + Rnd.pick(rnd, "01", "02", "03", "12", "13", "42")
            + Digits.random(rnd, 7);
        String full = "1Z" + body + TrackingCheckDigits.ups(body);
        return Rnd.chance(rnd, 0.8) ? full : full.substring(0, 2) + " " + full.substring(2, 5) + " " + full.substring(5, 8)
            + " " + full.substring(8, 10) + " " + full.substring(10, 14) + " " + full.substring(14);
    }

    private static String fedex(Random rnd) {
        return guarded(() -> {
            if (Rnd.chance(rnd, 0.6)) {
                String first11 = Rnd.pick(rnd, "7", "6", "5") + Digits.random(rnd, 10);
                return first11 + TrackingCheckDigits.fedex12(first11);
            }
            return Rnd.pick(rnd, "96", "61") + Digits.random(rnd, 13);
        });
    }

    private static String usps(Random rnd) {
        String payload = Rnd.pick(rnd, "9400", "9205", "9261", "9300", "9405") + Digits.random(rnd, 17);
        String full = payload + TrackingCheckDigits.usps(payload);
        return Rnd.chance(rnd, 0.6) ? full : Digits.every(full, 4, " ");
    }

    private static String sfid(Random rnd) {
        String prefix = Rnd.pick(rnd, SF_PREFIXES);
        String pod = Rnd.pick(rnd, PODS);
        return prefix + pod + "0000" + Digits.random(rnd, 2) + Rnd.alnum(rnd, 4, ALNUM);
    }

    private static String uuid(Random rnd) {
        String h = Rnd.alnum(rnd, 32, HEX);
        String u = h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
            + "89ab".charAt(rnd.nextInt(4)) + h.substring(17, 20) + "-" + h.substring(20);
        return Rnd.chance(rnd, 0.1) ? u.toUpperCase(Locale.ROOT) : u;
    }

    private static String isoTimestamp(Random rnd) {
        return Rnd.between(rnd, 2023, 2025) + "-" + Digits.pad(Rnd.between(rnd, 1, 12), 2) + "-"
            + Digits.pad(Rnd.between(rnd, 1, 28), 2) + "T" + Digits.pad(rnd.nextInt(24), 2) + ":"
            + Digits.pad(rnd.nextInt(60), 2) + ":" + Digits.pad(rnd.nextInt(60), 2)
            + (Rnd.chance(rnd, 0.6) ? "." + Digits.random(rnd, 3) : "") + Rnd.pick(rnd, "Z", "Z", "+00:00", "+01:00", "+02:00");
    }

    private static String logTimestamp(Random rnd) {
        return Rnd.between(rnd, 2023, 2025) + "-" + Digits.pad(Rnd.between(rnd, 1, 12), 2) + "-"
            + Digits.pad(Rnd.between(rnd, 1, 28), 2) + " " + Digits.pad(rnd.nextInt(24), 2) + ":"
            + Digits.pad(rnd.nextInt(60), 2) + ":" + Digits.pad(rnd.nextInt(60), 2) + "," + Digits.random(rnd, 3);
    }

    private static String price(Random rnd, Lang lang) {
        int units = Rnd.chance(rnd, 0.7) ? Rnd.between(rnd, 1, 999) : Rnd.between(rnd, 1000, 25000);
        String cents = Digits.pad(rnd.nextInt(100), 2);
        String eu = (units >= 1000 ? units / 1000 + "." + Digits.pad(units % 1000, 3) : Integer.toString(units)) + "," + cents;
        String us = (units >= 1000 ? units / 1000 + "," + Digits.pad(units % 1000, 3) : Integer.toString(units)) + "." + cents;
        return switch (lang) {
            case DE, ES -> Rnd.pick(rnd, "EUR " + eu, eu + " €", eu + " EUR");
            case FR -> Rnd.pick(rnd, eu.replace('.', ' ') + " €", "EUR " + eu, eu + " EUR");
            case EN -> Rnd.pick(rnd, "$" + us, "USD " + us, "£" + us, "€" + us, us + " USD");
        };
    }

    private static String version(Random rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> Rnd.between(rnd, 1, 12) + "." + Rnd.between(rnd, 0, 30) + "." + Rnd.between(rnd, 0, 40);
            case 1 -> "v" + Rnd.between(rnd, 1, 5) + "." + Rnd.between(rnd, 0, 20) + "." + Rnd.between(rnd, 0, 99);
            case 2 -> "10.0." + Rnd.between(rnd, 17763, 26100) + "." + Rnd.between(rnd, 100, 5000);
            case 3 -> Rnd.between(rnd, 1, 4) + "." + Rnd.between(rnd, 0, 9) + "." + Rnd.between(rnd, 0, 9) + "-SNAPSHOT";
            default -> "API v" + Rnd.between(rnd, 50, 62) + ".0";
        };
    }

    private static String badSsn(Random rnd) {
        String serial = Digits.pad(Rnd.between(rnd, 1, 9999), 4);
        String group = Digits.pad(Rnd.between(rnd, 1, 99), 2);
        return switch (rnd.nextInt(6)) {
            case 0 -> "000-" + group + "-" + serial;
            case 1 -> "666-" + group + "-" + serial;
            case 2 -> "123-45-6789";
            case 3 -> "9" + Digits.random(rnd, 2) + "-" + Rnd.pick(rnd, "00", "12", "34", "45", "66", "69", "89", "93")
                + "-" + serial;
            case 4 -> Digits.pad(Rnd.between(rnd, 1, 899), 3) + "-00-" + serial;
            default -> Digits.pad(Rnd.between(rnd, 1, 899), 3) + "-" + group + "-0000";
        };
    }

    private static String badLuhn(Random rnd) {
        String pan;
        do {
            pan = Rnd.pick(rnd, "4", "5" + Rnd.between(rnd, 1, 5), "37", "6011") ;
            pan = pan + Digits.random(rnd, (pan.startsWith("37") ? 15 : 16) - pan.length());
        } while (Luhn.isValid(pan));
        int len = pan.length();
        return switch (rnd.nextInt(3)) {
            case 0 -> pan;
            case 1 -> len == 15 ? Digits.group(pan, " ", 4, 6, 5) : Digits.every(pan, 4, " ");
            default -> len == 15 ? Digits.group(pan, "-", 4, 6, 5) : Digits.every(pan, 4, "-");
        };
    }

    private static String badIban(Random rnd) {
        String[] c = Rnd.pick(rnd, new String[] {"DE", "18"}, new String[] {"FR", "23"}, new String[] {"GB", "18"},
            new String[] {"ES", "20"}, new String[] {"NL", "14"}, new String[] {"IT", "23"});
        String bban;
        if (c[0].equals("GB")) {
            bban = Rnd.pick(rnd, "NWBK", "BARC", "LOYD") + Digits.random(rnd, 14);
        } else if (c[0].equals("NL")) {
            bban = Rnd.pick(rnd, "ABNA", "RABO", "INGB") + Digits.random(rnd, 10);
        } else if (c[0].equals("IT")) {
            bban = Rnd.upper(rnd) + Digits.random(rnd, 22);
        } else {
            bban = Digits.random(rnd, Integer.parseInt(c[1]));
        }
        String good = Mod97.ibanCheckDigits(c[0], bban);
        String bad;
        do {
            bad = Digits.pad(Rnd.between(rnd, 2, 98), 2);
        } while (bad.equals(good));
        String compact = c[0] + bad + bban;
        return Rnd.chance(rnd, 0.6) ? Digits.every(compact, 4, " ") : compact;
    }

    private static String date(Random rnd, Lang lang) {
        int y = Rnd.between(rnd, 2022, 2025);
        String m = Digits.pad(Rnd.between(rnd, 1, 12), 2);
        String d = Digits.pad(Rnd.between(rnd, 1, 28), 2);
        return switch (lang) {
            case DE -> Rnd.pick(rnd, d + "." + m + "." + y, y + "-" + m + "-" + d);
            case FR, ES -> Rnd.pick(rnd, d + "/" + m + "/" + y, y + "-" + m + "-" + d);
            case EN -> Rnd.pick(rnd, y + "-" + m + "-" + d, m + "/" + d + "/" + y, d + "/" + m + "/" + y);
        };
    }

    private static String maskedCard(Random rnd) {
        String last4 = Digits.random(rnd, 4);
        return switch (rnd.nextInt(6)) {
            case 0 -> "**** **** **** " + last4;
            case 1 -> Rnd.pick(rnd, "411111", "424242", "545454", "400000", "520082") + "******" + last4;
            case 2 -> "XXXX-XXXX-XXXX-" + last4;
            case 3 -> "•••• " + last4;
            case 4 -> "************" + last4;
            default -> "xxxx xxxx xxxx " + last4;
        };
    }

    private static String ean(Random rnd) {
        return guarded(() -> {
            String payload = Rnd.pick(rnd, "400", "401", "402", "403", "590", "300", "841", "500") + Digits.random(rnd, 9);
            return payload + TrackingCheckDigits.usps(payload);
        });
    }

    private static String imei(Random rnd) {
        String payload = Rnd.pick(rnd, "35", "86", "01") + Digits.random(rnd, 12);
        return payload + Luhn.checkDigit(payload);
    }

    private static String mac(Random rnd) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append(i == 0 ? "" : ":").append(Rnd.alnum(rnd, 2, "0123456789abcdef"));
        }
        return b.toString();
    }
}

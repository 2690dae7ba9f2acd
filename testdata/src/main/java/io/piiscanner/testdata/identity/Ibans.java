package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.check.BankCheckDigits;
import io.piiscanner.testdata.check.Digits;
import io.piiscanner.testdata.check.ItalianCheckChar;
import io.piiscanner.testdata.check.Mod97;
import io.piiscanner.testdata.text.Rnd;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * IBANs with the correct per-country length and BBAN layout (real bank codes, national check
 * digits where a country has them) and ISO 13616 mod-97 check digits.
 */
public final class Ibans {
    /** Countries with a persona-independent share (cross-border payments). */
    public static final List<String> COUNTRIES = List.of("DE", "GB", "FR", "ES", "IT", "NL", "BE", "AT", "CH",
        "PL", "PT", "IE", "LU", "SE", "DK", "FI", "NO", "CZ");
    /** Total IBAN lengths per country. */
    public static final Map<String, Integer> LENGTHS = Map.ofEntries(
        Map.entry("DE", 22), Map.entry("GB", 22), Map.entry("FR", 27), Map.entry("ES", 24),
        Map.entry("IT", 27), Map.entry("NL", 18), Map.entry("BE", 16), Map.entry("AT", 20),
        Map.entry("CH", 21), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("IE", 22),
        Map.entry("LU", 20), Map.entry("SE", 24), Map.entry("DK", 18), Map.entry("FI", 18),
        Map.entry("NO", 15), Map.entry("CZ", 24));

    private static final String[] DE_BLZ = {"10010010", "37040044", "50010517", "20041133", "70150000",
        "10050000", "12030000", "50070010", "76050101", "43060967", "10011001", "60050101", "30050110",
        "20050550", "86055592", "66050101", "25050180"};
    private static final String[][] GB_BANKS = {{"NWBK", "60"}, {"BARC", "20"}, {"LOYD", "30"}, {"HBUK", "40"},
        {"MIDL", "40"}, {"RBOS", "83"}, {"MONZ", "04"}, {"SRLG", "60"}, {"NAIA", "07"}, {"ABBY", "09"}};
    private static final String[] FR_BANKS = {"30004", "30003", "30002", "20041", "10278", "30066", "10107",
        "18206", "14505", "17515"};
    private static final String[] ES_BANKS = {"2100", "0049", "0182", "0081", "2038", "0128", "1465", "0075",
        "3058"};
    private static final String[] IT_ABI = {"03069", "02008", "05034", "01030", "03062", "05696", "03015",
        "05387"};
    private static final String[] NL_BANKS = {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"};
    private static final String[] AT_BANKS = {"12000", "20111", "14000", "32000", "60000", "38000"};
    private static final String[] CH_BANKS = {"00230", "09000", "80808", "00700", "04835", "00767"};
    private static final String[] PL_BANKS = {"102", "105", "109", "114", "124", "116", "175"};
    private static final String[] IE_BANKS = {"AIBK", "BOFI", "IPBS", "ULSB"};

    private Ibans() {
    }

    public static Pii of(Random rnd, String country) {
        String bban = bban(rnd, country);
        String compact = country + Mod97.ibanCheckDigits(country, bban) + bban;
        String paper = Digits.every(compact, 4, " ");
        double r = rnd.nextDouble();
        String text = r < 0.55 ? paper : r < 0.97 ? compact : Digits.every(compact, 4, "-");
        return new Pii(Entity.IBAN, text, Map.of("compact", compact, "paper", paper));
    }

    public static String bban(Random rnd, String c) {
        return switch (c) {
            case "DE" -> Rnd.pick(rnd, DE_BLZ) + Digits.pad(rnd.nextInt(1_000_000_000) + (long) rnd.nextInt(10)
                * 1_000_000_000L, 10);
            case "GB" -> {
                String[] bank = Rnd.pick(rnd, GB_BANKS);
                yield bank[0] + bank[1] + Digits.random(rnd, 4) + Digits.randomNoLeadingZero(rnd, 8);
            }
            case "FR" -> {
                String bank = Rnd.pick(rnd, FR_BANKS);
                String branch = Digits.random(rnd, 5);
                String account = "000" + Digits.random(rnd, 8);
                yield bank + branch + account + BankCheckDigits.frRibKey(bank, branch, account);
            }
            case "ES" -> {
                String bank = Rnd.pick(rnd, ES_BANKS);
                String branch = Digits.random(rnd, 4);
                String account = Digits.random(rnd, 10);
                yield bank + branch + BankCheckDigits.esControl(bank, branch, account) + account;
            }
            case "IT" -> {
                String rest = Rnd.pick(rnd, IT_ABI) + Digits.random(rnd, 5)
                    + (Rnd.chance(rnd, 0.6) ? "0000" + Digits.random(rnd, 8) : Digits.random(rnd, 12));
                yield ItalianCheckChar.compute(rest) + rest;
            }
            case "NL" -> nl(rnd);
            case "BE" -> {
                String first10 = Digits.random(rnd, 3) + Digits.random(rnd, 7);
                yield first10 + BankCheckDigits.beCheck(first10);
            }
            case "AT" -> Rnd.pick(rnd, AT_BANKS) + "00" + Digits.randomNoLeadingZero(rnd, 9);
            case "CH" -> Rnd.pick(rnd, CH_BANKS) + "0000" + Digits.random(rnd, 8);
            case "PL" -> {
                String seven = Rnd.pick(rnd, PL_BANKS) + Digits.random(rnd, 4);
                yield seven + BankCheckDigits.plSortCheck(seven) + Digits.random(rnd, 16);
            }
            case "PT" -> Rnd.pick(rnd, "0035", "0033", "0007", "0010", "0036") + "0000" + Digits.random(rnd, 13);
            case "IE" -> Rnd.pick(rnd, IE_BANKS) + "9" + Digits.random(rnd, 5) + Digits.random(rnd, 8);
            case "LU" -> Rnd.pick(rnd, "001", "002", "003", "019") + Digits.random(rnd, 13);
            case "SE" -> Rnd.pick(rnd, "500", "800", "600", "300") + "0000000" + Digits.random(rnd, 10);
            case "DK" -> Rnd.pick(rnd, "3000", "5301", "2000", "9570") + Digits.random(rnd, 10);
            case "FI" -> Rnd.pick(rnd, "123", "400", "800", "500") + Digits.random(rnd, 11);
            case "NO" -> Rnd.pick(rnd, "1503", "8601", "1206", "9710") + Digits.random(rnd, 7);
            case "CZ" -> Rnd.pick(rnd, "0800", "0100", "2010", "0300") + "000019" + Digits.random(rnd, 10);
            default -> throw new IllegalArgumentException("no IBAN layout for " + c);
        };
    }

    private static String nl(Random rnd) {
        String bank = Rnd.pick(rnd, NL_BANKS);
        if (bank.equals("INGB")) {
            return bank + "000" + Digits.randomNoLeadingZero(rnd, 7);
        }
        while (true) {
            String first9 = "0" + Digits.randomNoLeadingZero(rnd, 8);
            int last = BankCheckDigits.nlElfproefLast(first9);
            if (last >= 0) {
                return bank + first9 + last;
            }
        }
    }

    /** The IBAN country that fits a persona (cross-border accounts 15% of the time). */
    public static String countryFor(Random rnd, Country c) {
        if (Rnd.chance(rnd, 0.15)) {
            return Rnd.pick(rnd, COUNTRIES);
        }
        return switch (c) {
            case DE -> Rnd.chance(rnd, 0.85) ? "DE" : Rnd.pick(rnd, "AT", "CH");
            case FR -> Rnd.chance(rnd, 0.9) ? "FR" : Rnd.pick(rnd, "BE", "LU");
            case GB -> Rnd.chance(rnd, 0.9) ? "GB" : "IE";
            case ES -> "ES";
            case IT -> "IT";
            case NL -> Rnd.chance(rnd, 0.9) ? "NL" : "BE";
            case PL -> "PL";
            default -> Rnd.pick(rnd, COUNTRIES);
        };
    }
}

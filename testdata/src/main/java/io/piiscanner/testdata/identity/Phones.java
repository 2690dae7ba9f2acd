package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.check.Digits;
import io.piiscanner.testdata.text.Rnd;
import java.util.Map;
import java.util.Random;

/**
 * Telephone numbers in allocated (valid) ranges, written in the national and international
 * styles of each country. Fictional ranges (US 555-01xx, Ofcom drama numbers, ARCEP 01 99 00,
 * ACMA 0491 570) are never produced. Variant "kind": mobile or fixed.
 */
public final class Phones {
    private static final int[] US_NPA = {201, 202, 206, 212, 213, 214, 217, 224, 262, 267, 305, 310, 312, 313, 314,
        323, 347, 404, 408, 410, 412, 415, 469, 480, 503, 504, 512, 602, 612, 614, 617, 646, 650, 678, 702, 713,
        714, 718, 720, 732, 773, 786, 801, 808, 813, 818, 832, 858, 904, 917, 919, 925, 949, 971, 972, 978};
    private static final int[] CA_NPA = {204, 236, 250, 289, 306, 403, 416, 418, 437, 438, 450, 514, 519, 587, 604,
        613, 647, 705, 778, 780, 819, 902, 905};

    private Phones() {
    }

    public static Pii of(Random rnd, Country c) {
        boolean mobile = Rnd.chance(rnd, 0.62);
        String text = switch (c) {
            case US -> nanp(rnd, US_NPA);
            case CA -> nanp(rnd, CA_NPA);
            case GB -> mobile ? ukMobile(rnd) : ukFixed(rnd);
            case DE -> mobile ? deMobile(rnd) : deFixed(rnd);
            case FR -> fr(rnd, mobile);
            case ES -> es(rnd, mobile);
            case IT -> mobile ? itMobile(rnd) : itFixed(rnd);
            case NL -> nl(rnd, mobile);
            case PL -> pl(rnd, mobile);
            case BR -> br(rnd, mobile);
            case IN -> mobile ? inMobile(rnd) : inFixed(rnd);
            case AU -> mobile ? auMobile(rnd) : auFixed(rnd);
            case SG -> sg(rnd, mobile);
        };
        return new Pii(Entity.PHONE, text, Map.of("kind", mobile ? "mobile" : "fixed", "country", c.name()));
    }

    private static String nanp(Random rnd, int[] npas) {
        int npa = npas[rnd.nextInt(npas.length)];
        int nxx;
        do {
            nxx = Rnd.between(rnd, 201, 999);
        } while (nxx % 100 == 11 || nxx == 555 || nxx == 950 || nxx == 958 || nxx == 959 || nxx == 976);
        String a = Integer.toString(npa);
        String b = Integer.toString(nxx);
        String l = Digits.random(rnd, 4);
        return switch (Rnd.weighted(rnd, 30, 24, 7, 10, 6, 7, 8, 5, 3)) {
            case 0 -> "(" + a + ") " + b + "-" + l;
            case 1 -> a + "-" + b + "-" + l;
            case 2 -> a + "." + b + "." + l;
            case 3 -> "+1 " + a + " " + b + " " + l;
            case 4 -> "+1 (" + a + ") " + b + "-" + l;
            case 5 -> "+1-" + a + "-" + b + "-" + l;
            case 6 -> "+1" + a + b + l;
            case 7 -> "1-" + a + "-" + b + "-" + l;
            default -> a + b + l;
        };
    }

    private static String ukMobile(Random rnd) {
        String prefix = Rnd.pick(rnd, "740", "741", "742", "743", "744", "746", "747", "748", "749", "751",
            "753", "754", "755", "756", "757", "758", "759", "771", "772", "773", "774", "775", "776", "777", "780",
            "781", "784", "785", "786", "787", "788", "789", "790", "792", "794", "795", "796", "797", "798", "799");
        String n = prefix + Digits.random(rnd, 7);
        return switch (Rnd.weighted(rnd, 40, 22, 12, 12, 8, 6)) {
            case 0 -> "0" + n.substring(0, 4) + " " + n.substring(4);
            case 1 -> "+44 " + n.substring(0, 4) + " " + n.substring(4);
            case 2 -> "+44" + n;
            case 3 -> "0" + n;
            case 4 -> "+44 (0)" + n.substring(0, 4) + " " + n.substring(4);
            default -> "0" + n.substring(0, 4) + " " + n.substring(4, 7) + " " + n.substring(7);
        };
    }

    private static String ukFixed(Random rnd) {
        if (Rnd.chance(rnd, 0.5)) {
            String sub;
            do {
                sub = Rnd.pick(rnd, "3", "7", "8") + Digits.random(rnd, 7);
            } while (sub.startsWith("79460"));
            String grouped = sub.substring(0, 4) + " " + sub.substring(4);
            return switch (Rnd.weighted(rnd, 50, 30, 20)) {
                case 0 -> "020 " + grouped;
                case 1 -> "+44 20 " + grouped;
                default -> "(020) " + grouped;
            };
        }
        String area = Rnd.pick(rnd, "161", "121", "113", "131", "141", "117", "151", "114", "115", "1223", "1865",
            "1273", "1904");
        String firstDigits = switch (area) {
            case "161", "141", "151" -> "23456789";
            case "117" -> "2349";
            case "115" -> "26789";
            default -> "2345";
        };
        String sub;
        do {
            sub = firstDigits.charAt(rnd.nextInt(firstDigits.length())) + Digits.random(rnd, area.length() == 4 ? 5 : 6);
        } while (sub.startsWith("4960"));
        String grouped = area.length() == 4 ? sub : sub.substring(0, 3) + " " + sub.substring(3);
        return switch (Rnd.weighted(rnd, 55, 30, 15)) {
            case 0 -> "0" + area + " " + grouped;
            case 1 -> "+44 " + area + " " + grouped;
            default -> "+44 (0)" + area + " " + grouped;
        };
    }

    private static String deMobile(Random rnd) {
        String prefix;
        String sub;
        switch (Rnd.weighted(rnd, 40, 20, 40)) {
            case 0 -> {
                prefix = Rnd.pick(rnd, "151", "152", "157", "159", "155");
                String fourth = Rnd.pick(rnd, "1", "2", "5", "7", "0", "3");
                prefix = prefix + fourth;
                sub = Digits.randomNoLeadingZero(rnd, 7);
            }
            case 1 -> {
                prefix = Rnd.pick(rnd, "160", "162", "163");
                sub = Digits.randomNoLeadingZero(rnd, 7);
            }
            default -> {
                prefix = "17" + rnd.nextInt(10);
                boolean eightAllowed = "26789".indexOf(prefix.charAt(2)) >= 0;
                sub = Digits.randomNoLeadingZero(rnd, eightAllowed && Rnd.chance(rnd, 0.6) ? 8 : 7);
            }
        }
        return switch (Rnd.weighted(rnd, 38, 22, 12, 10, 10, 8)) {
            case 0 -> "0" + prefix + " " + sub;
            case 1 -> "+49 " + prefix + " " + sub;
            case 2 -> "0" + prefix + "/" + sub;
            case 3 -> "+49" + prefix + sub;
            case 4 -> "+49 (0)" + prefix + " " + sub;
            default -> "0" + prefix + "-" + sub;
        };
    }

    private static String deFixed(Random rnd) {
        String area = Rnd.pick(rnd, "30", "30", "40", "89", "69", "221", "211", "711", "341", "511", "911", "351",
            "421", "201", "231", "228", "621", "761");
        int len = area.length() == 2 ? Rnd.between(rnd, 7, 8) : Rnd.between(rnd, 6, 7);
        String sub = Rnd.between(rnd, 2, 9) + Digits.random(rnd, len - 1);
        return switch (Rnd.weighted(rnd, 30, 15, 12, 18, 12, 8, 5)) {
            case 0 -> "0" + area + " " + sub;
            case 1 -> "0" + area + "/" + sub;
            case 2 -> "(0" + area + ") " + sub;
            case 3 -> "+49 " + area + " " + sub;
            case 4 -> "+49 (0)" + area + " " + sub;
            case 5 -> "+49 " + area + " " + sub.substring(0, sub.length() - 2) + "-" + sub.substring(sub.length() - 2);
            default -> "0049 " + area + " " + sub;
        };
    }

    private static String fr(Random rnd, boolean mobile) {
        String nsn;
        if (mobile) {
            nsn = Rnd.chance(rnd, 0.75)
                ? "6" + Rnd.pick(rnd, "0", "1", "2", "4", "5", "6", "7", "8") + Digits.random(rnd, 7)
                : "7" + Rnd.between(rnd, 3, 8) + Digits.random(rnd, 7);
        } else {
            do {
                nsn = Rnd.pick(rnd, "1", "1", "2", "3", "4", "5") + Digits.random(rnd, 8);
            } while (nsn.startsWith("199") || nsn.startsWith("26") || nsn.startsWith("59") || nsn.startsWith("56")
                || nsn.startsWith("40") || nsn.startsWith("57"));
        }
        String pairs = Digits.every(nsn.substring(1), 2, " ");
        return switch (Rnd.weighted(rnd, 40, 10, 12, 18, 10, 6, 4)) {
            case 0 -> "0" + nsn.charAt(0) + " " + pairs;
            case 1 -> "0" + nsn.charAt(0) + "." + Digits.every(nsn.substring(1), 2, ".");
            case 2 -> "0" + nsn;
            case 3 -> "+33 " + nsn.charAt(0) + " " + pairs;
            case 4 -> "+33" + nsn;
            case 5 -> "+33 (0)" + nsn.charAt(0) + " " + pairs;
            default -> "0033 " + nsn.charAt(0) + " " + pairs;
        };
    }

    private static String es(Random rnd, boolean mobile) {
        String nsn = mobile
            ? (Rnd.chance(rnd, 0.85) ? "6" + Digits.random(rnd, 8) : "7" + Rnd.between(rnd, 1, 4) + Digits.random(rnd, 7))
            : Rnd.pick(rnd, "91", "93", "95", "96", "94", "98") + Rnd.between(rnd, 1, 8) + Digits.random(rnd, 6);
        return switch (Rnd.weighted(rnd, 34, 16, 20, 12, 10, 8)) {
            case 0 -> Digits.group(nsn, " ", 3, 3, 3);
            case 1 -> mobile ? Digits.group(nsn, " ", 3, 2, 2, 2) : Digits.group(nsn, " ", 2, 3, 2, 2);
            case 2 -> "+34 " + Digits.group(nsn, " ", 3, 3, 3);
            case 3 -> "+34" + nsn;
            case 4 -> nsn;
            default -> "0034 " + Digits.group(nsn, " ", 3, 3, 3);
        };
    }

    private static String itMobile(Random rnd) {
        String n = Rnd.pick(rnd, "320", "328", "329", "330", "333", "334", "335", "338", "339", "340", "345",
            "346", "347", "348", "349", "360", "366", "368", "380", "388", "389", "391", "392", "393")
            + Digits.random(rnd, 7);
        return switch (Rnd.weighted(rnd, 35, 25, 15, 15, 10)) {
            case 0 -> Digits.group(n, " ", 3, 3, 4);
            case 1 -> "+39 " + Digits.group(n, " ", 3, 3, 4);
            case 2 -> "+39 " + n;
            case 3 -> n.substring(0, 3) + "-" + n.substring(3);
            default -> n;
        };
    }

    private static String itFixed(Random rnd) {
        String area = Rnd.pick(rnd, "06", "02", "011", "055", "081", "051", "041");
        String sub;
        do {
            sub = Rnd.between(rnd, 2, 9) + Digits.random(rnd, area.length() == 2 ? 7 : 6);
        } while (area.equals("06") && sub.startsWith("698"));
        String grouped = area.length() == 2 ? sub.substring(0, 4) + " " + sub.substring(4)
            : sub.substring(0, 3) + " " + sub.substring(3);
        return Rnd.chance(rnd, 0.6) ? area + " " + grouped : "+39 " + area + " " + grouped;
    }

    private static String nl(Random rnd, boolean mobile) {
        if (mobile) {
            String sub = Rnd.between(rnd, 1, 5) + Digits.random(rnd, 7);
            return switch (Rnd.weighted(rnd, 35, 20, 20, 15, 10)) {
                case 0 -> "06 " + sub;
                case 1 -> "06-" + sub;
                case 2 -> "+31 6 " + sub;
                case 3 -> "+316" + sub;
                default -> "+31 (0)6 " + sub.substring(0, 4) + " " + sub.substring(4);
            };
        }
        String area = Rnd.pick(rnd, "20", "10", "70", "30", "40", "50");
        String sub = Rnd.between(rnd, 2, 9) + Digits.random(rnd, 6);
        return switch (Rnd.weighted(rnd, 40, 25, 35)) {
            case 0 -> "0" + area + " " + sub.substring(0, 3) + " " + sub.substring(3);
            case 1 -> "0" + area + "-" + sub;
            default -> "+31 " + area + " " + sub.substring(0, 3) + " " + sub.substring(3);
        };
    }

    private static String pl(Random rnd, boolean mobile) {
        String nsn = mobile
            ? Rnd.pick(rnd, "50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88") + Digits.random(rnd, 7)
            : Rnd.pick(rnd, "22", "12", "61", "71", "58") + Rnd.between(rnd, 2, 8) + Digits.random(rnd, 6);
        if (!mobile) {
            return Rnd.chance(rnd, 0.5) ? Digits.group(nsn, " ", 2, 3, 2, 2)
                : "+48 " + Digits.group(nsn, " ", 2, 3, 2, 2);
        }
        return switch (Rnd.weighted(rnd, 35, 30, 15, 20)) {
            case 0 -> Digits.group(nsn, " ", 3, 3, 3);
            case 1 -> "+48 " + Digits.group(nsn, " ", 3, 3, 3);
            case 2 -> Digits.group(nsn, "-", 3, 3, 3);
            default -> "+48" + nsn;
        };
    }

    private static String br(Random rnd, boolean mobile) {
        String area = Rnd.pick(rnd, "11", "11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "47", "48");
        String sub = mobile ? "9" + Rnd.between(rnd, 6, 9) + Digits.random(rnd, 7)
            : Rnd.between(rnd, 2, 5) + Digits.random(rnd, 7);
        String dashed = sub.substring(0, sub.length() - 4) + "-" + sub.substring(sub.length() - 4);
        return switch (Rnd.weighted(rnd, 35, 25, 15, 10, 15)) {
            case 0 -> "(" + area + ") " + dashed;
            case 1 -> "+55 " + area + " " + dashed;
            case 2 -> "+55 (" + area + ") " + dashed;
            case 3 -> "+55" + area + sub;
            default -> area + " " + dashed;
        };
    }

    private static String inMobile(Random rnd) {
        String n = Rnd.pick(rnd, "98", "99", "97", "96", "95", "94", "93", "91", "90", "89", "88", "87", "86",
            "85", "84", "83", "82", "81", "80", "79", "78", "77", "76", "75", "74", "73", "70", "63", "62")
            + Digits.random(rnd, 8);
        return switch (Rnd.weighted(rnd, 30, 20, 15, 15, 10, 10)) {
            case 0 -> "+91 " + n.substring(0, 5) + " " + n.substring(5);
            case 1 -> "+91-" + n;
            case 2 -> "0" + n;
            case 3 -> n.substring(0, 5) + " " + n.substring(5);
            case 4 -> "+91" + n;
            default -> n;
        };
    }

    private static String inFixed(Random rnd) {
        String area = Rnd.pick(rnd, "11", "22", "80", "44", "40", "33", "20");
        String sub = Rnd.between(rnd, 2, 6) + Digits.random(rnd, 7);
        String grouped = sub.substring(0, 4) + " " + sub.substring(4);
        return Rnd.chance(rnd, 0.5) ? "0" + area + " " + grouped : "+91 " + area + " " + grouped;
    }

    private static String auMobile(Random rnd) {
        String n = "4" + Rnd.pick(rnd, "0", "1", "2", "3", "6") + Digits.random(rnd, 7);
        return switch (Rnd.weighted(rnd, 45, 25, 15, 15)) {
            case 0 -> "0" + Digits.group(n, " ", 3, 3, 3);
            case 1 -> "+61 " + Digits.group(n, " ", 3, 3, 3);
            case 2 -> "+61" + n;
            default -> "0" + n;
        };
    }

    private static String auFixed(Random rnd) {
        String[] pair = Rnd.pick(rnd, new String[] {"2", "9"}, new String[] {"2", "8"}, new String[] {"3", "9"},
            new String[] {"3", "8"}, new String[] {"7", "3"}, new String[] {"8", "9"});
        String sub;
        do {
            sub = pair[1] + Digits.random(rnd, 7);
        } while (pair[0].equals("8") && sub.startsWith("91"));
        String grouped = sub.substring(0, 4) + " " + sub.substring(4);
        return switch (Rnd.weighted(rnd, 40, 30, 30)) {
            case 0 -> "(0" + pair[0] + ") " + grouped;
            case 1 -> "0" + pair[0] + " " + grouped;
            default -> "+61 " + pair[0] + " " + grouped;
        };
    }

    private static String sg(Random rnd, boolean mobile) {
        String n;
        do {
            n = mobile ? Rnd.pick(rnd, "8", "9") + Rnd.between(rnd, 1, 7) + Digits.random(rnd, 6)
                : "6" + Rnd.between(rnd, 1, 8) + Digits.random(rnd, 6);
        } while (n.startsWith("662"));
        return switch (Rnd.weighted(rnd, 40, 30, 15, 15)) {
            case 0 -> "+65 " + n.substring(0, 4) + " " + n.substring(4);
            case 1 -> n.substring(0, 4) + " " + n.substring(4);
            case 2 -> "+65" + n;
            default -> "(+65) " + n.substring(0, 4) + " " + n.substring(4);
        };
    }
}

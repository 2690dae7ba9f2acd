package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.check.Digits;
import io.piiscanner.testdata.check.Luhn;
import io.piiscanner.testdata.text.Rnd;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Payment card numbers with real IIN ranges and lengths and a Luhn check digit. */
public final class CardNumbers {
    /** Published test PANs: used only through the "test" variant, still labeled as cards. */
    public static final List<String> FAMOUS = List.of("4111111111111111", "4242424242424242",
        "5555555555554444", "5105105105105100", "378282246310005", "371449635398431",
        "6011111111111117", "4012888888881881", "3530111333300000", "4000056655665556");

    private CardNumbers() {
    }

    public static Pii of(Random rnd) {
        String pan;
        do {
            pan = pan(rnd);
        } while (FAMOUS.contains(pan));
        String famous = Rnd.pick(rnd, FAMOUS);
        int style = Rnd.weighted(rnd, 38, 46, 16);
        return new Pii(Entity.CREDIT_CARD, format(pan, style), Map.of(
            "test", format(famous, style),
            "plain", pan,
            "spaced", format(pan, 1)));
    }

    static String pan(Random rnd) {
        return switch (Rnd.weighted(rnd, 40, 20, 8, 12, 6, 4, 4, 6)) {
            case 0 -> {
                double r = rnd.nextDouble();
                yield complete(rnd, "4", r < 0.88 ? 16 : r < 0.94 ? 13 : 19);
            }
            case 1 -> complete(rnd, Integer.toString(51 + rnd.nextInt(5)), 16);
            case 2 -> complete(rnd, Integer.toString(2221 + rnd.nextInt(500)), 16);
            case 3 -> complete(rnd, Rnd.pick(rnd, "34", "37"), 15);
            case 4 -> complete(rnd, Rnd.pick(rnd, "6011", "65", "644", "645", "646", "647", "648", "649"),
                Rnd.chance(rnd, 0.9) ? 16 : 19);
            case 5 -> complete(rnd, Integer.toString(3528 + rnd.nextInt(62)), 16);
            case 6 -> complete(rnd, Rnd.pick(rnd, "36", "300", "301", "302", "303", "304", "305"), 14);
            default -> complete(rnd, "62" + Rnd.pick(rnd, "1", "2", "5", "8"), Rnd.chance(rnd, 0.75) ? 16 : 19);
        };
    }

    private static String complete(Random rnd, String prefix, int length) {
        String payload = prefix + Digits.random(rnd, length - prefix.length() - 1);
        return payload + Luhn.checkDigit(payload);
    }

    /** 0 plain, 1 spaces, 2 dashes; grouping follows what is printed on such a card. */
    public static String format(String pan, int style) {
        if (style == 0) {
            return pan;
        }
        String sep = style == 1 ? " " : "-";
        return switch (pan.length()) {
            case 15 -> Digits.group(pan, sep, 4, 6, 5);
            case 14 -> Digits.group(pan, sep, 4, 6, 4);
            case 13 -> Digits.group(pan, sep, 4, 4, 5);
            default -> Digits.every(pan, 4, sep);
        };
    }
}

package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.check.Digits;
import io.piiscanner.testdata.text.Rnd;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** US driver's license numbers in real per-state layouts (as printed on the card). */
public final class DriverLicenses {
    public static final List<String> STATES = List.of("CA", "NY", "FL", "TX", "IL", "WA", "PA", "NJ", "MI",
        "OH", "GA", "MA", "AZ", "CO", "VA");
    private static final double[] WEIGHTS = {16, 12, 11, 12, 8, 6, 6, 5, 5, 5, 4, 3, 3, 2, 2};
    private static final Map<String, String> NAMES = Map.ofEntries(
        Map.entry("CA", "California"), Map.entry("NY", "New York"), Map.entry("FL", "Florida"),
        Map.entry("TX", "Texas"), Map.entry("IL", "Illinois"), Map.entry("WA", "Washington"),
        Map.entry("PA", "Pennsylvania"), Map.entry("NJ", "New Jersey"), Map.entry("MI", "Michigan"),
        Map.entry("OH", "Ohio"), Map.entry("GA", "Georgia"), Map.entry("MA", "Massachusetts"),
        Map.entry("AZ", "Arizona"), Map.entry("CO", "Colorado"), Map.entry("VA", "Virginia"));
    private static final String WA_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    private DriverLicenses() {
    }

    /** Variants: "state" (two-letter code) and "stateName". */
    public static Pii of(Random rnd, Persona p) {
        String st = STATES.get(Rnd.weighted(rnd, WEIGHTS));
        char initial = initial(p);
        boolean sep = rnd.nextBoolean();
        String n = switch (st) {
            case "CA" -> initial(rnd) + Digits.random(rnd, 7);
            case "NY" -> sep ? Digits.group(Digits.random(rnd, 9), " ", 3, 3, 3) : Digits.random(rnd, 9);
            case "FL" -> {
                String d = initial + Digits.random(rnd, 12);
                yield Rnd.chance(rnd, 0.6) ? Digits.group(d, "-", 4, 3, 2, 3, 1) : d;
            }
            case "TX" -> Rnd.pick(rnd, "0", "1", "2", "3", "4") + Digits.random(rnd, 7);
            case "IL" -> {
                String d = initial + Digits.random(rnd, 11);
                yield Rnd.chance(rnd, 0.6) ? Digits.group(d, "-", 4, 4, 4) : d;
            }
            case "WA" -> "WDL" + Rnd.alnum(rnd, 9, WA_CHARS);
            case "PA" -> sep ? Digits.group(Digits.random(rnd, 8), " ", 2, 3, 3) : Digits.random(rnd, 8);
            case "NJ" -> {
                String d = initial + Digits.random(rnd, 14);
                yield sep ? Digits.group(d, " ", 5, 5, 5) : d;
            }
            case "MI" -> {
                String d = initial + Digits.random(rnd, 12);
                yield sep ? Digits.group(d, " ", 1, 3, 3, 3, 3) : d;
            }
            case "OH" -> "" + initial(rnd) + initial(rnd) + Digits.random(rnd, 6);
            case "GA" -> Digits.randomNoLeadingZero(rnd, 9);
            case "MA" -> "S" + Digits.random(rnd, 8);
            case "AZ" -> initial(rnd) + Digits.random(rnd, 8);
            case "CO" -> Digits.group(Digits.random(rnd, 9), "-", 2, 3, 4);
            default -> {
                String d = initial + Digits.random(rnd, 8);
                yield Digits.group(d, "-", 3, 2, 4);
            }
        };
        return new Pii(Entity.US_DRIVER_LICENSE, n, Map.of("state", st, "stateName", NAMES.get(st)));
    }

    private static char initial(Random rnd) {
        return Rnd.upper(rnd);
    }

    /** FL, IL, MI, NJ numbers start with the holder's surname initial (Soundex-based schemes). */
    private static char initial(Persona p) {
        String ascii = Normalizer.normalize(p.surname(), Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
        return ascii.isEmpty() ? 'S' : ascii.toUpperCase(Locale.ROOT).charAt(0);
    }
}

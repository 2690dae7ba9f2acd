package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.check.Digits;
import io.piiscanner.testdata.text.Rnd;
import io.piiscanner.testdata.text.Sections;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * POSTAL_ADDRESS from the house number / street to the postal code / city, in US, UK, German,
 * French and Spanish conventions, on one line (comma separated) or several (signature style).
 * Variant "multiline" uses line breaks; "country" is the ISO code.
 */
public final class Addresses {
    private static final Sections PLACES = Sections.load("/io/piiscanner/testdata/common/places.txt");
    private static final String UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private Addresses() {
    }

    /** Countries with an address layout; other personas get one of these (they live abroad). */
    public static String countryFor(Random rnd, Country c) {
        return switch (c) {
            case US, CA -> "US";
            case GB, AU, IN, SG -> "GB";
            case DE, PL, NL -> "DE";
            case FR -> "FR";
            case ES, BR -> "ES";
            case IT -> Rnd.pick(rnd, "DE", "FR");
        };
    }

    public static Pii of(Random rnd, String country) {
        String[] lines = switch (country) {
            case "US" -> us(rnd);
            case "GB" -> uk(rnd);
            case "DE" -> de(rnd);
            case "FR" -> fr(rnd);
            default -> es(rnd);
        };
        String oneLine = String.join(", ", lines);
        String multi = String.join("\n", lines);
        return new Pii(Entity.POSTAL_ADDRESS, oneLine, Map.of("multiline", multi, "country", country));
    }

    private static String[] us(Random rnd) {
        String[] city = Rnd.pick(rnd, PLACES.get("us.city")).split("\\|");
        String number = Integer.toString(Rnd.chance(rnd, 0.7) ? Rnd.between(rnd, 100, 9999) : Rnd.between(rnd, 1, 99));
        String street = (Rnd.chance(rnd, 0.15) ? Rnd.pick(rnd, PLACES.get("us.dir")) + " " : "")
            + Rnd.pick(rnd, PLACES.get("us.street")) + " " + Rnd.pick(rnd, PLACES.get("us.suffix"));
        String zip = city[2] + (Rnd.chance(rnd, 0.12) ? "-" + Digits.random(rnd, 4) : "");
        String cityLine = city[0] + ", " + city[1] + " " + zip;
        if (Rnd.chance(rnd, 0.25)) {
            return new String[] {number + " " + street + ", " + Rnd.pick(rnd, PLACES.get("us.unit")), cityLine};
        }
        return new String[] {number + " " + street, cityLine};
    }

    private static String[] uk(Random rnd) {
        String[] city = Rnd.pick(rnd, PLACES.get("uk.city")).split("\\|");
        String postcode = city[1] + " " + rnd.nextInt(10) + UK_INWARD_LETTERS.charAt(rnd.nextInt(20))
            + UK_INWARD_LETTERS.charAt(rnd.nextInt(20));
        String street = Rnd.between(rnd, 1, 240) + " " + Rnd.pick(rnd, PLACES.get("uk.street")) + " "
            + Rnd.pick(rnd, PLACES.get("uk.suffix"));
        String town = Rnd.chance(rnd, 0.15) ? city[0].toUpperCase(Locale.ROOT) : city[0];
        if (Rnd.chance(rnd, 0.25)) {
            return new String[] {Rnd.pick(rnd, PLACES.get("uk.flat")), street, town, postcode};
        }
        return Rnd.chance(rnd, 0.5) ? new String[] {street, town, postcode} : new String[] {street, town + " " + postcode};
    }

    private static String[] de(Random rnd) {
        String[] city = Rnd.pick(rnd, PLACES.get("de.city")).split("\\|");
        String number = Rnd.between(rnd, 1, 180) + (Rnd.chance(rnd, 0.12) ? Rnd.pick(rnd, "a", "b", "c", " a") : "");
        return new String[] {Rnd.pick(rnd, PLACES.get("de.street")) + " " + number, city[0] + " " + city[1]};
    }

    private static String[] fr(Random rnd) {
        String[] city = Rnd.pick(rnd, PLACES.get("fr.city")).split("\\|");
        String number = Rnd.between(rnd, 1, 160) + (Rnd.chance(rnd, 0.08) ? Rnd.pick(rnd, " bis", " ter", "bis") : "");
        String street = number + (Rnd.chance(rnd, 0.2) ? ", " : " ") + Rnd.pick(rnd, PLACES.get("fr.street"));
        String town = Rnd.chance(rnd, 0.35) ? city[1].toUpperCase(Locale.ROOT) : city[1];
        if (Rnd.chance(rnd, 0.12)) {
            return new String[] {Rnd.pick(rnd, "Bâtiment B", "Appartement 12", "Résidence Les Pins", "Apt 4"), street,
                city[0] + " " + town};
        }
        return new String[] {street, city[0] + " " + town};
    }

    private static String[] es(Random rnd) {
        String[] city = Rnd.pick(rnd, PLACES.get("es.city")).split("\\|");
        String street = Rnd.pick(rnd, PLACES.get("es.street"));
        String num = Integer.toString(Rnd.between(rnd, 1, 220));
        String first = Rnd.chance(rnd, 0.5) ? street + " " + num : street + ", " + num;
        if (Rnd.chance(rnd, 0.5)) {
            first = first + ", " + Rnd.between(rnd, 1, 9) + "º " + Rnd.pick(rnd, "A", "B", "C", "D", "izda.", "dcha.");
        }
        return new String[] {first, city[0] + " " + city[1]};
    }
}

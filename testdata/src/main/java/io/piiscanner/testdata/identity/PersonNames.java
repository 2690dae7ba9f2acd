package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.text.Rnd;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * PERSON_NAME as CRMs and people write it: "First Last", "Last, First", "LAST First", all caps,
 * middle initials. Variants "given" and "surname" let a greeting use only part of the name.
 */
public final class PersonNames {
    private PersonNames() {
    }

    public static Pii of(Random rnd, Persona p) {
        String full = p.fullName();
        String text = switch (Rnd.weighted(rnd, 66, 9, 6, 5, 6, 4, 4)) {
            case 0 -> full;
            case 1 -> p.surnameFirst() ? full : p.surname() + ", " + p.given();
            case 2 -> full.toUpperCase(Locale.ROOT);
            case 3 -> p.surname().toUpperCase(Locale.ROOT) + " " + p.given();
            case 4 -> p.surnameFirst() ? full : p.given() + " " + Rnd.upper(rnd) + ". " + p.surname();
            case 5 -> p.surname().toUpperCase(Locale.ROOT) + ", " + p.given();
            default -> p.surnameFirst() ? full : p.given().charAt(0) + ". " + p.surname();
        };
        return new Pii(Entity.PERSON_NAME, text, Map.of(
            "given", p.given(),
            "surname", p.surname(),
            "full", full,
            "formal", full));
    }
}

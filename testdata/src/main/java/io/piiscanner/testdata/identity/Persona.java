package io.piiscanner.testdata.identity;

import java.time.LocalDate;

/** A synthetic person; every identifier of one text line is derived from the same persona. */
public record Persona(Country country, String culture, boolean female, String given, String surname,
                      LocalDate birthDate) {

    public String fullName() {
        return surnameFirst() ? surname + " " + given : given + " " + surname;
    }

    /** Chinese, Vietnamese, Korean and Japanese names are often written surname first. */
    public boolean surnameFirst() {
        return culture.equals("chinese") || culture.equals("vietnamese");
    }
}

package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.text.Rnd;
import java.time.LocalDate;
import java.util.Random;

/** Draws personas: country, name culture, gender, name and a birth date between 1940 and 2006. */
public final class PersonaFactory {
    private static final Country[] COUNTRIES = Country.values();
    private static final double[] COUNTRY_WEIGHTS = {30, 4, 12, 16, 13, 11, 4, 3, 2, 2, 3, 3, 1};

    private PersonaFactory() {
    }

    public static Country randomCountry(Random rnd) {
        return COUNTRIES[Rnd.weighted(rnd, COUNTRY_WEIGHTS)];
    }

    public static Persona create(Random rnd, Country country) {
        String[] cultures = country.cultureNames();
        String culture = cultures[Rnd.weighted(rnd, country.cultureWeights())];
        boolean female = rnd.nextBoolean();
        String given = Names.given(rnd, culture, female);
        String surname = Names.surname(rnd, culture);
        if (culture.equals("spanish") && Rnd.chance(rnd, 0.45)) {
            String second = Names.surname(rnd, culture);
            if (!second.equals(surname)) {
                surname = surname + " " + second;
            }
        }
        return new Persona(country, culture, female, given, surname, birthDate(rnd));
    }

    static LocalDate birthDate(Random rnd) {
        int year = Rnd.chance(rnd, 0.8) ? Rnd.between(rnd, 1958, 2001) : Rnd.between(rnd, 1940, 2006);
        LocalDate start = LocalDate.of(year, 1, 1);
        return start.plusDays(rnd.nextInt(start.lengthOfYear()));
    }
}

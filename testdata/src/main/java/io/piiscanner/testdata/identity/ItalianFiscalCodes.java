package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.check.Digits;
import io.piiscanner.testdata.check.ItalianCheckChar;
import io.piiscanner.testdata.text.Rnd;
import io.piiscanner.testdata.text.Sections;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/** Codice fiscale derived from the persona's name, sex, birth date and a Belfiore place code. */
public final class ItalianFiscalCodes {
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final Sections PLACES = Sections.load("/io/piiscanner/testdata/common/places.txt");

    private ItalianFiscalCodes() {
    }

    public static Pii of(Random rnd, Persona p) {
        LocalDate b = p.birthDate();
        String body = surnameCode(p.surname()) + givenCode(p.given()) + Digits.pad(b.getYear() % 100, 2)
            + MONTHS.charAt(b.getMonthValue() - 1) + Digits.pad(b.getDayOfMonth() + (p.female() ? 40 : 0), 2)
            + Rnd.pick(rnd, PLACES.get("it.belfiore"));
        String code = body + ItalianCheckChar.compute(body);
        return Pii.of(Entity.IT_FISCAL_CODE, Rnd.chance(rnd, 0.04) ? code.toLowerCase(Locale.ROOT) : code);
    }

    static String surnameCode(String surname) {
        String s = letters(surname);
        return (consonants(s) + vowels(s) + "XXX").substring(0, 3);
    }

    static String givenCode(String given) {
        String s = letters(given);
        String c = consonants(s);
        if (c.length() >= 4) {
            return "" + c.charAt(0) + c.charAt(2) + c.charAt(3);
        }
        return (c + vowels(s) + "XXX").substring(0, 3);
    }

    private static String letters(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
    }

    private static String consonants(String s) {
        return s.replaceAll("[AEIOU]", "");
    }

    private static String vowels(String s) {
        return s.replaceAll("[^AEIOU]", "");
    }
}

package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.check.Digits;
import io.piiscanner.testdata.check.Luhn;
import io.piiscanner.testdata.check.NationalCheckDigits;
import io.piiscanner.testdata.check.Verhoeff;
import io.piiscanner.testdata.text.Rnd;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

/** CA_SIN, BR_CPF, IN_AADHAAR, IN_PAN, AU_TFN and SG_NRIC. */
public final class OtherNationalIds {
    private static final String PAN_HOLDER_TYPES = "PPPPPPPPPPPPCHFATBLJG";

    private OtherNationalIds() {
    }

    /** First digit by province of registration (1-7); 9 would be a temporary resident. */
    public static Pii caSin(Random rnd) {
        String d;
        do {
            String payload = Rnd.between(rnd, 1, 7) + Digits.random(rnd, 7);
            d = payload + Luhn.checkDigit(payload);
        } while (d.equals("046454286"));
        String text = switch (Rnd.weighted(rnd, 50, 30, 20)) {
            case 0 -> Digits.group(d, " ", 3, 3, 3);
            case 1 -> Digits.group(d, "-", 3, 3, 3);
            default -> d;
        };
        return Pii.of(Entity.CA_SIN, text);
    }

    public static Pii brCpf(Random rnd) {
        String base;
        do {
            base = Digits.random(rnd, 9);
        } while (base.chars().distinct().count() == 1);
        String d = base + NationalCheckDigits.cpfCheckDigits(base);
        String text = Rnd.chance(rnd, 0.75)
            ? d.substring(0, 3) + "." + d.substring(3, 6) + "." + d.substring(6, 9) + "-" + d.substring(9)
            : d;
        return Pii.of(Entity.BR_CPF, text);
    }

    public static Pii aadhaar(Random rnd) {
        String payload = Rnd.between(rnd, 2, 9) + Digits.random(rnd, 10);
        String d = payload + Verhoeff.checkDigit(payload);
        String text = switch (Rnd.weighted(rnd, 70, 22, 8)) {
            case 0 -> Digits.group(d, " ", 4, 4, 4);
            case 1 -> d;
            default -> Digits.group(d, "-", 4, 4, 4);
        };
        return Pii.of(Entity.IN_AADHAAR, text);
    }

    /** AAAAA9999A: 4th letter = holder type, 5th = initial of surname (individuals) or name. */
    public static Pii inPan(Random rnd, Persona p) {
        char type = PAN_HOLDER_TYPES.charAt(rnd.nextInt(PAN_HOLDER_TYPES.length()));
        char fifth = type == 'P' ? initial(p.surname()) : Rnd.upper(rnd);
        String text = "" + Rnd.upper(rnd) + Rnd.upper(rnd) + Rnd.upper(rnd) + type + fifth
            + Digits.pad(Rnd.between(rnd, 1, 9999), 4) + Rnd.upper(rnd);
        return Pii.of(Entity.IN_PAN, text);
    }

    public static Pii auTfn(Random rnd) {
        while (true) {
            String first8 = Rnd.between(rnd, 1, 9) + Digits.random(rnd, 7);
            int c = NationalCheckDigits.tfnCheckDigit(first8);
            if (c < 0 || (first8 + c).equals("123456782")) {
                continue;
            }
            String d = first8 + c;
            return Pii.of(Entity.AU_TFN, Rnd.chance(rnd, 0.6) ? Digits.group(d, " ", 3, 3, 3) : d);
        }
    }

    /** S/T for citizens born before/after 2000 (digits 2-3 = birth year), F/G for foreigners. */
    public static Pii sgNric(Random rnd, Persona p) {
        char prefix;
        String seven;
        if (Rnd.chance(rnd, 0.78)) {
            int year = p.birthDate().getYear();
            prefix = year >= 2000 ? 'T' : 'S';
            seven = year >= 1968 ? Digits.pad(year % 100, 2) + Digits.random(rnd, 5) : Rnd.between(rnd, 0, 1)
                + Digits.random(rnd, 6);
        } else {
            prefix = Rnd.pick(rnd, 'F', 'G', 'G');
            seven = Digits.random(rnd, 7);
        }
        String text = prefix + seven + NationalCheckDigits.nricLetter(prefix, seven);
        return Pii.of(Entity.SG_NRIC, text);
    }

    private static char initial(String surname) {
        String ascii = Normalizer.normalize(surname, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
        return ascii.isEmpty() ? 'K' : ascii.toUpperCase(Locale.ROOT).charAt(0);
    }
}

package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.check.Digits;
import io.piiscanner.testdata.check.Iso7064Mod11_10;
import io.piiscanner.testdata.check.NationalCheckDigits;
import io.piiscanner.testdata.text.Rnd;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** UK_NINO, UK_NHS, DE_TAX_ID, FR_NIR, ES_NIF, NL_BSN and PL_PESEL. */
public final class EuropeanIds {
    private static final String NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ";
    private static final String NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ";
    private static final List<String> NINO_BANNED = List.of("BG", "GB", "NK", "KN", "TN", "NT", "ZZ");

    private EuropeanIds() {
    }

    public static Pii nino(Random rnd) {
        String prefix;
        do {
            prefix = "" + NINO_FIRST.charAt(rnd.nextInt(NINO_FIRST.length()))
                + NINO_SECOND.charAt(rnd.nextInt(NINO_SECOND.length()));
        } while (NINO_BANNED.contains(prefix));
        String digits = Digits.random(rnd, 6);
        char suffix = "ABCD".charAt(rnd.nextInt(4));
        String text = switch (Rnd.weighted(rnd, 40, 48, 8, 4)) {
            case 0 -> prefix + " " + Digits.group(digits, " ", 2, 2, 2) + " " + suffix;
            case 1 -> prefix + digits + suffix;
            case 2 -> prefix + " " + digits + " " + suffix;
            default -> prefix + digits + " " + suffix;
        };
        return Pii.of(Entity.UK_NINO, text);
    }

    public static Pii nhs(Random rnd) {
        while (true) {
            String first9 = Rnd.pick(rnd, "4", "4", "6", "7") + Digits.random(rnd, 8);
            int c = NationalCheckDigits.nhsCheckDigit(first9);
            if (c < 0) {
                continue;
            }
            String d = first9 + c;
            String text = switch (Rnd.weighted(rnd, 70, 20, 10)) {
                case 0 -> Digits.group(d, " ", 3, 3, 4);
                case 1 -> d;
                default -> Digits.group(d, "-", 3, 3, 4);
            };
            return Pii.of(Entity.UK_NHS, text);
        }
    }

    public static Pii deTaxId(Random rnd) {
        String first10 = deTaxDigits(rnd);
        String d = first10 + Iso7064Mod11_10.checkDigit(first10);
        String text = Rnd.chance(rnd, 0.6) ? d : Digits.group(d, " ", 2, 3, 3, 3);
        return Pii.of(Entity.DE_TAX_ID, text);
    }

    private static String deTaxDigits(Random rnd) {
        while (true) {
            List<Integer> digits = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
            Collections.shuffle(digits, rnd);
            boolean triple = Rnd.chance(rnd, 0.2);
            List<Integer> chosen = new ArrayList<>(digits.subList(0, triple ? 8 : 9));
            int rep = chosen.get(0);
            chosen.add(rep);
            if (triple) {
                chosen.add(rep);
            }
            Collections.shuffle(chosen, rnd);
            StringBuilder b = new StringBuilder();
            chosen.forEach(b::append);
            if (NationalCheckDigits.deTaxIdDigitRule(b.toString())) {
                return b.toString();
            }
        }
    }

    public static Pii frNir(Random rnd, Persona p) {
        LocalDate b = p.birthDate();
        int dept = Rnd.chance(rnd, 0.05) ? 99 : Rnd.between(rnd, 1, 95);
        if (dept == 20) {
            dept = 21;
        }
        String first13 = (p.female() ? "2" : "1") + Digits.pad(b.getYear() % 100, 2) + Digits.pad(b.getMonthValue(), 2)
            + Digits.pad(dept, 2) + Digits.pad(Rnd.between(rnd, 1, 990), 3) + Digits.pad(Rnd.between(rnd, 1, 999), 3);
        String d = first13 + Digits.pad(NationalCheckDigits.nirKey(first13), 2);
        String text = switch (Rnd.weighted(rnd, 58, 34, 8)) {
            case 0 -> Digits.group(d, " ", 1, 2, 2, 2, 3, 3, 2);
            case 1 -> d;
            default -> d.substring(0, 13) + " " + d.substring(13);
        };
        return Pii.of(Entity.FR_NIR, text);
    }

    public static Pii esNif(Random rnd) {
        if (Rnd.chance(rnd, 0.75)) {
            String n = Digits.pad(Rnd.between(rnd, 1_000_000, 79_999_999), 8);
            char l = NationalCheckDigits.nifLetter(n);
            String text = switch (Rnd.weighted(rnd, 62, 24, 14)) {
                case 0 -> n + l;
                case 1 -> n + "-" + l;
                default -> n.substring(0, 2) + "." + n.substring(2, 5) + "." + n.substring(5) + "-" + l;
            };
            return Pii.of(Entity.ES_NIF, text);
        }
        char prefix = Rnd.pick(rnd, 'X', 'Y', 'Y', 'Z');
        String seven = Digits.random(rnd, 7);
        char l = NationalCheckDigits.nifLetter("XYZ".indexOf(prefix) + seven);
        String text = Rnd.chance(rnd, 0.7) ? prefix + seven + l : prefix + "-" + seven + "-" + l;
        return Pii.of(Entity.ES_NIF, text);
    }

    public static Pii nlBsn(Random rnd) {
        while (true) {
            String first8 = Rnd.between(rnd, 1, 6) + Digits.random(rnd, 7);
            int c = NationalCheckDigits.bsnCheckDigit(first8);
            if (c < 0) {
                continue;
            }
            String d = first8 + c;
            String text = switch (Rnd.weighted(rnd, 75, 15, 10)) {
                case 0 -> d;
                case 1 -> d.substring(0, 4) + "." + d.substring(4, 6) + "." + d.substring(6);
                default -> Digits.group(d, " ", 3, 3, 3);
            };
            return Pii.of(Entity.NL_BSN, text);
        }
    }

    public static Pii plPesel(Random rnd, Persona p) {
        LocalDate b = p.birthDate();
        int month = b.getMonthValue() + (b.getYear() >= 2000 ? 20 : 0);
        int sexDigit = 2 * rnd.nextInt(5) + (p.female() ? 0 : 1);
        String first10 = Digits.pad(b.getYear() % 100, 2) + Digits.pad(month, 2) + Digits.pad(b.getDayOfMonth(), 2)
            + Digits.random(rnd, 3) + sexDigit;
        return Pii.of(Entity.PL_PESEL, first10 + NationalCheckDigits.peselCheckDigit(first10));
    }
}

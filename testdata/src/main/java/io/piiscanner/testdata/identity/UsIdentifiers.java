package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.check.Digits;
import io.piiscanner.testdata.check.Luhn;
import io.piiscanner.testdata.check.NationalCheckDigits;
import io.piiscanner.testdata.text.Rnd;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** US_SSN, US_ITIN, US_PASSPORT, US_BANK_ACCOUNT and ABA_ROUTING. */
public final class UsIdentifiers {
    /** Values published in advertising or documentation; never generated as real SSNs. */
    public static final List<String> PUBLISHED_SSNS = List.of("078051120", "219099999", "123456789", "457555462");
    /** ITIN group ranges (middle two digits). */
    private static final int[][] ITIN_GROUPS = {{50, 65}, {70, 88}, {90, 92}, {94, 99}};
    /** Federal Reserve routing symbol prefixes: 01-12 banks, 21-32 thrifts, 61-72 electronic, 80 traveler's checks. */
    private static final int[][] ABA_PREFIXES = {{1, 12}, {21, 32}, {61, 72}, {80, 80}};

    private UsIdentifiers() {
    }

    public static Pii ssn(Random rnd) {
        String d;
        do {
            int area = Rnd.between(rnd, 1, 899);
            if (area == 666) {
                continue;
            }
            d = Digits.pad(area, 3) + Digits.pad(Rnd.between(rnd, 1, 99), 2) + Digits.pad(Rnd.between(rnd, 1, 9999), 4);
            if (!PUBLISHED_SSNS.contains(d)) {
                return Pii.of(Entity.US_SSN, formatSsnLike(rnd, d, 76, 9, 15));
            }
        } while (true);
    }

    public static Pii itin(Random rnd) {
        int[] range = ITIN_GROUPS[Rnd.weighted(rnd, 16, 19, 3, 6)];
        String d = "9" + Digits.random(rnd, 2) + Digits.pad(Rnd.between(rnd, range[0], range[1]), 2)
            + Digits.pad(Rnd.between(rnd, 1, 9999), 4);
        return Pii.of(Entity.US_ITIN, formatSsnLike(rnd, d, 82, 6, 12));
    }

    private static String formatSsnLike(Random rnd, String d, double dashes, double spaces, double plain) {
        return switch (Rnd.weighted(rnd, dashes, spaces, plain)) {
            case 0 -> Digits.group(d, "-", 3, 2, 4);
            case 1 -> Digits.group(d, " ", 3, 2, 4);
            default -> d;
        };
    }

    /** Older books: 9 digits; next-generation books (2021+): one letter and 8 digits. */
    public static Pii passport(Random rnd) {
        String text = Rnd.chance(rnd, 0.55)
            ? Digits.randomNoLeadingZero(rnd, 9)
            : Rnd.upper(rnd) + Digits.randomNoLeadingZero(rnd, 8);
        return Pii.of(Entity.US_PASSPORT, text);
    }

    public static Pii routing(Random rnd) {
        int[] range = ABA_PREFIXES[Rnd.weighted(rnd, 70, 20, 8, 2)];
        String first8 = Digits.pad(Rnd.between(rnd, range[0], range[1]), 2) + Digits.random(rnd, 6);
        return new Pii(Entity.ABA_ROUTING, first8 + NationalCheckDigits.abaCheckDigit(first8), Map.of());
    }

    /** 8-17 digits; never Luhn-valid at card lengths and never an ABA-valid 9-digit string. */
    public static Pii bankAccount(Random rnd) {
        while (true) {
            int len = Rnd.pick(rnd, 8, 9, 10, 10, 10, 11, 12, 12, 12, 13, 14, 15, 16, 17);
            String d = Digits.randomNoLeadingZero(rnd, len);
            if (len >= 13 && Luhn.isValid(d)) {
                continue;
            }
            if (len == 9 && NationalCheckDigits.abaValid(d)) {
                continue;
            }
            String text = Rnd.chance(rnd, 0.06) && len >= 10 ? d.substring(0, 4) + "-" + d.substring(4) : d;
            return Pii.of(Entity.US_BANK_ACCOUNT, text);
        }
    }
}

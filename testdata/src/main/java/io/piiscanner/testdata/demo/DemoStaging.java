package io.piiscanner.testdata.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded synthetic staging data for {@code ./scanner demo}: customer rows with known PII (e-mail, phone,
 * US SSN, card number with a valid Luhn digit) and a country/state, plus free-text notes. The same seed
 * always yields the same rows, so the demo's counts are reproducible.
 */
public final class DemoStaging {

    private static final String[] FIRST = {"Ana", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas"};
    private static final String[] LAST = {"Keller", "Moreau", "Garcia", "Smith", "Novak", "Okafor", "Rossi", "Tanaka", "Weber", "Young"};
    private static final String[][] PLACES = {{"USA", "CA"}, {"USA", "NY"}, {"USA", "TX"}, {"Germany", ""}, {"France", ""}, {"United Kingdom", ""}};

    /** One synthetic customer. Values are fake but shaped (and check-digited) like real ones. */
    public record Customer(int id, String name, String email, String phone, String ssn, String card, String country,
                           String state, String note) {
    }

    private DemoStaging() {
    }

    public static List<Customer> customers(long seed, int n) {
        Random r = new Random(seed);
        List<Customer> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String first = FIRST[r.nextInt(FIRST.length)];
            String last = LAST[r.nextInt(LAST.length)];
            String[] place = PLACES[r.nextInt(PLACES.length)];
            String email = (first + "." + last + i).toLowerCase() + "@example.com";
            String phone = "+1 415 555 " + String.format("%04d", r.nextInt(10000));
            // SSA rules: area 001-665 (not 666), group 01-99, serial 0001-9999
            String ssn = String.format("%03d-%02d-%04d", 100 + r.nextInt(500), 1 + r.nextInt(98), 1 + r.nextInt(9998));
            String card = luhn("4" + digits(r, 14));
            String note = r.nextBoolean() ? "Customer asked to update card on file, call back at " + phone
                    : "Order shipped, tracking 1Z" + digits(r, 10);
            out.add(new Customer(i, first + " " + last, email, phone, ssn, card, place[0], place[1], note));
        }
        return out;
    }

    private static String digits(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(r.nextInt(10));
        }
        return sb.toString();
    }

    /** Appends the Luhn check digit. */
    static String luhn(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return body + ((10 - sum % 10) % 10);
    }
}

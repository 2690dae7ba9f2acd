package io.piiscanner.testdata.identity;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.text.Rnd;
import java.util.Map;
import java.util.Random;

/**
 * PASSWORD values the way people and admins choose them: season+year+symbol, football clubs,
 * leetspeak, generated strong strings, passphrases. Never contains spaces, quotes, backslashes,
 * or a trailing '.', ',' or ')' (so the gold boundary is unambiguous). Variant "url" is a value
 * safe inside URL userinfo and query strings.
 */
public final class Passwords {
    private static final String[] WORDS = {"Summer", "Winter", "Sommer", "Herbst", "Soleil", "Verano", "Primavera",
        "Welcome", "Willkommen", "Bienvenue", "Password", "Passwort", "Motdepasse", "Contrasena", "Bayern",
        "Schalke", "Barcelona", "Madrid", "Arsenal", "Liverpool", "Dragon", "Monkey", "Sunshine", "Princess",
        "Hamburg", "Paris", "Sevilla", "Firebird", "Galaxy", "Tigger", "Chocolate", "Football", "Baseball",
        "Company", "Spring", "Autumn", "Marseille", "Betis", "Eintracht", "Charlie", "Buster", "Maggie"};
    private static final String SYMBOLS = "!#$%*?&+=@^~";
    private static final String URL_SYMBOLS = "!$*-_~+";
    private static final String STRONG = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final String[] PASSPHRASE = {"blue", "river", "lamp", "tiger", "coffee", "orbit", "maple",
        "stone", "cloud", "pepper", "violet", "rocket", "harbor", "velvet", "falcon", "ember"};

    private Passwords() {
    }

    public static Pii of(Random rnd) {
        String value = ensureEnd(rnd, generate(rnd, SYMBOLS));
        String url = ensureEnd(rnd, generate(rnd, URL_SYMBOLS));
        return new Pii(Entity.PASSWORD, value, Map.of("url", url));
    }

    private static String generate(Random rnd, String symbols) {
        String sym = "" + symbols.charAt(rnd.nextInt(symbols.length()));
        return switch (Rnd.weighted(rnd, 30, 12, 14, 24, 8, 12)) {
            case 0 -> Rnd.pick(rnd, WORDS) + Rnd.between(rnd, 2015, 2025) + sym;
            case 1 -> Rnd.pick(rnd, WORDS) + sym + Rnd.between(rnd, 1, 99);
            case 2 -> leet(Rnd.pick(rnd, WORDS)) + Rnd.between(rnd, 1, 999) + sym;
            case 3 -> strong(rnd, Rnd.between(rnd, 10, 18), symbols);
            case 4 -> Rnd.pick(rnd, PASSPHRASE) + "-" + Rnd.pick(rnd, PASSPHRASE) + "-" + Rnd.between(rnd, 10, 99)
                + "-" + Rnd.pick(rnd, PASSPHRASE);
            default -> Rnd.alnum(rnd, 1, "ABCDEFGHJKLMNPRSTUVWXYZ") + Rnd.alnum(rnd, Rnd.between(rnd, 5, 8),
                "abcdefghijkmnopqrstuvwxyz") + Rnd.between(rnd, 10, 9999) + sym;
        };
    }

    private static String leet(String w) {
        return w.replace('a', '@').replace('o', '0').replace('e', '3').replace('i', '1').replace('s', '$');
    }

    private static String strong(Random rnd, int n, String symbols) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(Rnd.chance(rnd, 0.18) ? symbols.charAt(rnd.nextInt(symbols.length()))
                : STRONG.charAt(rnd.nextInt(STRONG.length())));
        }
        return b.toString();
    }

    private static String ensureEnd(Random rnd, String p) {
        char last = p.charAt(p.length() - 1);
        if (last == '.' || last == ',' || last == ')' || last == '?' || last == '&') {
            return p.substring(0, p.length() - 1) + rnd.nextInt(10);
        }
        return p;
    }
}

package io.piiscanner.testdata.text;

import java.util.List;
import java.util.Random;

/** Picking helpers around one seeded {@link Random}; never uses any other source of randomness. */
public final class Rnd {
    private Rnd() {
    }

    public static <T> T pick(Random rnd, List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    @SafeVarargs
    public static <T> T pick(Random rnd, T... items) {
        return items[rnd.nextInt(items.length)];
    }

    public static boolean chance(Random rnd, double p) {
        return rnd.nextDouble() < p;
    }

    public static int between(Random rnd, int lo, int hiInclusive) {
        return lo + rnd.nextInt(hiInclusive - lo + 1);
    }

    /** Index chosen with the given (not necessarily normalised) weights. */
    public static int weighted(Random rnd, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    public static char upper(Random rnd) {
        return (char) ('A' + rnd.nextInt(26));
    }

    public static String alnum(Random rnd, int n, String alphabet) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}

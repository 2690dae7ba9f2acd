package io.piiscanner.batch.config;

/**
 * Full scan (exact counts, the default during an incident) or triage: the first {@code firstN} rows of each
 * table/file, or a random {@code fraction} of each table where the database has TABLESAMPLE (PostgreSQL);
 * elsewhere a fraction falls back to first-N of (fraction x rows). Reports carry the rate and estimates.
 */
public record Sampling(Mode mode, long firstN, double fraction) {

    public enum Mode { FULL, FIRST_N, FRACTION }

    public static final Sampling FULL = new Sampling(Mode.FULL, 0, 1.0);

    public Sampling {
        if (mode == Mode.FIRST_N && firstN < 1) {
            throw new IllegalArgumentException("sampling first N must be at least 1");
        }
        if (mode == Mode.FRACTION && (fraction <= 0 || fraction > 1)) {
            throw new IllegalArgumentException("sampling fraction must be in (0, 1]");
        }
    }

    public static Sampling firstN(long n) {
        return new Sampling(Mode.FIRST_N, n, 1.0);
    }

    public static Sampling fraction(double f) {
        return new Sampling(Mode.FRACTION, 0, f);
    }

    public boolean isFull() {
        return mode == Mode.FULL;
    }

    @Override
    public String toString() {
        return switch (mode) {
            case FULL -> "full";
            case FIRST_N -> "first " + firstN;
            case FRACTION -> "fraction " + fraction;
        };
    }
}

package io.piiscanner.core.eval;

/**
 * Counts and rates for one entity (or the micro average). Overlap matching: a prediction is a true positive
 * when it overlaps an unmatched gold span of the same entity. Exact matching: offsets must be equal.
 */
public record EntityScore(long tp, long fp, long fn, long exactTp, long exactFp, long exactFn) {

    public static final EntityScore ZERO = new EntityScore(0, 0, 0, 0, 0, 0);

    public EntityScore plus(EntityScore o) {
        return new EntityScore(tp + o.tp, fp + o.fp, fn + o.fn, exactTp + o.exactTp, exactFp + o.exactFp, exactFn + o.exactFn);
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public double exactPrecision() {
        return ratio(exactTp, exactTp + exactFp);
    }

    public double exactRecall() {
        return ratio(exactTp, exactTp + exactFn);
    }

    public double exactF1() {
        return f1(exactPrecision(), exactRecall());
    }

    /** A rate with nothing to count (no gold and no prediction) is 1: nothing was missed or invented. */
    private static double ratio(long num, long den) {
        return den == 0 ? 1.0 : (double) num / den;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

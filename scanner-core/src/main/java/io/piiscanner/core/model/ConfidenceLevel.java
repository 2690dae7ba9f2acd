package io.piiscanner.core.model;

/**
 * Named bands over a finding's confidence score in [0, 1].
 *
 * <ul>
 *   <li>{@link #LOW} (&lt; 0.40): shape only, no checksum and no supporting context. Not reported by default.</li>
 *   <li>{@link #MEDIUM} (0.40 to 0.70): shape plus one weak signal (a checksum with a high chance rate, or context alone).</li>
 *   <li>{@link #HIGH} (0.70 to 0.90): a checksum-validated identifier, or a shape match with supporting context or field hint.</li>
 *   <li>{@link #VERY_HIGH} (&ge; 0.90): a validated identifier with supporting context or field metadata.</li>
 * </ul>
 */
public enum ConfidenceLevel {
    LOW(0.0), MEDIUM(0.40), HIGH(0.70), VERY_HIGH(0.90);

    private final double lowerBound;

    ConfidenceLevel(double lowerBound) {
        this.lowerBound = lowerBound;
    }

    public double lowerBound() {
        return lowerBound;
    }

    public static ConfidenceLevel of(double score) {
        if (score >= VERY_HIGH.lowerBound) return VERY_HIGH;
        if (score >= HIGH.lowerBound) return HIGH;
        if (score >= MEDIUM.lowerBound) return MEDIUM;
        return LOW;
    }
}

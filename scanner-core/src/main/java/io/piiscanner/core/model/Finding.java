package io.piiscanner.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One detected identifier. It carries where it is (field, span), what it is (entity), how sure we are
 * (confidence in [0, 1]), which rule found it, a masked preview and a keyed fingerprint (HMAC-SHA256 of
 * the normalised value), so equal values can be counted as one without keeping them.
 *
 * <p>The raw value is present only when the scanner was built with {@code includeRawValues(true)}; it is
 * never part of {@link #toString()}.
 *
 * @param entity      canonical entity name (see ENTITIES.md), e.g. {@code EMAIL}
 * @param field       field name for record scans, {@code null} for plain text
 * @param start       start offset in the field value or text, UTF-16 index, inclusive
 * @param end         end offset, exclusive
 * @param confidence  score in [0, 1]; see {@link ConfidenceLevel}
 * @param detectorId  id of the rule (and pattern) that produced it, e.g. {@code us-ssn/dashed}
 * @param maskedPreview a preview that keeps only the characters the rule allows (e.g. last four digits)
 * @param fingerprint lowercase hex HMAC-SHA256 of the normalised value under the scanner's key
 * @param testData    true when the value is a known test value (e.g. a card network's reserved test PAN)
 * @param explanation how the score came about (pattern score, checksum, context word, field hint); no raw data
 */
public record Finding(String entity, String field, int start, int end, double confidence, String detectorId,
                      String maskedPreview, String fingerprint, boolean testData, String explanation,
                      String rawValueIfRequested) {

    public Finding {
        Objects.requireNonNull(entity, "entity");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public ConfidenceLevel level() {
        return ConfidenceLevel.of(confidence);
    }

    public int length() {
        return end - start;
    }

    /** The raw value, only if the scanner was explicitly asked to keep raw values. */
    public Optional<String> rawValue() {
        return Optional.ofNullable(rawValueIfRequested);
    }

    /**
     * The same finding moved by {@code offset} characters into a larger text, for a finding made in a part of
     * it (a table cell), with the larger text's field ({@code null} for free text) and {@code note} appended
     * to the explanation.
     */
    public Finding inText(int offset, String textField, String note) {
        return new Finding(entity, textField, start + offset, end + offset, confidence, detectorId, maskedPreview,
                fingerprint, testData, explanation + note, rawValueIfRequested);
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    /** Safe to log: no raw value, ever. */
    @Override
    public String toString() {
        return "Finding[" + entity + (field == null ? "" : " in " + field) + " @" + start + ".." + end
                + " conf=" + String.format(java.util.Locale.ROOT, "%.2f", confidence) + " (" + level() + ")"
                + " by " + detectorId + " preview=" + maskedPreview + " fp=" + shortFingerprint()
                + (testData ? " testData" : "") + "]";
    }

    private String shortFingerprint() {
        return fingerprint == null ? "-" : fingerprint.substring(0, Math.min(12, fingerprint.length()));
    }
}

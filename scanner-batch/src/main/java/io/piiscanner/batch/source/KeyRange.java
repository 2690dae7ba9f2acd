package io.piiscanner.batch.source;

/**
 * A slice of a table by a single integer primary key, {@code lo <= key < hi}, or of a Salesforce object by
 * record Id, {@code loKey <= Id < hiKey}; null bounds are open. Files and tables that are not split have one
 * {@link #ALL} range.
 */
public record KeyRange(Long lo, Long hi, String loKey, String hiKey) {

    public static final KeyRange ALL = new KeyRange(null, null);

    public KeyRange(Long lo, Long hi) {
        this(lo, hi, null, null);
    }

    /** A range of text keys (Salesforce Ids: letters and digits only). */
    public static KeyRange ofKeys(String loKey, String hiKey) {
        return new KeyRange(null, null, loKey, hiKey);
    }

    public boolean isAll() {
        return lo == null && hi == null && loKey == null && hiKey == null;
    }

    @Override
    public String toString() {
        if (loKey != null || hiKey != null) {
            return "[" + (loKey == null ? "" : loKey) + ".." + (hiKey == null ? "" : hiKey) + ")";
        }
        return isAll() ? "all" : "[" + (lo == null ? "" : lo) + ".." + (hi == null ? "" : hi) + ")";
    }
}

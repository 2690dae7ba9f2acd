package io.piiscanner.batch.source;

/**
 * A slice of a table by a single integer primary key, {@code lo <= key < hi}; null bounds are open. Files
 * and tables that are not split have one {@link #ALL} range.
 */
public record KeyRange(Long lo, Long hi) {

    public static final KeyRange ALL = new KeyRange(null, null);

    public boolean isAll() {
        return lo == null && hi == null;
    }

    @Override
    public String toString() {
        return isAll() ? "all" : "[" + (lo == null ? "" : lo) + ".." + (hi == null ? "" : hi) + ")";
    }
}

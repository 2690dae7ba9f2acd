package io.piiscanner.batch.source.file;

import java.util.Arrays;
import java.util.List;

/**
 * A container name for a file: its path relative to the scanned folder, with {@code !/} entering an
 * archive member ({@code exports/batch.zip!/customers.csv}). The last segment's name decides the format; a
 * {@code .gz} suffix is stripped for that.
 */
public record FileLocator(List<String> segments) {

    public static final String ARCHIVE_SEPARATOR = "!/";

    public static FileLocator parse(String name) {
        return new FileLocator(Arrays.asList(name.split("!/", -1)));
    }

    public String name() {
        return String.join(ARCHIVE_SEPARATOR, segments);
    }

    public int depth() {
        return segments.size() - 1;
    }

    /** The innermost file's name without a trailing .gz, lower-cased: {@code customers.csv}. */
    public String formatName() {
        String last = segments.get(segments.size() - 1);
        int slash = last.lastIndexOf('/');
        String file = (slash >= 0 ? last.substring(slash + 1) : last).toLowerCase(java.util.Locale.ROOT);
        return file.endsWith(".gz") ? file.substring(0, file.length() - 3) : file;
    }

    public boolean isGzip() {
        return segments.get(segments.size() - 1).toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
    }
}

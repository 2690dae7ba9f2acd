package io.piiscanner.batch.config;

/**
 * Safety limits for reading untrusted data: a leak store is exactly where hostile or broken files turn up.
 *
 * @param maxFileBytes      files larger than this are skipped (reported in coverage)
 * @param maxValueChars     a single value (cell, LOB, line) is cut to this many characters before scanning
 * @param maxArchiveDepth   nesting depth of archives (a zip in a zip is depth 2)
 * @param maxExpansionRatio uncompressed/compressed ratio beyond which an archive member is a suspected bomb
 * @param maxExpandedBytes  total bytes one archive member may expand to
 * @param pageSize          rows per keyset page for JDBC reads
 * @param partitionRows     tables with more rows than this are split into key ranges
 * @param chunkSize         records per chunk (transaction) in the scan step
 */
public record Limits(long maxFileBytes, int maxValueChars, int maxArchiveDepth, double maxExpansionRatio,
                     long maxExpandedBytes, int pageSize, long partitionRows, int chunkSize) {

    /** Keyset pages and chunks of 2,000 rows: a chunk costs a handful of statements in the store whatever its size. */
    public static final Limits DEFAULTS = new Limits(2L << 30, 1 << 20, 3, 100.0, 1L << 30, 2000, 200_000, 2000);

    public Limits {
        if (maxValueChars < 16 || pageSize < 1 || chunkSize < 1 || maxArchiveDepth < 0 || partitionRows < 1) {
            throw new IllegalArgumentException("limits out of range");
        }
    }

    public Limits withMaxValueChars(int n) {
        return new Limits(maxFileBytes, n, maxArchiveDepth, maxExpansionRatio, maxExpandedBytes, pageSize,
                partitionRows, chunkSize);
    }

    public Limits withMaxFileBytes(long n) {
        return new Limits(n, maxValueChars, maxArchiveDepth, maxExpansionRatio, maxExpandedBytes, pageSize,
                partitionRows, chunkSize);
    }

    public Limits withPartitionRows(long n) {
        return new Limits(maxFileBytes, maxValueChars, maxArchiveDepth, maxExpansionRatio, maxExpandedBytes, pageSize,
                n, chunkSize);
    }

    public Limits withPageAndChunk(int page, int chunk) {
        return new Limits(maxFileBytes, maxValueChars, maxArchiveDepth, maxExpansionRatio, maxExpandedBytes, page,
                partitionRows, chunk);
    }
}

package io.piiscanner.batch.source.file;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes coming out of a decompressor and stops when they exceed an absolute cap, or a ratio of
 * the compressed size (beyond a 1 MB allowance, so tiny highly compressible files are not flagged). This is
 * what turns a zip bomb into a coverage line instead of a full disk or an OutOfMemoryError.
 */
final class ExpansionGuard extends FilterInputStream {

    private static final long RATIO_ALLOWANCE = 1L << 20;

    private final String what;
    private final long compressedSize;
    private final double maxRatio;
    private final long maxBytes;
    private long produced;

    ExpansionGuard(InputStream in, String what, long compressedSize, double maxRatio, long maxBytes) {
        super(in);
        this.what = what;
        this.compressedSize = Math.max(1, compressedSize);
        this.maxRatio = maxRatio;
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(long n) throws LimitExceededException {
        produced += n;
        if (produced > maxBytes) {
            throw new LimitExceededException(what + " expands beyond " + maxBytes + " bytes (suspected archive bomb)");
        }
        if (produced > RATIO_ALLOWANCE && produced > compressedSize * maxRatio) {
            throw new LimitExceededException(what + " expansion ratio exceeds " + (long) maxRatio
                    + ":1 (suspected archive bomb)");
        }
    }
}

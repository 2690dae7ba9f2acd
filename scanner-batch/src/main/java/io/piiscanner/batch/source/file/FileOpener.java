package io.piiscanner.batch.source.file;

import io.piiscanner.batch.config.Limits;

import java.io.BufferedInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Opens a {@link FileLocator} below a root folder as a stream: plain files directly, archive members by
 * streaming through each enclosing zip, {@code .gz} through a decompressor. Every decompressing step is
 * wrapped in an {@link ExpansionGuard}, so limits hold however deep the nesting.
 */
public final class FileOpener {

    private final Path root;
    private final Limits limits;

    public FileOpener(Path root, Limits limits) {
        this.root = root;
        this.limits = limits;
    }

    public InputStream open(FileLocator loc) throws IOException {
        if (loc.depth() > limits.maxArchiveDepth()) {
            throw new LimitExceededException("archive nesting deeper than " + limits.maxArchiveDepth());
        }
        Path file = root.resolve(loc.segments().get(0)).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("path escapes the scanned folder");
        }
        long size = Files.size(file);
        InputStream in;
        int next = 1;
        if (loc.depth() >= 1) {
            // The outer archive is a real file: random access through its central directory, so opening the
            // last of a thousand members does not inflate the 999 before it.
            ZipFile zf = new ZipFile(file.toFile());
            ZipEntry entry = zf.getEntry(loc.segments().get(1));
            if (entry == null) {
                zf.close();
                throw new FileNotFoundException("archive member no longer present");
            }
            size = Math.max(1, entry.getCompressedSize());
            in = new BufferedInputStream(new ExpansionGuard(new ClosingInputStream(zf.getInputStream(entry), zf),
                    "archive member " + entry.getName(), size, limits.maxExpansionRatio(), limits.maxExpandedBytes()),
                    1 << 16);
            next = 2;
        } else {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        }
        try {
            for (int i = next; i < loc.segments().size(); i++) {
                in = enterMember(in, loc.segments().get(i), size);
                size = Math.max(1, size); // the member's compressed size is unknown when streaming; use the outer one
            }
            if (loc.isGzip()) {
                in = new ExpansionGuard(new GZIPInputStream(in, 1 << 16), "gzip stream", size,
                        limits.maxExpansionRatio(), limits.maxExpandedBytes());
            }
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private InputStream enterMember(InputStream archive, String member, long compressedSize) throws IOException {
        ZipInputStream zip = new ZipInputStream(archive);
        ZipEntry e;
        while ((e = zip.getNextEntry()) != null) {
            if (e.getName().equals(member)) {
                long csize = e.getCompressedSize() > 0 ? e.getCompressedSize() : compressedSize;
                return new ExpansionGuard(zip, "archive member " + member, csize, limits.maxExpansionRatio(),
                        limits.maxExpandedBytes());
            }
        }
        zip.close();
        throw new FileNotFoundException("archive member no longer present");
    }

    /** Closes the zip file together with the member's stream. */
    private static final class ClosingInputStream extends java.io.FilterInputStream {
        private final ZipFile zip;

        ClosingInputStream(InputStream in, ZipFile zip) {
            super(in);
            this.zip = zip;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                zip.close();
            }
        }
    }
}

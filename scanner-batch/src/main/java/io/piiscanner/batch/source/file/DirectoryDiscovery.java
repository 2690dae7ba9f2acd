package io.piiscanner.batch.source.file;

import io.piiscanner.batch.config.Limits;
import io.piiscanner.batch.source.ContainerFilter;
import io.piiscanner.batch.source.ContainerKind;
import io.piiscanner.batch.source.DiscoveredContainer;
import io.piiscanner.batch.source.KeyRange;
import io.piiscanner.batch.source.SourceDiscovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Lists a folder tree (symbolic links are not followed) and the members of its zip archives as containers.
 * Decides up front what cannot be read: files over the size limit, binary formats, archive members whose
 * declared expansion ratio says "bomb", archives nested too deeply, files unchanged since the last run.
 */
public final class DirectoryDiscovery implements SourceDiscovery {

    private final String source;
    private final Path root;
    private final Limits limits;
    private final ContainerFilter filter;
    private final Instant changedSince;

    /** {@code changedSince} null scans every file; otherwise only files modified after it (incremental). */
    public DirectoryDiscovery(String source, Path root, Limits limits, ContainerFilter filter, Instant changedSince) {
        this.source = source;
        this.root = root;
        this.limits = limits;
        this.filter = filter;
        this.changedSince = changedSince;
    }

    @Override
    public List<DiscoveredContainer> discover() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of(DiscoveredContainer.failed(source, ".", ContainerKind.UNKNOWN, "folder not found or not readable"));
        }
        List<DiscoveredContainer> out = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    String rel = root.relativize(file).toString().replace('\\', '/');
                    visit(file, rel, attrs, out);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                out.add(DiscoveredContainer.failed(source, root.relativize(file).toString(), ContainerKind.UNKNOWN,
                        "cannot read: " + e.getClass().getSimpleName()));
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(java.util.Comparator.comparing(DiscoveredContainer::name));
        return out;
    }

    private void visit(Path file, String rel, BasicFileAttributes attrs, List<DiscoveredContainer> out) {
        if (FileFormats.isZip(rel)) {
            if (changedSince != null && !attrs.lastModifiedTime().toInstant().isAfter(changedSince)) {
                out.add(DiscoveredContainer.skipped(source, rel, ContainerKind.UNKNOWN, "unchanged since the last run"));
                return;
            }
            listZip(file, rel, out);
            return;
        }
        if (!filter.accepts(rel)) {
            return;
        }
        FileLocator loc = FileLocator.parse(rel);
        if (attrs.size() > limits.maxFileBytes()) {
            out.add(DiscoveredContainer.skipped(source, rel, FileFormats.kindOf(loc.formatName()),
                    "file larger than the limit of " + limits.maxFileBytes() + " bytes"));
            return;
        }
        if (changedSince != null && !attrs.lastModifiedTime().toInstant().isAfter(changedSince)) {
            out.add(DiscoveredContainer.skipped(source, rel, FileFormats.kindOf(loc.formatName()),
                    "unchanged since the last run"));
            return;
        }
        out.add(leaf(rel, loc, () -> Files.newInputStream(file)));
    }

    private DiscoveredContainer leaf(String name, FileLocator loc, StreamSupplier sample) {
        String fmt = loc.formatName();
        String binary = FileFormats.binaryReason(fmt);
        ContainerKind kind = FileFormats.kindOf(fmt);
        if (binary != null) {
            return DiscoveredContainer.skipped(source, name, kind, binary);
        }
        if (kind == ContainerKind.UNKNOWN && !loc.isGzip()) {
            // no telling extension: look at the bytes
            try (InputStream in = sample.open()) {
                byte[] b = in.readNBytes(8192);
                if (FileFormats.looksBinary(b, b.length)) {
                    return DiscoveredContainer.skipped(source, name, kind, "binary file: no text to scan");
                }
            } catch (IOException e) {
                return DiscoveredContainer.failed(source, name, kind, "cannot read: " + e.getClass().getSimpleName());
            }
            kind = ContainerKind.TEXT;
        }
        if (kind == ContainerKind.UNKNOWN) {
            kind = ContainerKind.TEXT; // x.gz with no inner extension: text, checked for binary when read
        }
        return DiscoveredContainer.pending(source, name, kind, -1, List.of(KeyRange.ALL), null, null);
    }

    private void listZip(Path file, String rel, List<DiscoveredContainer> out) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory()) {
                    continue;
                }
                String name = rel + FileLocator.ARCHIVE_SEPARATOR + e.getName();
                String bomb = declaredBomb(e);
                if (bomb != null) {
                    out.add(DiscoveredContainer.failed(source, name, ContainerKind.UNKNOWN, bomb));
                } else if (FileFormats.isZip(e.getName())) {
                    try (InputStream in = new FileOpener(root, limits).open(FileLocator.parse(name))) {
                        listNested(new ZipInputStream(in), name, 2, out);
                    }
                } else if (filter.accepts(name)) {
                    out.add(leaf(name, FileLocator.parse(name), () -> zip.getInputStream(e)));
                }
            }
        } catch (IOException e) {
            out.add(DiscoveredContainer.failed(source, rel, ContainerKind.UNKNOWN,
                    "corrupt or unreadable zip archive (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private void listNested(ZipInputStream zip, String outer, int depth, List<DiscoveredContainer> out) throws IOException {
        if (depth > limits.maxArchiveDepth()) {
            out.add(DiscoveredContainer.skipped(source, outer, ContainerKind.UNKNOWN,
                    "archive nested deeper than the limit of " + limits.maxArchiveDepth()));
            return;
        }
        ZipEntry e;
        while ((e = zip.getNextEntry()) != null) {
            if (e.isDirectory()) {
                continue;
            }
            String name = outer + FileLocator.ARCHIVE_SEPARATOR + e.getName();
            if (FileFormats.isZip(e.getName())) {
                if (depth + 1 > limits.maxArchiveDepth()) {
                    out.add(DiscoveredContainer.skipped(source, name, ContainerKind.UNKNOWN,
                            "archive nested deeper than the limit of " + limits.maxArchiveDepth()));
                } else {
                    listNested(new ZipInputStream(new FileOpener(root, limits).open(FileLocator.parse(name))), name,
                            depth + 1, out);
                }
            } else if (filter.accepts(name)) {
                String fmt = FileLocator.parse(name).formatName();
                String binary = FileFormats.binaryReason(fmt);
                ContainerKind kind = FileFormats.kindOf(fmt);
                out.add(binary != null ? DiscoveredContainer.skipped(source, name, kind, binary)
                        : DiscoveredContainer.pending(source, name, kind == ContainerKind.UNKNOWN ? ContainerKind.TEXT : kind,
                        -1, List.of(KeyRange.ALL), null, null));
            }
        }
    }

    /** A member whose central-directory sizes already promise more than the ratio allows. */
    private String declaredBomb(ZipEntry e) {
        long c = e.getCompressedSize();
        long u = e.getSize();
        if (u > limits.maxExpandedBytes()) {
            return "archive member declares " + u + " bytes, over the limit (suspected archive bomb)";
        }
        if (c > 0 && u > (1L << 20) && u > c * limits.maxExpansionRatio()) {
            return "archive member expansion ratio " + (u / c) + ":1 exceeds the limit of "
                    + (long) limits.maxExpansionRatio() + ":1 (suspected archive bomb)";
        }
        return null;
    }

    @FunctionalInterface
    private interface StreamSupplier {
        InputStream open() throws IOException;
    }
}

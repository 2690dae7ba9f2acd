package io.piiscanner.batch.source.file;

import io.piiscanner.batch.config.Limits;
import io.piiscanner.batch.config.SourceSpec;
import io.piiscanner.batch.source.ContainerRef;
import io.piiscanner.batch.source.CursorFactory;
import io.piiscanner.batch.source.ReadWarnings;
import io.piiscanner.batch.source.RecordCursor;
import io.piiscanner.core.model.ScanRecord;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens file containers of {@code dir:} sources. A resumed partition re-reads its file from the start and
 * skips the records already counted: files are read in a fixed order, so the first N records are the same
 * N records again.
 */
public final class FileCursorFactory implements CursorFactory {

    private final Map<String, Path> roots = new LinkedHashMap<>();
    private final Limits limits;

    public FileCursorFactory(List<SourceSpec> sources, Limits limits) {
        for (SourceSpec s : sources) {
            if (s.isDirectory()) {
                roots.put(s.id(), s.directory());
            }
        }
        this.limits = limits;
    }

    @Override
    public boolean handles(String source) {
        return roots.containsKey(source);
    }

    @Override
    public RecordCursor open(ContainerRef ref, String checkpoint) throws Exception {
        Path root = roots.get(ref.source());
        FileLocator loc = FileLocator.parse(ref.name());
        FileOpener opener = new FileOpener(root, limits);
        ReadWarnings warnings = new ReadWarnings();
        int max = limits.maxValueChars();
        RecordCursor cursor;
        Closeable resource;
        switch (ref.kind()) {
            case XLSX -> {
                Path tmp = null;
                File file;
                if (loc.depth() == 0 && !loc.isGzip()) {
                    file = root.resolve(loc.name()).toFile();
                } else {
                    // POI needs random access to the package; an archive member is copied out first (the
                    // copy is bounded by the expansion guard inside the stream).
                    tmp = Files.createTempFile("scanner-xlsx", ".xlsx");
                    try (InputStream in = opener.open(loc)) {
                        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException e) {
                        Files.deleteIfExists(tmp);
                        throw e;
                    }
                    file = tmp.toFile();
                }
                Path toDelete = tmp;
                try {
                    cursor = new XlsxCursor(ref.source(), ref.name(), file, max, warnings);
                } catch (Exception e) {
                    if (toDelete != null) {
                        Files.deleteIfExists(toDelete);
                    }
                    throw e;
                }
                resource = () -> {
                    if (toDelete != null) {
                        Files.deleteIfExists(toDelete);
                    }
                };
            }
            case XLS -> {
                InputStream in = opener.open(loc);
                resource = in;
                try {
                    cursor = new XlsCursor(ref.source(), ref.name(), in, max, warnings);
                } catch (Exception e) {
                    in.close();
                    throw e;
                }
            }
            default -> {
                InputStream in = opener.open(loc);
                resource = in;
                try {
                    var reader = TextDecoding.open(in, warnings);
                    cursor = switch (ref.kind()) {
                        case CSV -> new CsvCursor(ref.source(), ref.name(), reader, max, warnings);
                        case JSON -> new JsonDocumentCursor(ref.source(), ref.name(), reader, max, warnings);
                        case JSONL -> new JsonLinesCursor(ref.source(), ref.name(),
                                new BoundedLineReader(reader, max, warnings), max, warnings);
                        default -> new TextCursor(ref.source(), ref.name(), new BoundedLineReader(reader, max, warnings),
                                warnings);
                    };
                } catch (Exception e) {
                    in.close();
                    throw e;
                }
            }
        }
        RecordCursor c = new ClosingCursor(cursor, resource);
        if (checkpoint != null) {
            long skip = Long.parseLong(checkpoint);
            for (long i = 0; i < skip && c.next() != null; i++) {
                // already counted by the earlier attempt
            }
        }
        return c;
    }

    /** Closes the underlying stream or temp file with the cursor. */
    private record ClosingCursor(RecordCursor delegate, Closeable resource) implements RecordCursor {
        @Override
        public ScanRecord next() throws Exception {
            return delegate.next();
        }

        @Override
        public String checkpoint() {
            return delegate.checkpoint();
        }

        @Override
        public ReadWarnings warnings() {
            return delegate.warnings();
        }

        @Override
        public void close() {
            delegate.close();
            try {
                resource.close();
            } catch (IOException ignored) {
                // read-only input
            }
        }
    }
}

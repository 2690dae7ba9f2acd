package io.piiscanner.batch.source.file;

import io.piiscanner.batch.source.ReadWarnings;
import io.piiscanner.batch.source.RecordCursor;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.ScanRecord;

import java.io.IOException;

/** Plain text and logs: one record per non-blank line ({@code line:N}), one field {@code line}. */
final class TextCursor implements RecordCursor {

    private static final FieldMetadata TEXT = FieldMetadata.ofType("text");

    private final String source;
    private final String container;
    private final BoundedLineReader lines;
    private final ReadWarnings warnings;
    private long count;

    TextCursor(String source, String container, BoundedLineReader lines, ReadWarnings warnings) {
        this.source = source;
        this.container = container;
        this.lines = lines;
        this.warnings = warnings;
    }

    @Override
    public ScanRecord next() throws IOException {
        String line = lines.readNonBlankLine();
        if (line == null) {
            return null;
        }
        count++;
        return ScanRecord.builder().source(source).container(container).recordId("line:" + lines.lineNumber())
                .field("line", line, TEXT).build();
    }

    @Override
    public String checkpoint() {
        return Long.toString(count);
    }

    @Override
    public ReadWarnings warnings() {
        return warnings;
    }

    @Override
    public void close() {
        // the factory closes the stream
    }
}

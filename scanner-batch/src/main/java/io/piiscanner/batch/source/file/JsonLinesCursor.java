package io.piiscanner.batch.source.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.batch.source.ReadWarnings;
import io.piiscanner.batch.source.RecordCursor;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.ScanRecord;

import java.io.IOException;

/**
 * JSON Lines: one object per line, fields by key path. A line that is not JSON is still scanned as text
 * (field {@code _line}), because a half-written export line still holds PII; it is counted as a warning.
 */
final class JsonLinesCursor implements RecordCursor {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String source;
    private final String container;
    private final BoundedLineReader lines;
    private final int maxChars;
    private final ReadWarnings warnings;
    private long count;

    JsonLinesCursor(String source, String container, BoundedLineReader lines, int maxChars, ReadWarnings warnings) {
        this.source = source;
        this.container = container;
        this.lines = lines;
        this.maxChars = maxChars;
        this.warnings = warnings;
    }

    @Override
    public ScanRecord next() throws IOException {
        String line = lines.readNonBlankLine();
        if (line == null) {
            return null;
        }
        count++;
        ScanRecord.Builder b = ScanRecord.builder().source(source).container(container)
                .recordId("line:" + lines.lineNumber());
        try {
            JsonNode node = MAPPER.readTree(line);
            JsonFlattener.flatten(node, "", b, maxChars, JsonFlattener.budget());
        } catch (JsonProcessingException e) {
            warnings.count("lines that are not valid JSON (scanned as text)");
            b.field("_line", line, FieldMetadata.ofType("text"));
        }
        return b.build();
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

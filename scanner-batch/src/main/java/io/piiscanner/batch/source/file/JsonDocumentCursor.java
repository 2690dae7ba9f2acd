package io.piiscanner.batch.source.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.piiscanner.batch.source.ReadWarnings;
import io.piiscanner.batch.source.RecordCursor;
import io.piiscanner.core.model.ScanRecord;

import java.io.IOException;
import java.io.Reader;

/**
 * A JSON document: a top-level array is streamed element by element (each a record {@code item:N}); any
 * other document is one record. Several concatenated top-level values are read one after another. Values
 * are flattened from the token stream ({@link JsonFlattener#stream}), never as a whole tree, so a huge
 * single-line document costs bounded memory.
 */
final class JsonDocumentCursor implements RecordCursor {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String source;
    private final String container;
    private final JsonParser parser;
    private final int maxChars;
    private final ReadWarnings warnings;
    private boolean inArray;
    private long count;

    JsonDocumentCursor(String source, String container, Reader reader, int maxChars, ReadWarnings warnings)
            throws IOException {
        this.source = source;
        this.container = container;
        this.parser = MAPPER.getFactory().createParser(reader);
        this.maxChars = maxChars;
        this.warnings = warnings;
    }

    @Override
    public ScanRecord next() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == null) {
            return null;
        }
        if (!inArray && t == JsonToken.START_ARRAY) {
            inArray = true;
            t = parser.nextToken();
        }
        if (inArray && t == JsonToken.END_ARRAY) {
            inArray = false;
            return next();
        }
        count++;
        ScanRecord.Builder b = ScanRecord.builder().source(source).container(container).recordId("item:" + count);
        JsonFlattener.stream(parser, "", b, maxChars, JsonFlattener.budget(), warnings);
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
        try {
            parser.close();
        } catch (IOException ignored) {
            // closing a read-only parser; nothing to recover
        }
    }
}

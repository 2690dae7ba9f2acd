package io.piiscanner.testdata.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.piiscanner.testdata.LabeledLine;
import io.piiscanner.testdata.Span;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Streams lines in the evaluation format {@code {"id","text","spans":[{"start","end","entity"}]}},
 * one JSON object per line, fields always in that order (byte-for-byte reproducible).
 */
public final class JsonlWriter implements Closeable {
    private final JsonGenerator g;

    public JsonlWriter(OutputStream out) throws IOException {
        g = new JsonFactory().createGenerator(out);
        g.setRootValueSeparator(null);
    }

    public void write(LabeledLine line) {
        try {
            g.writeStartObject();
            g.writeStringField("id", line.id());
            g.writeStringField("text", line.text());
            g.writeArrayFieldStart("spans");
            for (Span s : line.spans()) {
                g.writeStartObject();
                g.writeNumberField("start", s.start());
                g.writeNumberField("end", s.end());
                g.writeStringField("entity", s.entity().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        g.close();
    }
}

package io.piiscanner.batch.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.piiscanner.core.eval.Span;
import io.piiscanner.core.model.Finding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the evaluation JSON Lines format of ENTITIES.md with Jackson's streaming API (no tree
 * per line: detect must keep up with hundreds of thousands of lines a second).
 */
final class JsonLines {

    static final JsonFactory FACTORY = new JsonFactory();

    /** One input line: id, text and (for labeled input) gold spans. */
    record Line(String id, String text, List<Span> spans) {
    }

    private JsonLines() {
    }

    /**
     * Parses {@code {"id": ..., "text": ..., "spans": [...]}}; other keys are skipped.
     *
     * @throws IOException with a message that names the problem but never quotes the line (it may hold PII)
     */
    static Line parse(String json) throws IOException {
        String id = null;
        String text = null;
        List<Span> spans = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "id" -> id = p.getValueAsString();
                    case "text" -> {
                        if (t != JsonToken.VALUE_STRING) {
                            throw new IOException("\"text\" is not a string");
                        }
                        text = p.getText();
                    }
                    case "spans" -> readSpans(p, spans);
                    default -> p.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("malformed JSON at column " + e.getLocation().getColumnNr(), null);
        }
        if (text == null) {
            throw new IOException("no \"text\" field");
        }
        return new Line(id, text, spans);
    }

    private static void readSpans(JsonParser p, List<Span> spans) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("\"spans\" is not a list");
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            int start = -1;
            int end = -1;
            String entity = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "start" -> start = p.getIntValue();
                    case "end" -> end = p.getIntValue();
                    case "entity" -> entity = p.getText();
                    default -> p.skipChildren();
                }
            }
            if (start < 0 || end < start || entity == null) {
                throw new IOException("a span needs start <= end and an entity");
            }
            spans.add(new Span(start, end, entity));
        }
    }

    /** Appends {@code {"id": ..., "findings": [{"entity","start","end","score"}]}} and a newline. */
    static void writeFindings(ByteArrayOutputStream out, String id, List<Finding> findings) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringField("entity", f.entity());
                g.writeNumberField("start", f.start());
                g.writeNumberField("end", f.end());
                g.writeNumberField("score", Math.round(f.confidence() * 1000) / 1000.0);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }
}

package io.piiscanner.testdata.gen;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.LabeledLine;
import io.piiscanner.testdata.Span;

import java.util.ArrayList;
import java.util.List;

/** Builds one labeled line: plain text pieces and labeled values, with their spans computed as it goes. */
final class LineBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();

    LineBuilder t(String plain) {
        text.append(plain);
        return this;
    }

    LineBuilder v(Entity entity, String value) {
        int start = text.length();
        text.append(value);
        spans.add(new Span(start, text.length(), entity));
        return this;
    }

    /** A labeled value written inside a JSON string: escaped, and the span covers the escaped form. */
    LineBuilder jsonValue(Entity entity, String value) {
        return v(entity, value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"));
    }

    LabeledLine build(String id) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(null);
        return new LabeledLine(id, text.toString(), sorted);
    }
}

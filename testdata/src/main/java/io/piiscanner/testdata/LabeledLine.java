package io.piiscanner.testdata;

import java.util.List;

/** One line of an evaluation corpus: id, text and its sorted gold spans. */
public record LabeledLine(String id, String text, List<Span> spans) {
    public LabeledLine {
        spans = List.copyOf(spans);
    }
}

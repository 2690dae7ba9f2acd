package io.piiscanner.core.eval;

/** A labeled or predicted span: [start, end) in UTF-16 units, and its entity. */
public record Span(int start, int end, String entity) {

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}

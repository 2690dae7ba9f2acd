package io.piiscanner.testdata;

/** A gold span: Java String (UTF-16) offsets, start inclusive, end exclusive. */
public record Span(int start, int end, Entity entity) implements Comparable<Span> {
    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}

package io.piiscanner.core.internal;

/**
 * A view of {@code text[from, to)} without copying, for running a regular expression on one window
 * of a large text. Offsets found in the window are shifted back by {@link #offset()}.
 */
public final class TextWindow implements CharSequence {

    private final String text;
    private final int from;
    private final int to;

    public TextWindow(String text, int from, int to) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IndexOutOfBoundsException("window " + from + ".." + to + " of " + text.length());
        }
        this.text = text;
        this.from = from;
        this.to = to;
    }

    public int offset() {
        return from;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        return text.charAt(from + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new TextWindow(text, from + start, from + end);
    }

    @Override
    public String toString() {
        return text.substring(from, to);
    }
}

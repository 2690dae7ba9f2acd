package io.piiscanner.testdata.text;

import io.piiscanner.testdata.Entity;
import io.piiscanner.testdata.LabeledLine;
import io.piiscanner.testdata.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Appends text and records gold spans at the exact offsets where identifiers are written.
 * Collapses the doubled or leading blanks that an empty template slot would leave.
 */
public final class TextBuilder {
    private final StringBuilder sb = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();
    private boolean capNext;

    public TextBuilder text(String s) {
        if (s.isEmpty()) {
            return this;
        }
        int i = 0;
        if (sb.length() == 0 || endsWithBlank()) {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }
        if (sb.length() == 0 || endsWithBlankLine()) {
            while (i < s.length() && s.charAt(i) == '\n') {
                i++;
            }
        }
        if (capNext && i < s.length()) {
            capNext = false;
            char c = s.charAt(i);
            if (Character.isLowerCase(c) && plainWord(s, i)) {
                sb.append(Character.toUpperCase(c));
                i++;
            }
        }
        sb.append(s, i, s.length());
        return this;
    }

    /** A word of letters (not "jdbc:...", "sid=...", "e-mail:"), which may be capitalised. */
    private static boolean plainWord(String s, int from) {
        for (int i = from; i < s.length() && !Character.isWhitespace(s.charAt(i)); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '=' || c == '/' || c == '_' || c == '@' || c == '#' || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** The next literal text (not a value) starts with a capital letter. */
    public TextBuilder capitalizeNext() {
        capNext = true;
        return this;
    }

    /** Appends {@code value} verbatim and labels it. */
    public TextBuilder pii(Entity entity, String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty value for " + entity);
        }
        capNext = false;
        int start = sb.length();
        sb.append(value);
        spans.add(new Span(start, sb.length(), entity));
        return this;
    }

    public int length() {
        return sb.length();
    }

    public boolean isEmpty() {
        return sb.length() == 0;
    }

    public char lastChar() {
        return sb.length() == 0 ? '\n' : sb.charAt(sb.length() - 1);
    }

    /** True at the start of the text or right after a sentence end or a line break. */
    public boolean atSentenceStart() {
        int i = sb.length() - 1;
        while (i >= 0 && sb.charAt(i) == ' ') {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = sb.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\n' || (c == ':' && i == sb.length() - 1);
    }

    private boolean endsWithBlankLine() {
        int n = sb.length();
        return n >= 2 && sb.charAt(n - 1) == '\n' && sb.charAt(n - 2) == '\n';
    }

    private boolean endsWithBlank() {
        char c = sb.charAt(sb.length() - 1);
        return c == ' ' || c == '\n' || c == '\t';
    }

    /** Removes trailing blanks (never inside a span). */
    public void trimEnd() {
        int min = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).end();
        while (sb.length() > min && Character.isWhitespace(sb.charAt(sb.length() - 1))) {
            sb.setLength(sb.length() - 1);
        }
    }

    public List<Span> spans() {
        return Collections.unmodifiableList(spans);
    }

    public LabeledLine build(String id) {
        trimEnd();
        List<Span> sorted = new ArrayList<>(spans);
        Collections.sort(sorted);
        return new LabeledLine(id, sb.toString(), sorted);
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}

package io.piiscanner.batch.cli;

import java.nio.charset.StandardCharsets;

/**
 * Reads {@code id} and {@code text} of one detect input line straight from its UTF-8 bytes, for the common
 * shape only: one object whose keys are {@code id} (a string), {@code text} (a string) and {@code spans} (a
 * list of {@code {"start","end","entity"}} with small non-negative whole numbers and a string entity, checked
 * as {@link JsonLines#parse} checks them), separated by spaces or tabs at most, nothing but blanks after it,
 * and well-formed UTF-8. Anything else (another key, escaped key names, a number id, invalid UTF-8, an error
 * of any kind) answers {@code false}, and the caller decodes the line and parses it with
 * {@link JsonLines#parse}, which then decides, reports errors and quirks exactly as before. So this class
 * only has to be right about what it accepts. Not thread-safe: one instance per worker.
 */
final class FastJsonLine {

    /** Longer lines go the Jackson way, which also enforces Jackson's string-length limit. */
    static final int MAX_FAST_LINE = 1 << 20;

    private static final byte[] ID = {'i', 'd'};
    private static final byte[] TEXT = {'t', 'e', 'x', 't'};
    private static final byte[] SPANS = {'s', 'p', 'a', 'n', 's'};
    private static final byte[] START = {'s', 't', 'a', 'r', 't'};
    private static final byte[] END = {'e', 'n', 'd'};
    private static final byte[] ENTITY = {'e', 'n', 't', 'i', 't', 'y'};

    private String id;
    private String text;
    private char[] chars = new char[256];
    /** Where the last {@link #string} call stopped: the index after the closing quote. */
    private int pos;

    String id() {
        return id;
    }

    String text() {
        return text;
    }

    /** @return true with {@link #id()} and {@link #text()} set, or false: use {@link JsonLines#parse} */
    boolean parse(byte[] b, int from, int to) {
        id = null;
        text = null;
        if (to - from > MAX_FAST_LINE) {
            return false;
        }
        int i = skipBlanks(b, from, to);
        if (i >= to || b[i] != '{') {
            return false;
        }
        String newId = null;
        String newText = null;
        i = skipBlanks(b, i + 1, to);
        if (i >= to || b[i] != '"') {
            return false; // "{}" and friends: let Jackson say what is missing
        }
        while (true) {
            // i is at the opening quote of a key
            int nameFrom = i + 1;
            int nameTo = nameFrom;
            while (nameTo < to && b[nameTo] != '"' && b[nameTo] != '\\') {
                nameTo++;
            }
            if (nameTo >= to || b[nameTo] != '"') {
                return false;
            }
            i = skipBlanks(b, nameTo + 1, to);
            if (i >= to || b[i] != ':') {
                return false;
            }
            i = skipBlanks(b, i + 1, to);
            if (i >= to) {
                return false;
            }
            if (is(b, nameFrom, nameTo, TEXT)) {
                if (b[i] != '"' || (newText = string(b, i + 1, to, true)) == null) {
                    return false;
                }
                i = pos;
            } else if (is(b, nameFrom, nameTo, ID)) {
                if (b[i] != '"' || (newId = string(b, i + 1, to, true)) == null) {
                    return false;
                }
                i = pos;
            } else if (is(b, nameFrom, nameTo, SPANS)) {
                if (b[i] != '[' || (i = spans(b, i + 1, to)) < 0) {
                    return false;
                }
            } else {
                return false;
            }
            i = skipBlanks(b, i, to);
            if (i >= to) {
                return false;
            }
            if (b[i] == '}') {
                break;
            }
            if (b[i] != ',') {
                return false;
            }
            i = skipBlanks(b, i + 1, to);
            if (i >= to || b[i] != '"') {
                return false;
            }
        }
        if (skipBlanks(b, i + 1, to) != to || newText == null) {
            return false;
        }
        id = newId;
        text = newText;
        return true;
    }

    /** From just after {@code [}: span objects up to {@code ]}; returns the index after it, or -1. */
    private int spans(byte[] b, int i, int to) {
        i = skipBlanks(b, i, to);
        if (i < to && b[i] == ']') {
            return i + 1;
        }
        while (true) {
            if (i >= to || b[i] != '{') {
                return -1;
            }
            i = skipBlanks(b, i + 1, to);
            long start = -1;
            long end = -1;
            boolean entity = false;
            while (true) {
                if (i >= to || b[i] != '"') {
                    return -1;
                }
                int nameFrom = i + 1;
                int nameTo = nameFrom;
                while (nameTo < to && b[nameTo] != '"' && b[nameTo] != '\\') {
                    nameTo++;
                }
                if (nameTo >= to || b[nameTo] != '"') {
                    return -1;
                }
                i = skipBlanks(b, nameTo + 1, to);
                if (i >= to || b[i] != ':') {
                    return -1;
                }
                i = skipBlanks(b, i + 1, to);
                if (i >= to) {
                    return -1;
                }
                if (is(b, nameFrom, nameTo, ENTITY)) {
                    if (b[i] != '"' || string(b, i + 1, to, false) == null) {
                        return -1;
                    }
                    i = pos;
                    entity = true;
                } else {
                    boolean isStart = is(b, nameFrom, nameTo, START);
                    if (!isStart && !is(b, nameFrom, nameTo, END)) {
                        return -1;
                    }
                    // 0 or 1-9 digits without a leading zero: an int for sure, and no fraction or exponent.
                    int d = i;
                    long v = 0;
                    while (d < to && b[d] >= '0' && b[d] <= '9' && d - i < 9) {
                        v = v * 10 + (b[d] - '0');
                        d++;
                    }
                    if (d == i || (b[i] == '0' && d - i > 1) || (d < to && b[d] >= '0' && b[d] <= '9')) {
                        return -1;
                    }
                    if (isStart) {
                        start = v;
                    } else {
                        end = v;
                    }
                    i = d;
                }
                i = skipBlanks(b, i, to);
                if (i >= to) {
                    return -1;
                }
                if (b[i] == '}') {
                    break;
                }
                if (b[i] != ',') {
                    return -1;
                }
                i = skipBlanks(b, i + 1, to);
            }
            if (start < 0 || end < start || !entity) {
                return -1; // JsonLines.parse reports it
            }
            i = skipBlanks(b, i + 1, to);
            if (i >= to) {
                return -1;
            }
            if (b[i] == ']') {
                return i + 1;
            }
            if (b[i] != ',') {
                return -1;
            }
            i = skipBlanks(b, i + 1, to);
        }
    }

    /**
     * Decodes a JSON string from just after its opening quote; sets {@link #pos} after the closing quote.
     * With {@code build} false it only checks the string and returns "" for a good one.
     *
     * @return the string, or null when it is not for the fast path (control character, bad escape,
     * invalid UTF-8, no closing quote)
     */
    private String string(byte[] b, int from, int to, boolean build) {
        int i = from;
        // ASCII without escapes: the common case, one pass and one copy.
        while (i < to) {
            int c = b[i];
            if (c == '"') {
                pos = i + 1;
                return build ? new String(b, from, i - from, StandardCharsets.ISO_8859_1) : "";
            }
            if (c < 0x20 || c == '\\') { // negative: a non-ASCII byte
                break;
            }
            i++;
        }
        if (chars.length < to - from) {
            chars = new char[Math.max(to - from, chars.length * 2)];
        }
        char[] out = chars;
        int n = 0;
        for (int k = from; k < i; k++) {
            out[n++] = (char) b[k];
        }
        while (i < to) {
            int c = b[i];
            if (c >= 0x20 && c != '"' && c != '\\') {
                out[n++] = (char) c;
                i++;
            } else if (c == '"') {
                pos = i + 1;
                return build ? new String(out, 0, n) : "";
            } else if (c == '\\') {
                if (i + 1 >= to) {
                    return null;
                }
                switch (b[i + 1]) {
                    case '"' -> out[n++] = '"';
                    case '\\' -> out[n++] = '\\';
                    case '/' -> out[n++] = '/';
                    case 'b' -> out[n++] = '\b';
                    case 'f' -> out[n++] = '\f';
                    case 'n' -> out[n++] = '\n';
                    case 'r' -> out[n++] = '\r';
                    case 't' -> out[n++] = '\t';
                    case 'u' -> {
                        if (i + 6 > to) {
                            return null;
                        }
                        int v = 0;
                        for (int k = i + 2; k < i + 6; k++) {
                            int h = hex(b[k]);
                            if (h < 0) {
                                return null;
                            }
                            v = (v << 4) | h;
                        }
                        out[n++] = (char) v; // as Jackson: any code unit, paired or not
                        i += 4;
                    }
                    default -> {
                        return null;
                    }
                }
                i += 2;
            } else if (c >= 0) {
                return null; // an unescaped control character: Jackson's error
            } else {
                // Well-formed UTF-8 only (no overlong forms, no surrogates, at most U+10FFFF).
                int b1 = c & 0xFF;
                if (b1 >= 0xC2 && b1 <= 0xDF) {
                    if (i + 1 >= to || !cont(b[i + 1])) {
                        return null;
                    }
                    out[n++] = (char) (((b1 & 0x1F) << 6) | (b[i + 1] & 0x3F));
                    i += 2;
                } else if (b1 >= 0xE0 && b1 <= 0xEF) {
                    if (i + 2 >= to || !cont(b[i + 1]) || !cont(b[i + 2])) {
                        return null;
                    }
                    int b2 = b[i + 1] & 0xFF;
                    if ((b1 == 0xE0 && b2 < 0xA0) || (b1 == 0xED && b2 > 0x9F)) {
                        return null;
                    }
                    out[n++] = (char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b[i + 2] & 0x3F));
                    i += 3;
                } else if (b1 >= 0xF0 && b1 <= 0xF4) {
                    if (i + 3 >= to || !cont(b[i + 1]) || !cont(b[i + 2]) || !cont(b[i + 3])) {
                        return null;
                    }
                    int b2 = b[i + 1] & 0xFF;
                    if ((b1 == 0xF0 && b2 < 0x90) || (b1 == 0xF4 && b2 > 0x8F)) {
                        return null;
                    }
                    int cp = ((b1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
                    out[n++] = Character.highSurrogate(cp);
                    out[n++] = Character.lowSurrogate(cp);
                    i += 4;
                } else {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean cont(byte x) {
        return (x & 0xC0) == 0x80;
    }

    private static int hex(byte x) {
        if (x >= '0' && x <= '9') {
            return x - '0';
        }
        if (x >= 'a' && x <= 'f') {
            return x - 'a' + 10;
        }
        if (x >= 'A' && x <= 'F') {
            return x - 'A' + 10;
        }
        return -1;
    }

    private static boolean is(byte[] b, int from, int to, byte[] name) {
        if (to - from != name.length) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if (b[from + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    private static int skipBlanks(byte[] b, int i, int to) {
        while (i < to && (b[i] == ' ' || b[i] == '\t')) {
            i++;
        }
        return i;
    }
}

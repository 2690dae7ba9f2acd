package io.piiscanner.core.detect;

import java.util.Arrays;

/**
 * The base64 bodies of PEM frames (keys, certificates, any RFC 7468 label), blanked before the rules look at a text.
 * A body is one opaque value: the private-key rule reports it whole, and nothing else can be in it. Read as text, its
 * lines are a stream of look-alikes (digit runs for every national-id rule, 32-character tokens for the session-id
 * and wallet rules, whole words such as "pin" between a '/' and a '+') that cost a text with a 2 KB key ten times a
 * text without one, and only ever gave false findings.
 *
 * <p>What is blanked: each run of at least {@value PemBlockFinder#MIN_BASE64_RUN} base64 characters between a
 * {@code -----BEGIN <label>-----} line and its {@code -----END <label>-----} line; for a private key cut off before its
 * END line, up to the end of its last long run ({@link PemBlockFinder}'s truncated span). Runs are replaced by
 * spaces, so every offset stays where it was; the header and footer lines, the short last line of a body, header
 * fields such as {@code Proc-Type} and line breaks (real or escaped) stay as they are, and so does any shorter word
 * between the frame lines. Stateless.
 */
final class PemBodies {

    private static final String BEGIN = "-----BEGIN ";
    private static final String DASHES = "-----";
    private static final int MAX_LABEL = 64;

    private PemBodies() {
    }

    /** {@code text} with its PEM bodies blanked; the same instance when it has none (most texts: one indexOf). */
    static String blank(String text) {
        int at = text.indexOf(BEGIN);
        if (at < 0) {
            return text;
        }
        char[] chars = null;
        while (at >= 0) {
            int labelStart = at + BEGIN.length();
            int bodyStart = labelEnd(text, labelStart);
            int bodyEnd = -1;
            if (bodyStart > 0) {
                String footer = "-----END " + text.substring(labelStart, bodyStart - DASHES.length()) + DASHES;
                bodyEnd = text.indexOf(footer, bodyStart);
                if (bodyEnd < 0 && PemBlockFinder.isPrivateKeyLabel(text, labelStart)) {
                    bodyEnd = PemBlockFinder.lastLongRunEnd(text, bodyStart, text.length());
                }
            }
            if (bodyEnd > bodyStart) {
                chars = blankLongRuns(text, chars, bodyStart, bodyEnd);
                at = text.indexOf(BEGIN, bodyEnd);
            } else {
                at = text.indexOf(BEGIN, at + 1);
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** After "-----BEGIN ": the position after the label (upper-case letters, digits, spaces) and its dashes, or -1. */
    private static int labelEnd(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_LABEL);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                return i > from && text.startsWith(DASHES, i) ? i + DASHES.length() : -1;
            }
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ')) {
                return -1;
            }
        }
        return -1;
    }

    private static char[] blankLongRuns(String text, char[] chars, int from, int to) {
        int run = 0;
        for (int i = from; i <= to; i++) {
            if (i < to && PemBlockFinder.isBase64(text.charAt(i))) {
                run++;
                continue;
            }
            if (run >= PemBlockFinder.MIN_BASE64_RUN) { // PEM lines are 64 characters (OpenSSH 70)
                if (chars == null) {
                    chars = text.toCharArray();
                }
                Arrays.fill(chars, i - run, i, ' ');
            }
            run = 0;
        }
        return chars;
    }
}

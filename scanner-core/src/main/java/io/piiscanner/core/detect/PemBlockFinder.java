package io.piiscanner.core.detect;

import io.piiscanner.core.rules.EntityRule;

/**
 * PEM-armoured private keys (RFC 7468; OpenSSH and PGP armour use the same frame), found by reading the frame
 * instead of by a regular expression. The frame is fixed: {@code -----BEGIN <label>-----}, a body of base64
 * lines, {@code -----END <label>-----}. A pattern for it needs "anything up to the END line", which an NFA
 * follows with a thread per character over kilobytes of body: it was 40% of a scan of the dev corpus.
 *
 * <p>Two spans, as the rule's two patterns had before: {@code pem-block}, header to the first valid END line;
 * and {@code pem-truncated}, header to the end of the last run of at least 32 base64 characters in a body of
 * base64, white space, escaped line breaks ({@code \n} as two characters, as in JSON) and header lines
 * ({@code Proc-Type: 4,ENCRYPTED}), for a key cut off before its END line. Stateless and thread-safe.
 */
final class PemBlockFinder implements SpanFinder {

    static final String NAME = "pem";
    static final String BLOCK = "pem-block";
    static final String TRUNCATED = "pem-truncated";
    static final double BLOCK_SCORE = 0.95;
    static final double TRUNCATED_SCORE = 0.8;

    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";
    /** The algorithm words a private-key label may start with (RFC 7468, OpenSSH, RFC 4880). */
    private static final String[] KINDS = {"RSA ", "EC ", "DSA ", "OPENSSH ", "ENCRYPTED ", "PGP "};
    static final int MIN_BASE64_RUN = 32;

    @Override
    public void find(EntityRule rule, String text, int from, int to, String region, SpanSink out) {
        int blockEnd = from;
        int truncatedEnd = from;
        int at = text.indexOf(BEGIN, from);
        while (at >= 0 && at < to) {
            int bodyStart = labelEnd(text, at + BEGIN.length(), to);
            if (bodyStart > 0) {
                if (at >= blockEnd) {
                    int end = footerEnd(text, bodyStart, to);
                    if (end > 0) {
                        out.accept(BLOCK, at, end, BLOCK_SCORE, null);
                        blockEnd = end;
                    }
                }
                if (at >= truncatedEnd) {
                    int end = lastLongRunEnd(text, bodyStart, to);
                    if (end > 0) {
                        out.accept(TRUNCATED, at, end, TRUNCATED_SCORE, null);
                        truncatedEnd = end;
                    }
                }
            }
            at = text.indexOf(BEGIN, at + 1);
        }
    }

    /** Whether the label that starts at {@code pos} (after "BEGIN ") names a private key. */
    static boolean isPrivateKeyLabel(String text, int pos) {
        return labelEnd(text, pos, text.length()) > 0;
    }

    /** After "BEGIN " or "END ": the position after a private-key label and its closing dashes, or -1. */
    private static int labelEnd(String text, int pos, int to) {
        for (String kind : KINDS) {
            if (text.startsWith(kind, pos)) {
                pos += kind.length();
                break;
            }
        }
        if (!text.startsWith("PRIVATE KEY", pos)) {
            return -1;
        }
        pos += "PRIVATE KEY".length();
        if (text.startsWith(" BLOCK", pos)) {
            pos += " BLOCK".length();
        }
        return text.startsWith(DASHES, pos) && pos + DASHES.length() <= to ? pos + DASHES.length() : -1;
    }

    /** The end of the first valid END line after the body start (at least one body character), or -1. */
    private static int footerEnd(String text, int bodyStart, int to) {
        int at = text.indexOf(END, bodyStart + 1);
        while (at >= 0 && at < to) {
            int end = labelEnd(text, at + END.length(), to);
            if (end > 0) {
                return end;
            }
            at = text.indexOf(END, at + 1);
        }
        return -1;
    }

    /**
     * The end of the last run of at least {@value #MIN_BASE64_RUN} base64 characters in the body that starts
     * at {@code pos} and runs as far as body characters go, or -1.
     */
    static int lastLongRunEnd(String text, int pos, int to) {
        int best = -1;
        int run = 0;
        int i = pos;
        while (i < to) {
            char c = text.charAt(i);
            if (isBase64(c)) {
                run++;
                i++;
                if (run >= MIN_BASE64_RUN) {
                    best = i;
                }
                continue;
            }
            if (c == '\\' && i + 1 < to && (text.charAt(i + 1) == 'n' || text.charAt(i + 1) == 'r')) {
                i += 2;
            } else if (c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == ':' || c == ',' || c == '-') {
                i++;
            } else {
                break;
            }
            run = 0;
        }
        return best;
    }

    static boolean isBase64(char c) {
        return c < 128 && BASE64[c];
    }

    /** A table, not five range tests: a key body is read a character at a time, twice (this and PemBodies). */
    private static final boolean[] BASE64 = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            BASE64[c] = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                    || c == '=';
        }
    }
}

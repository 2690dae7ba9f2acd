package io.piiscanner.core.validate;

/**
 * {@code email}: plausibility of an e-mail address (not deliverability).
 *
 * <ul>
 *   <li>at most 254 characters in all, exactly one "@";</li>
 *   <li>local part: 1-64 characters of the RFC 5322 dot-atom set (ASCII letters, digits and
 *       {@code !#$%&'*+/=?^_`{|}~-}, plus dots), not starting or ending with a dot; quoted local parts are
 *       not accepted;</li>
 *   <li>domain: at least two labels separated by single dots; each label 1-63 ASCII letters, digits or
 *       hyphens, not starting or ending with a hyphen;</li>
 *   <li>top-level domain: 2-24 letters, or a punycode label "xn--..." (internationalised TLD);</li>
 *   <li>no two consecutive dots anywhere.</li>
 * </ul>
 *
 * <p>Sources: RFC 5321 section 4.5.3.1 (length limits: local part 64, path 256 including the angle
 * brackets, hence 254), RFC 5322 section 3.2.3 (dot-atom), RFC 1035 section 2.3.1 and RFC 1123 section 2.1
 * (host name labels), RFC 3492 (punycode "xn--" labels); IANA root zone (longest ASCII TLD: 24 letters).
 */
final class EmailValidator implements Validator {

    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

    private static final Validation TOO_LONG = Validation.invalid("too long");
    private static final Validation NOT_ONE_AT = Validation.invalid("not exactly one @");
    private static final Validation BAD_LOCAL = Validation.invalid("bad local part");
    private static final Validation DOTS = Validation.invalid("leading, trailing or consecutive dots");
    private static final Validation NO_DOT = Validation.invalid("domain needs a dot");
    private static final Validation NO_DOMAIN = Validation.invalid("empty domain");
    private static final Validation BAD_LABEL = Validation.invalid("bad domain label");
    private static final Validation BAD_TLD = Validation.invalid("bad top-level domain");

    @Override
    public Validation validate(CharSequence candidate) {
        int len = candidate.length();
        if (len > 254) {
            return TOO_LONG;
        }
        int at = -1;
        for (int i = 0; i < len; i++) {
            if (candidate.charAt(i) == '@') {
                if (at >= 0) {
                    return NOT_ONE_AT;
                }
                at = i;
            }
        }
        if (at < 0) {
            return NOT_ONE_AT;
        }
        if (at == 0 || at > 64) {
            return BAD_LOCAL;
        }
        if (at == len - 1) {
            return NO_DOMAIN;
        }
        for (int i = 0; i < at; i++) {
            char c = candidate.charAt(i);
            if (c == '.') {
                if (i == 0 || i == at - 1 || candidate.charAt(i - 1) == '.') {
                    return DOTS;
                }
            } else if (!(Digits.isAlnum(c) || LOCAL_SPECIALS.indexOf(c) >= 0)) {
                return BAD_LOCAL;
            }
        }
        // Domain labels, left to right; the last one is the TLD.
        int labels = 0;
        int start = at + 1;
        for (int i = start; i <= len; i++) {
            if (i < len && candidate.charAt(i) != '.') {
                char c = candidate.charAt(i);
                if (!(Digits.isAlnum(c) || c == '-')) {
                    return BAD_LABEL;
                }
                continue;
            }
            int labelLength = i - start;
            if (labelLength == 0) {
                return DOTS;
            }
            if (labelLength > 63 || candidate.charAt(start) == '-' || candidate.charAt(i - 1) == '-') {
                return BAD_LABEL;
            }
            labels++;
            if (i == len) {
                if (labels < 2) {
                    return NO_DOT;
                }
                return tldOk(candidate, start, i) ? Validation.VALID : BAD_TLD;
            }
            start = i + 1;
        }
        return NO_DOT; // unreachable: the loop returns at i == len
    }

    /** 2-24 ASCII letters, or "xn--" followed by letters, digits or hyphens (already checked). */
    private static boolean tldOk(CharSequence s, int from, int to) {
        int n = to - from;
        if (n >= 5 && (s.charAt(from) | 0x20) == 'x' && (s.charAt(from + 1) | 0x20) == 'n'
                && s.charAt(from + 2) == '-' && s.charAt(from + 3) == '-') {
            return true;
        }
        if (n < 2 || n > 24) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}

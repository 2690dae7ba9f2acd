package io.piiscanner.core.validate;

/**
 * {@code ip-address}: IPv4 and IPv6 addresses in text form.
 *
 * <ul>
 *   <li>IPv4: a dotted quad, each octet 0-255 in decimal without leading zeros ("0" itself is fine;
 *       "01" is not: many parsers read it as octal). 0.0.0.0 (unspecified) and 255.255.255.255 (limited
 *       broadcast) are not host addresses and are rejected.</li>
 *   <li>IPv6: groups of 1-4 hex digits (either case) separated by single colons; either exactly 8 groups,
 *       or fewer with exactly one "::" standing for the missing zero groups; the last 32 bits may be written
 *       as an IPv4 dotted quad (counting as two groups, e.g. "::ffff:192.0.2.128"). "::" alone (the
 *       unspecified address) is rejected. Because a colon-separated string needs 8 groups or a "::",
 *       times ("12:30:45") and MAC addresses ("00:1A:2B:3C:4D:5E") fail. An address without a single digit is
 *       read as code ("Db::c" of {@code Db::connect()}).</li>
 * </ul>
 *
 * <p>Sources: RFC 791 (IPv4), RFC 919 (limited broadcast), RFC 4291 section 2.2 (IPv6 text
 * representation), RFC 5952.
 */
final class IpAddressValidator implements Validator {

    private static final Validation NOT_IPV4 = Validation.invalid("not an IPv4 address");
    private static final Validation NOT_IPV6 = Validation.invalid("not an IPv6 address");
    private static final Validation NOT_HOST = Validation.invalid("not a host address");
    /**
     * "Db::c" of "Db::connect()" (PHP, C++ and Ruby write Class::member): hex letters around "::" are valid IPv6 text,
     * but addresses in use hold digits ("fe80::1", "2001:db8::8a2e").
     */
    private static final Validation SCOPE_OPERATOR = Validation.invalid("letters around '::' without a digit: code, not an address");

    @Override
    public Validation validate(CharSequence candidate) {
        int len = candidate.length();
        boolean colon = false;
        for (int i = 0; i < len && !colon; i++) {
            colon = candidate.charAt(i) == ':';
        }
        if (colon) {
            if (len == 2) {
                return NOT_HOST; // "::"
            }
            if (Digits.digitCount(candidate) == 0) {
                return SCOPE_OPERATOR;
            }
            return ipv6(candidate) ? Validation.VALID : NOT_IPV6;
        }
        long v = ipv4(candidate, 0, len);
        if (v < 0) {
            return NOT_IPV4;
        }
        return v == 0 || v == 0xffffffffL ? NOT_HOST : Validation.VALID;
    }

    /** The 32-bit value of the dotted quad {@code s[from..to)}, or -1 if it is not one. */
    static long ipv4(CharSequence s, int from, int to) {
        long value = 0;
        int octets = 0;
        int i = from;
        while (true) {
            int start = i;
            int octet = 0;
            while (i < to && Digits.isDigit(s.charAt(i)) && i - start < 3) {
                octet = octet * 10 + (s.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || octet > 255 || digits > 1 && s.charAt(start) == '0') {
                return -1;
            }
            value = value << 8 | octet;
            octets++;
            if (i == to) {
                return octets == 4 ? value : -1;
            }
            if (s.charAt(i) != '.' || octets == 4) {
                return -1;
            }
            i++;
        }
    }

    /** Whether {@code s} is an IPv6 address in text form (see the class comment); "::" is not checked here. */
    static boolean ipv6(CharSequence s) {
        int len = s.length();
        int groups = 0;
        boolean compressed = false;
        int i = 0;
        if (len >= 2 && s.charAt(0) == ':') {
            if (s.charAt(1) != ':') {
                return false; // a single leading colon
            }
            compressed = true;
            i = 2;
            if (i == len) {
                return true;
            }
        }
        while (i < len) {
            int start = i;
            while (i < len && i - start < 5 && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
                i++;
            }
            if (i < len && s.charAt(i) == '.') {
                // Embedded IPv4: the rest of the string, counting as two groups.
                if (ipv4(s, start, len) < 0) {
                    return false;
                }
                groups += 2;
                break;
            }
            int digits = i - start;
            if (digits == 0 || digits > 4) {
                return false;
            }
            groups++;
            if (i == len) {
                break;
            }
            if (s.charAt(i) != ':') {
                return false;
            }
            i++;
            if (i == len) {
                return false; // a single trailing colon
            }
            if (s.charAt(i) == ':') {
                if (compressed) {
                    return false; // a second "::"
                }
                compressed = true;
                i++;
            }
        }
        // "d::" out of "std::vector" is a valid address on paper; one group and "::" is too little to call it one.
        return compressed ? groups <= 7 && (groups >= 2 || s.charAt(0) == ':') : groups == 8;
    }
}

package io.piiscanner.core.validate;

/**
 * IPv4 dotted quads (octets 0-255, no leading zeros; 0.0.0.0 and 255.255.255.255 are not host addresses)
 * and IPv6 text forms (8 groups, or fewer with exactly one "::", optionally ending in an IPv4 quad).
 * Times (12:30:45) and MAC addresses fail: fewer than 8 groups without "::".
 * Sources: RFC 791, RFC 4291 section 2.2, RFC 5952.
 */
final class IpAddressValidator implements Validator {

    @Override
    public Validation validate(CharSequence candidate) {
        String s = candidate.toString();
        if (s.indexOf(':') >= 0) {
            return ipv6(s) ? Validation.VALID : Validation.invalid("not an IPv6 address");
        }
        if (!ipv4(s)) {
            return Validation.invalid("not an IPv4 address");
        }
        if (s.equals("0.0.0.0") || s.equals("255.255.255.255")) {
            return Validation.invalid("not a host address");
        }
        return Validation.VALID;
    }

    static boolean ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
                return false;
            }
            for (int i = 0; i < p.length(); i++) {
                if (!Character.isDigit(p.charAt(i))) {
                    return false;
                }
            }
            if (Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean ipv6(String s) {
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) {
            return false;
        }
        if (s.equals("::")) {
            return false;
        }
        String body = s;
        int groupsFromV4 = 0;
        int lastColon = s.lastIndexOf(':');
        if (s.indexOf('.') >= 0) {
            if (!ipv4(s.substring(lastColon + 1))) {
                return false;
            }
            body = s.substring(0, lastColon + 1) + "0";
            groupsFromV4 = 1;
        }
        String[] groups = body.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (g.isEmpty()) {
                continue; // part of "::" (or a leading/trailing one of it)
            }
            if (g.length() > 4) {
                return false;
            }
            for (int k = 0; k < g.length(); k++) {
                if (Character.digit(g.charAt(k), 16) < 0) {
                    return false;
                }
            }
            count++;
        }
        count += groupsFromV4;
        if (dbl < 0) {
            // Without "::" every group must be present and non-empty.
            for (String g : groups) {
                if (g.isEmpty()) {
                    return false;
                }
            }
            return count == 8 || count == 7 && groupsFromV4 == 1;
        }
        if (s.startsWith(":") && !s.startsWith("::") || s.endsWith(":") && !s.endsWith("::")) {
            return false;
        }
        return count <= 7 && count >= 1;
    }
}

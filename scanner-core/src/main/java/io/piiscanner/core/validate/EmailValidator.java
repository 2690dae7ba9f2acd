package io.piiscanner.core.validate;

/**
 * E-mail address sanity: local part of 1-64 characters without leading, trailing or doubled dots; a domain
 * of at least two labels, each 1-63 letters, digits or inner hyphens; a top-level domain of 2-24 letters
 * (or an xn-- punycode label); 254 characters at most. Sources: RFC 5321 section 4.5.3.1, RFC 1035 2.3.1.
 */
final class EmailValidator implements Validator {

    @Override
    public Validation validate(CharSequence candidate) {
        String s = candidate.toString();
        int at = s.lastIndexOf('@');
        if (at <= 0 || at > 64 || s.length() > 254) {
            return Validation.invalid("bad local part length");
        }
        String local = s.substring(0, at);
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return Validation.invalid("bad dots in local part");
        }
        String[] labels = s.substring(at + 1).split("\\.", -1);
        if (labels.length < 2) {
            return Validation.invalid("domain needs a dot");
        }
        for (String l : labels) {
            if (l.isEmpty() || l.length() > 63 || l.startsWith("-") || l.endsWith("-")) {
                return Validation.invalid("bad domain label");
            }
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (!(Character.isLetterOrDigit(c) || c == '-')) {
                    return Validation.invalid("bad domain character");
                }
            }
        }
        String tld = labels[labels.length - 1];
        boolean letters = tld.chars().allMatch(Character::isLetter);
        if (!(letters && tld.length() >= 2 && tld.length() <= 24 || tld.startsWith("xn--"))) {
            return Validation.invalid("bad top-level domain");
        }
        return Validation.VALID;
    }
}

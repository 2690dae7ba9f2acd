package io.piiscanner.core.validate;

/** Shared shape check of US nine-digit tax ids (SSN, ITIN). */
final class TaxIds {

    private TaxIds() {
    }

    /**
     * The nine digits of a number written AAA-GG-SSSS, AAA GG SSSS, AAA.GG.SSSS or AAAGGSSSS (one separator
     * kind, in those two places), or null when it is written any other way.
     */
    static String nineDigitsGrouped(CharSequence s) {
        String str = s.toString().trim();
        if (str.length() == 9) {
            return str.chars().allMatch(Character::isDigit) ? str : null;
        }
        if (str.length() != 11) {
            return null;
        }
        char sep = str.charAt(3);
        if (sep != '-' && sep != ' ' && sep != '.' || str.charAt(6) != sep) {
            return null;
        }
        String d = str.substring(0, 3) + str.substring(4, 6) + str.substring(7);
        return d.chars().allMatch(c -> c >= '0' && c <= '9') ? d : null;
    }
}

package io.piiscanner.core.detect;

import io.piiscanner.core.rules.EntityRule;

import java.util.Locale;

/** Turns a value as written into the form that is fingerprinted, so equal values written differently match. */
final class Normalizer {

    private Normalizer() {
    }

    static String normalize(String value, EntityRule.Normalization how) {
        return switch (how) {
            case DIGITS -> keep(value, false);
            case ALNUM_UPPER -> keep(value, true).toUpperCase(Locale.ROOT);
            case LOWER -> value.trim().toLowerCase(Locale.ROOT);
            case EXACT -> value;
        };
    }

    private static String keep(String value, boolean letters) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isDigit(c) || (letters && Character.isLetter(c))) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}

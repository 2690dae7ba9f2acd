package io.piiscanner.core.privacy;

import io.piiscanner.core.rules.MaskSpec;

/**
 * Builds the masked preview of a value. Separators stay so the shape is recognisable
 * ({@code ***-**-6789}); at most a third of the letters and digits are ever shown, however the rule is
 * configured, so a short value cannot be revealed by its own preview.
 */
public final class Masker {

    private Masker() {
    }

    public static String mask(String entity, String value, MaskSpec spec) {
        return switch (spec.style()) {
            case REDACT -> "[" + entity + ", " + value.length() + " chars]";
            case EMAIL -> maskEmail(value);
            case KEEP -> keep(value, spec.keepFirst(), spec.keepLast());
        };
    }

    static String keep(String value, int keepFirst, int keepLast) {
        int alnum = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isLetterOrDigit(value.charAt(i))) {
                alnum++;
            }
        }
        int budget = alnum / 3;
        int last = Math.min(keepLast, budget);
        int first = Math.min(keepFirst, budget - last);
        char[] out = new char[value.length()];
        int idx = 0;
        for (int i = 0; i < out.length; i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out[i] = idx < first || idx >= alnum - last ? c : '*';
                idx++;
            } else if (Character.isWhitespace(c)) {
                out[i] = ' ';
            } else {
                out[i] = c;
            }
        }
        return new String(out);
    }

    static String maskEmail(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return keep(value, 0, 0);
        }
        String domain = value.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String tld = dot >= 0 ? domain.substring(dot) : "";
        return value.charAt(0) + "***@***" + tld;
    }
}

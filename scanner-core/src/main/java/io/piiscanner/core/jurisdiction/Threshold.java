package io.piiscanner.core.jurisdiction;

import java.util.Locale;

/**
 * A headcount threshold for a notice ("> 500 residents", "&ge; 250", any, none). Written in rule files as
 * {@code "> 500"}, {@code ">= 250"}, {@code any}, {@code none}, {@code conditional} or {@code unconfirmed}.
 */
public record Threshold(Kind kind, long count) {

    public enum Kind { ANY, MORE_THAN, AT_LEAST, NONE, CONDITIONAL, UNCONFIRMED }

    /** The result of comparing a threshold with a count of affected people. */
    public enum Status {
        /** the count crosses the threshold (or the notice is owed for any count). */
        CROSSED,
        /** below the threshold: not owed on the count (a notice's condition may still apply). */
        NOT_CROSSED,
        /** the law has no such notice. */
        NOT_REQUIRED,
        /** the threshold depends on a condition the scanner cannot see (e.g. a no-harm determination). */
        CONDITIONAL,
        /** the reference could not confirm the threshold: check with counsel. */
        UNCONFIRMED
    }

    public static final Threshold ANY = new Threshold(Kind.ANY, 0);

    public static Threshold parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace(",", "").replace(" ", "");
        return switch (t) {
            case "any" -> ANY;
            case "none" -> new Threshold(Kind.NONE, 0);
            case "conditional" -> new Threshold(Kind.CONDITIONAL, 0);
            case "unconfirmed" -> new Threshold(Kind.UNCONFIRMED, 0);
            default -> {
                if (t.startsWith(">=")) {
                    yield new Threshold(Kind.AT_LEAST, Long.parseLong(t.substring(2)));
                } else if (t.startsWith(">")) {
                    yield new Threshold(Kind.MORE_THAN, Long.parseLong(t.substring(1)));
                }
                throw new IllegalArgumentException("threshold must be any, none, conditional, unconfirmed, '> N' or '>= N', got '" + text + "'");
            }
        };
    }

    public Status evaluate(long affected) {
        return switch (kind) {
            case ANY -> affected > 0 ? Status.CROSSED : Status.NOT_CROSSED;
            case MORE_THAN -> affected > count ? Status.CROSSED : Status.NOT_CROSSED;
            case AT_LEAST -> affected >= count ? Status.CROSSED : Status.NOT_CROSSED;
            case NONE -> Status.NOT_REQUIRED;
            case CONDITIONAL -> Status.CONDITIONAL;
            case UNCONFIRMED -> Status.UNCONFIRMED;
        };
    }

    /** Plain words: "more than 500", "500 or more", "any number". */
    public String describe() {
        return switch (kind) {
            case ANY -> "any number";
            case MORE_THAN -> "more than " + String.format(Locale.ROOT, "%,d", count);
            case AT_LEAST -> String.format(Locale.ROOT, "%,d", count) + " or more";
            case NONE -> "not required";
            case CONDITIONAL -> "only in some conditions";
            case UNCONFIRMED -> "threshold unconfirmed";
        };
    }
}

package io.piiscanner.core.jurisdiction;

import java.util.Locale;

/**
 * When a notice is due: always a plain-language {@code text}; optionally a fixed count of hours, calendar
 * days or business days from a clock start. Without a count ("without unreasonable delay") no date can be
 * computed and the text is all there is. {@code from = INDIVIDUAL_NOTICE} counts from the notice to
 * individuals (0 = no later than / before it, e.g. Maryland's AG notice).
 */
public record DeadlineRule(String text, Integer hours, Integer days, Integer businessDays, ClockStart from) {

    /** What starts a statute's clock. The scanner computes every clock from the declared awareness time. */
    public enum ClockStart {
        AWARENESS, DISCOVERY, DETERMINATION, CONFIRMATION, DETECTION, INDIVIDUAL_NOTICE;

        static ClockStart parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        public String words() {
            return switch (this) {
                case AWARENESS -> "becoming aware";
                case DISCOVERY -> "discovery";
                case DETERMINATION -> "determination that a breach occurred";
                case CONFIRMATION -> "confirmation of the breach";
                case DETECTION -> "detection";
                case INDIVIDUAL_NOTICE -> "notice to individuals";
            };
        }
    }

    public DeadlineRule {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("deadline text is required");
        }
        int counts = (hours == null ? 0 : 1) + (days == null ? 0 : 1) + (businessDays == null ? 0 : 1);
        if (counts > 1) {
            throw new IllegalArgumentException("give only one of hours, days, business_days");
        }
        if (counts == 1 && from == null) {
            throw new IllegalArgumentException("a fixed deadline needs 'from' (its clock start)");
        }
    }

    /** True when a date can be computed (a fixed count of hours or days). */
    public boolean isFixed() {
        return hours != null || days != null || businessDays != null;
    }
}

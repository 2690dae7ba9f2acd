package io.piiscanner.batch.config;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * The declared incident-awareness time ({@code --aware-at}, profile key {@code aware_at}): an ISO 8601 date and
 * time with an offset, minutes or seconds precision: {@code 2026-11-26T09:00Z}, {@code 2026-11-26T10:00:00+01:00}.
 * A date without a time or a time without an offset is refused: a deadline of 72 hours must not depend on the
 * machine's time zone.
 */
public final class AwareAt {

    private AwareAt() {
    }

    public static Instant parse(String text) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("aware-at must be a date and time with an offset, e.g. 2026-11-26T09:00Z or"
                    + " 2026-11-26T10:00+01:00; got '" + t + "'");
        }
    }

    /** A profile value: a string, or a timestamp SnakeYAML already parsed (YAML timestamps are UTC unless they say otherwise). */
    static Instant fromYaml(Object value) {
        if (value instanceof Date d) {
            return d.toInstant();
        }
        return parse(String.valueOf(value));
    }
}

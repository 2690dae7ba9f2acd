package io.piiscanner.batch.store;

import io.piiscanner.batch.source.ResumableStopException;
import org.jdbi.v3.core.Jdbi;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * A daily API-call budget per source, counted in the work store ({@code scan_api_budget}) by every process and
 * run that uses it, so that workers on several machines together stay under what the org may spend on the scan
 * (Salesforce's own allocation is shared with every other integration of the org). Days are UTC calendar days,
 * an approximation of Salesforce's rolling 24 hours. A call over the budget is not made: the partition stops with
 * a {@link ResumableStopException} and {@code scan --resume} continues the run on another day.
 *
 * <p>Writes go through a Jdbi on the raw data source (autocommit), never in a chunk transaction: a rolled-back
 * chunk must not give back calls that were really made.
 */
public final class ApiBudget {

    private final Jdbi jdbi;
    private final Supplier<LocalDate> today;

    public ApiBudget(Jdbi jdbi) {
        this(jdbi, () -> LocalDate.now(ZoneOffset.UTC));
    }

    ApiBudget(Jdbi jdbi, Supplier<LocalDate> today) {
        this.jdbi = jdbi;
        this.today = today;
    }

    /**
     * Counts one call against {@code key}'s budget for today, or throws (without counting it) when the budget is
     * used up. {@code what} names the source in the message.
     */
    public void spend(String key, long perDay, String what) {
        LocalDate day = today.get();
        long now = add(key, day, 1);
        if (now > perDay) {
            add(key, day, -1);
            throw new ResumableStopException("daily API budget of " + perDay + " calls for " + what
                    + " is used up (" + (now - 1) + " calls counted on " + day + " UTC by every worker of every run);"
                    + " every partition's position is saved: rerun 'scanner scan --resume' after midnight UTC, or raise"
                    + " api_calls_per_day in the profile");
        }
    }

    /** Calls counted today against {@code key}. */
    public long spentToday(String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT calls FROM scan_api_budget WHERE limit_key = ? AND usage_day = ?")
                .bind(0, trim(key)).bind(1, today.get()).mapTo(Long.class).findOne().orElse(0L));
    }

    private long add(String key, LocalDate day, long delta) {
        String k = trim(key);
        return jdbi.withHandle(h -> {
            for (int attempt = 0; ; attempt++) {
                int n = h.createUpdate("UPDATE scan_api_budget SET calls = calls + ? WHERE limit_key = ? AND usage_day = ?")
                        .bind(0, delta).bind(1, k).bind(2, day).execute();
                if (n == 0) {
                    try {
                        h.createUpdate("INSERT INTO scan_api_budget (limit_key, usage_day, calls) VALUES (?, ?, ?)")
                                .bind(0, k).bind(1, day).bind(2, Math.max(0, delta)).execute();
                    } catch (RuntimeException race) {
                        if (attempt < 3) {
                            continue; // another process inserted the day's row first: add to it
                        }
                        throw race;
                    }
                }
                return h.createQuery("SELECT calls FROM scan_api_budget WHERE limit_key = ? AND usage_day = ?")
                        .bind(0, k).bind(1, day).mapTo(Long.class).one();
            }
        });
    }

    private static String trim(String key) {
        return key.length() > 500 ? key.substring(0, 500) : key;
    }
}

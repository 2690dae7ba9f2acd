package io.piiscanner.batch.store;

import io.piiscanner.batch.source.ResumableStopException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A daily call budget per source, counted in the store: used up it stops, the next day starts afresh. */
class ApiBudgetTest {

    @Test
    void theBudgetStopsTheCallThatWouldExceedItAndResetsTheNextDay() {
        Jdbi jdbi = Jdbi.create("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbi.useHandle(h -> h.execute("CREATE TABLE scan_api_budget (limit_key VARCHAR(500) NOT NULL, usage_day DATE NOT NULL,"
                + " calls BIGINT NOT NULL, PRIMARY KEY (limit_key, usage_day))"));
        AtomicReference<LocalDate> day = new AtomicReference<>(LocalDate.of(2026, 11, 26));
        ApiBudget a = new ApiBudget(jdbi, day::get);
        ApiBudget b = new ApiBudget(jdbi, day::get); // another worker on the same store
        for (int i = 0; i < 3; i++) {
            a.spend("org", 10, "salesforce source 'sf'");
            b.spend("org", 10, "salesforce source 'sf'");
        }
        assertThat(a.spentToday("org")).isEqualTo(6);
        ApiBudget small = new ApiBudget(jdbi, day::get);
        assertThatThrownBy(() -> small.spend("org", 6, "salesforce source 'sf'"))
                .isInstanceOf(ResumableStopException.class)
                .hasMessageContaining("daily API budget of 6 calls for salesforce source 'sf' is used up")
                .hasMessageContaining("--resume");
        assertThat(a.spentToday("org")).as("a refused call is not counted").isEqualTo(6);
        a.spend("other-org", 1, "x");
        day.set(day.get().plusDays(1));
        small.spend("org", 6, "salesforce source 'sf'");
        assertThat(a.spentToday("org")).isEqualTo(1);
    }
}

package io.piiscanner.batch.remote;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a worker waits out (the store away) and what it does not (bugs, bad data). */
class StoreErrorsTest {

    @Test
    void connectionTroubleIsTransientEverythingElseIsNot() {
        assertThat(StoreErrors.isTransient(new DataAccessResourceFailureException("down"))).isTrue();
        assertThat(StoreErrors.isTransient(new IllegalStateException(new SQLTransientConnectionException("pool timeout")))).isTrue();
        assertThat(StoreErrors.isTransient(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(StoreErrors.isTransient(new RuntimeException(new SQLException("shutting down", "57P01")))).isTrue();
        assertThat(StoreErrors.isTransient(new RuntimeException(new SQLException("too many clients", "53300")))).isTrue();
        assertThat(StoreErrors.isTransient(new DataIntegrityViolationException("dup"))).isFalse();
        assertThat(StoreErrors.isTransient(new RuntimeException(new SQLException("syntax", "42601")))).isFalse();
        assertThat(StoreErrors.isTransient(new IllegalStateException("another fingerprint key"))).isFalse();
    }
}

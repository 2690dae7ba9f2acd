package io.piiscanner.batch.remote;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientException;

/**
 * Whether an error means "the store is unreachable for now" (worth waiting for) rather than a bug or bad data:
 * Spring's transient and resource-failure exceptions, JDBC transient and connection exceptions, and SQL states of
 * class 08 (connection), 53 (insufficient resources, e.g. too many connections) and 57P (server shutting down).
 */
final class StoreErrors {

    private StoreErrors() {
    }

    static boolean isTransient(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof org.springframework.dao.TransientDataAccessException
                    || c instanceof org.springframework.dao.DataAccessResourceFailureException
                    || c instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
                    || c instanceof SQLTransientException || c instanceof SQLNonTransientConnectionException
                    || c instanceof java.net.ConnectException) {
                return true;
            }
            if (c instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("53") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}

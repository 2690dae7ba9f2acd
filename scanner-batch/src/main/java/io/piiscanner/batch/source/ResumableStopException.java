package io.piiscanner.batch.source;

/**
 * A source cannot go on for now, for a reason that is not the container's (the org's daily API allocation is
 * used up), and reading on would only fail the same way: the run stops with the partitions' checkpoints kept
 * and a restart ({@code scan --resume}) finishes it. The message says what happened and what to do; it never
 * holds a value or a credential.
 */
public class ResumableStopException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ResumableStopException(String message) {
        super(message);
    }

    public ResumableStopException(String message, Throwable cause) {
        super(message, cause);
    }
}

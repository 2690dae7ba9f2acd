package io.piiscanner.batch.source.file;

import java.io.IOException;

/** A safety limit was hit (expansion ratio, expanded size, archive depth); the message says which. */
public final class LimitExceededException extends IOException {
    private static final long serialVersionUID = 1L;

    public LimitExceededException(String message) {
        super(message);
    }
}

package io.piiscanner.batch.source.file;

import java.io.IOException;

/** The content is binary, not text: the container is skipped (not failed) with this reason. */
public final class BinaryContentException extends IOException {
    private static final long serialVersionUID = 1L;

    public BinaryContentException(String message) {
        super(message);
    }
}

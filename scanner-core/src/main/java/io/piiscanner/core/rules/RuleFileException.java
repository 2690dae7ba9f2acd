package io.piiscanner.core.rules;

/**
 * A rule file that cannot be used: names the file, the line (1-based, 0 when unknown) and the reason.
 * Rule files hold patterns and words, never scanned data, so the message is safe to log.
 */
public final class RuleFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    public RuleFileException(String file, int line, String reason) {
        this(file, line, reason, null);
    }

    public RuleFileException(String file, int line, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}

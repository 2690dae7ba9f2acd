package io.piiscanner.batch.source;

import java.io.EOFException;
import java.sql.SQLException;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * Turns a read failure into a coverage reason. Exception messages from parsers and drivers can quote the
 * data they choked on ("Unrecognized token 'jane.doe@...'"), and coverage ends up in reports, so the
 * message is replaced by a fixed description where the type is known and scrubbed of anything that looks
 * like an identifier otherwise.
 */
public final class FailureReasons {

    private static final Pattern EMAIL = Pattern.compile("[^\\s'\"]+@[^\\s'\"]+");
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d \\-]{4,}\\d");
    private static final Pattern QUOTED = Pattern.compile("'[^']{6,}'");

    private FailureReasons() {
    }

    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof SQLException)) {
            root = root.getCause();
        }
        String cls = root.getClass().getName();
        if (root instanceof io.piiscanner.batch.source.file.LimitExceededException
                || root instanceof io.piiscanner.batch.source.file.BinaryContentException) {
            return root.getMessage();
        }
        if (root instanceof EOFException || root instanceof ZipException) {
            return "truncated or corrupt compressed data (" + root.getClass().getSimpleName() + ")";
        }
        if (root.getClass().getSimpleName().equals("StreamConstraintsException")) {
            return "JSON value over the parser's limits (a string over 20 million characters, or too deeply nested)";
        }
        if (cls.startsWith("com.fasterxml.jackson")) {
            return "invalid JSON (" + root.getClass().getSimpleName() + ")";
        }
        if (cls.startsWith("org.apache.poi") || cls.startsWith("org.apache.xmlbeans")
                || cls.startsWith("javax.xml.stream") || cls.contains("NotOfficeXml")) {
            return "corrupt or unreadable Office file (" + root.getClass().getSimpleName() + ")";
        }
        if (root instanceof SQLException sql) {
            String state = sql.getSQLState();
            String msg = scrub(String.valueOf(sql.getMessage()));
            boolean missing = state != null && (state.equals("42P01") || state.equals("42S02") || state.equals("42102"));
            return (missing ? "table no longer exists: " : "database error: ") + "SQLSTATE " + state + ": " + msg;
        }
        return root.getClass().getSimpleName() + ": " + scrub(String.valueOf(root.getMessage()));
    }

    static String scrub(String message) {
        String s = message.length() > 300 ? message.substring(0, 300) + "..." : message;
        s = EMAIL.matcher(s).replaceAll("<redacted>");
        s = DIGITS.matcher(s).replaceAll("<redacted>");
        return QUOTED.matcher(s).replaceAll("'<redacted>'");
    }
}

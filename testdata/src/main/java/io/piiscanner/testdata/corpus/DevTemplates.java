package io.piiscanner.testdata.corpus;

import static io.piiscanner.testdata.Entity.AWS_ACCESS_KEY;
import static io.piiscanner.testdata.Entity.PRIVATE_KEY;
import static io.piiscanner.testdata.Entity.SALESFORCE_SESSION_ID;

import io.piiscanner.testdata.text.TemplateSet;
import java.util.List;

/**
 * The dev corpus' templates ({@code resources/.../dev}): CRM case descriptions, customer e-mails
 * with signatures, chat transcripts, order notes, task notes, sync-error log lines, JSON
 * middleware log lines and CSV-like exports, in English, German, French and Spanish.
 */
public final class DevTemplates {
    private DevTemplates() {
    }

    public static LineTemplates create() {
        return new LineTemplates("dev", TemplateSet.load("dev"), List.of(
            Genre.of("crm", 20, 4),
            Genre.of("email", 16, 4),
            Genre.of("chat", 12, 4),
            Genre.of("order", 8, 3, PRIVATE_KEY, SALESFORCE_SESSION_ID, AWS_ACCESS_KEY),
            Genre.of("task", 10, 3),
            Genre.of("synclog", 12, 3),
            Genre.of("jsonlog", 12, 4),
            Genre.of("csv", 8, 4, PRIVATE_KEY)));
    }

    /** Short genres for the throughput stream. */
    public static LineTemplates shortOnes() {
        return new LineTemplates("dev", TemplateSet.load("dev"), List.of(
            Genre.of("crm", 10, 2, PRIVATE_KEY),
            Genre.of("order", 8, 2, PRIVATE_KEY, SALESFORCE_SESSION_ID, AWS_ACCESS_KEY),
            Genre.of("task", 10, 2, PRIVATE_KEY),
            Genre.of("synclog", 8, 2, PRIVATE_KEY)));
    }
}

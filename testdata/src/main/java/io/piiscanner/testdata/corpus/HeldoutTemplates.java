package io.piiscanner.testdata.corpus;

import static io.piiscanner.testdata.Entity.PRIVATE_KEY;

import io.piiscanner.testdata.text.TemplateSet;
import java.util.List;

/**
 * Stand-in for "other authors" ({@code resources/.../heldout}): genres, frames and phrasings
 * that the dev templates never use (helpdesk tickets, SMS, voicemail transcripts, forwarded
 * mail, HR notes, web-form dumps, config files, XML payloads, exception messages), with the
 * same entity mix.
 */
public final class HeldoutTemplates {
    private HeldoutTemplates() {
    }

    public static LineTemplates create() {
        return new LineTemplates("heldout", TemplateSet.load("heldout"), List.of(
            Genre.of("ticket", 16, 4),
            Genre.of("sms", 10, 2, PRIVATE_KEY),
            Genre.of("voicemail", 8, 3, PRIVATE_KEY),
            Genre.of("forward", 12, 4),
            Genre.of("hrnote", 10, 4, PRIVATE_KEY),
            Genre.of("form", 12, 4, PRIVATE_KEY),
            Genre.of("config", 10, 4),
            Genre.of("xml", 10, 4),
            Genre.of("exception", 12, 3, PRIVATE_KEY)));
    }
}

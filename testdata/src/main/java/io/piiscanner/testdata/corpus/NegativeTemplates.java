package io.piiscanner.testdata.corpus;

import io.piiscanner.testdata.text.TemplateSet;
import java.util.List;

/**
 * Hard negatives ({@code resources/.../negatives}): business text with no PII at all but many
 * look-alikes. Every frame is a ".none" frame; every numeric token is guarded so it cannot
 * validate as a real identifier.
 */
public final class NegativeTemplates {
    private NegativeTemplates() {
    }

    public static LineTemplates create() {
        return new LineTemplates("negatives", TemplateSet.load("negatives"), List.of(
            Genre.of("crm", 18, 0),
            Genre.of("email", 10, 0),
            Genre.of("chat", 8, 0),
            Genre.of("order", 16, 0),
            Genre.of("task", 8, 0),
            Genre.of("synclog", 14, 0),
            Genre.of("jsonlog", 12, 0),
            Genre.of("csv", 8, 0),
            Genre.of("config", 6, 0)));
    }

    public static EntityMix mix() {
        return new EntityMix(new double[] {1}, List.of());
    }
}

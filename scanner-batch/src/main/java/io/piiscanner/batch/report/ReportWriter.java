package io.piiscanner.batch.report;

import java.io.IOException;
import java.nio.file.Path;

/** One output format: writes its file(s) for a report into a (temporary) run folder. */
public interface ReportWriter {

    void write(ReportModel model, Path folder) throws IOException;

    /**
     * Renders {@code model} (a report whose breach-notification section may be missing yet) to nowhere, so that the
     * classes and code paths of this format are loaded and compiled before the real write: the report step calls it
     * while its main thread would otherwise wait for the aggregate. Writes no file.
     */
    default void prepare(ReportModel model) throws IOException {
    }
}

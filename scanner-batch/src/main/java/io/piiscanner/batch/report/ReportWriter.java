package io.piiscanner.batch.report;

import java.io.IOException;
import java.nio.file.Path;

/** One output format: writes its file(s) for a report into a (temporary) run folder. */
public interface ReportWriter {

    void write(ReportModel model, Path folder) throws IOException;
}

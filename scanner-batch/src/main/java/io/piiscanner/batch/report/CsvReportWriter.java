package io.piiscanner.batch.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** report.csv (one row per field x entity) and coverage.csv (one row per container), RFC 4180 quoting. */
public final class CsvReportWriter implements ReportWriter {

    @Override
    public void write(ReportModel m, Path folder) throws IOException {
        try (Writer w = Files.newBufferedWriter(folder.resolve("report.csv"), StandardCharsets.UTF_8)) {
            w.write("source,container,field,rows_present,rows_scanned,rows_with_findings,entity,entity_rows,findings,distinct,max_confidence,verdict\r\n");
            for (ReportModel.FieldRow f : m.fields()) {
                if (f.entities().isEmpty()) {
                    row(w, f.source(), f.container(), f.field(), f.rowsPresent(), f.rowsScanned(), f.rowsWithFindings(),
                            "", "", "", "", "", f.verdict());
                }
                for (var e : f.entities().entrySet()) {
                    row(w, f.source(), f.container(), f.field(), f.rowsPresent(), f.rowsScanned(), f.rowsWithFindings(),
                            e.getKey(), e.getValue().rows(), e.getValue().findings(), e.getValue().distinct(),
                            String.format(java.util.Locale.ROOT, "%.3f", e.getValue().maxConfidence()), f.verdict());
                }
            }
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve("coverage.csv"), StandardCharsets.UTF_8)) {
            w.write("source,container,kind,status,rows_present,rows_scanned,reason\r\n");
            for (ReportModel.CoverageRow c : m.coverage()) {
                row(w, c.source(), c.container(), c.kind(), c.status(), c.rowsPresent(), c.rowsScanned(),
                        c.reason() == null ? "" : c.reason());
            }
        }
    }

    private static void row(Writer w, Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String s = String.valueOf(cells[i]);
            // a leading = + - @ would run as a formula when the CSV is opened in a spreadsheet
            if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+")) {
                s = "'" + s;
            }
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            w.write(s);
        }
        w.write("\r\n");
    }
}

package io.piiscanner.batch.report;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Preparing the formats ahead of the write (while the report step waits for its aggregate) writes nothing and changes nothing. */
class RunFolderTest {

    @TempDir
    Path dir;

    private static ReportModel model() {
        ReportModel.Run run = new ReportModel.Run("20261127-120000-abcdef01", "nightly", "ops", "2026-11-27T12:00:00Z",
                "2026-11-27T12:01:00Z", List.of("pg jdbc:postgresql://db/test"), "full", false, "1.0", "sha", null);
        Map<String, ReportModel.EntityStats> email = Map.of("EMAIL", new ReportModel.EntityStats(5, 6, 4, 0.9));
        return new ReportModel(run,
                List.of(new ReportModel.FieldRow("pg", "bench.customers", "email", 10, 10, 5, email, "holds EMAIL (50% of scanned rows)", null),
                        new ReportModel.FieldRow("pg", "bench.customers", "notes", 10, 10, 0, Map.of(), "no PII found", null)),
                List.of(new ReportModel.JurisdictionRow("DE", 10, 5, email)),
                List.of(new ReportModel.CoverageRow("pg", "bench.customers", "TABLE", "SCANNED", 10, 10, null, null)),
                List.of());
    }

    @Test
    void preparingWritesNoFileAndTheWorkbookWrittenAfterwardsHoldsTheReport() throws Exception {
        RunFolder formats = RunFolder.allFormats();
        formats.prepare(model());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        Path folder = formats.write(model(), dir);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(folder);
        }
        try (InputStream in = Files.newInputStream(folder.resolve("report.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat(wb.getSheetName(1)).isEqualTo("By field");
            assertThat(wb.getSheet("By field").getRow(1).getCell(2).getStringCellValue()).isEqualTo("email");
            assertThat(wb.getSheet("By field").getRow(1).getCell(9).getNumericCellValue()).isEqualTo(4);
            assertThat(wb.getSheet("Summary").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }
}

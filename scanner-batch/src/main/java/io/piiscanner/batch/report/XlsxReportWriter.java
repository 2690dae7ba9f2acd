package io.piiscanner.batch.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * report.xlsx: Summary (with a bar chart of records per entity), Legal summary, By field, By jurisdiction (with the
 * residents-and-obligations block), Coverage.
 */
public final class XlsxReportWriter implements ReportWriter {

    @Override
    public void write(ReportModel m, Path folder) throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.resolve("report.xlsx"))) {
            write(m, out);
        }
    }

    /** The workbook, chart included, written to nowhere: POI's classes (thousands) load here, not in the write. */
    @Override
    public void prepare(ReportModel m) throws IOException {
        write(m, OutputStream.nullOutputStream());
    }

    private static void write(ReportModel m, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            summary(wb.createSheet("Summary"), m);
            if (m.legal() != null) {
                LegalXlsx.summarySheet(wb.createSheet("Legal summary"), m);
            }
            Sheet f = wb.createSheet("By field");
            row(f, 0, "Source", "Container", "Field", "Rows present", "Rows scanned", "Rows with findings", "Entity",
                    "Entity rows", "Findings", "Distinct", "Verdict");
            int r = 1;
            for (ReportModel.FieldRow fr : m.fields()) {
                if (fr.entities().isEmpty()) {
                    row(f, r++, fr.source(), fr.container(), fr.field(), fr.rowsPresent(), fr.rowsScanned(),
                            fr.rowsWithFindings(), "", "", "", "", fr.verdict());
                }
                for (var e : fr.entities().entrySet()) {
                    row(f, r++, fr.source(), fr.container(), fr.field(), fr.rowsPresent(), fr.rowsScanned(),
                            fr.rowsWithFindings(), e.getKey(), e.getValue().rows(), e.getValue().findings(),
                            e.getValue().distinct(), fr.verdict());
                }
            }
            Sheet j = wb.createSheet("By jurisdiction");
            row(j, 0, "Code", "Records", "Records with findings", "Entity", "Entity records", "Findings", "Distinct");
            r = 1;
            for (ReportModel.JurisdictionRow jr : m.jurisdictions()) {
                if (jr.entities().isEmpty()) {
                    row(j, r++, jr.code(), jr.records(), jr.recordsWithFindings(), "", "", "", "");
                }
                for (var e : jr.entities().entrySet()) {
                    row(j, r++, jr.code(), jr.records(), jr.recordsWithFindings(), e.getKey(), e.getValue().rows(),
                            e.getValue().findings(), e.getValue().distinct());
                }
            }
            if (m.legal() != null) {
                r = LegalXlsx.obligationsBlock(j, r + 1, m);
            }
            Sheet c = wb.createSheet("Coverage");
            row(c, 0, "Source", "Container", "Kind", "Status", "Rows present", "Rows scanned", "Reason");
            r = 1;
            for (ReportModel.CoverageRow cr : m.coverage()) {
                row(c, r++, cr.source(), cr.container(), cr.kind(), cr.status(), cr.rowsPresent(), cr.rowsScanned(),
                        cr.reason() == null ? "" : cr.reason());
            }
            for (Sheet s : new Sheet[] {f, j, c}) {
                s.createFreezePane(0, 1);
            }
            java.util.Set<String> names = new java.util.HashSet<>(java.util.List.of("Summary", "By field", "By jurisdiction", "Coverage"));
            for (ReportModel.Section sec : m.sections()) {
                String name = org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sec.title());
                name = name.length() > 28 ? name.substring(0, 28) : name;
                String unique = name;
                for (int k = 2; !names.add(unique); k++) {
                    unique = name + " " + k;
                }
                Sheet s = wb.createSheet(unique);
                java.util.List<Object> header = new java.util.ArrayList<>(java.util.List.of("Source"));
                header.addAll(sec.columns());
                row(s, 0, header.toArray());
                int k = 1;
                for (java.util.List<Object> cells : sec.rows()) {
                    java.util.List<Object> line = new java.util.ArrayList<>(java.util.List.of(sec.source()));
                    cells.forEach(v -> line.add(v instanceof Number ? v : HtmlReportWriter.cell(v)));
                    row(s, k++, line.toArray());
                }
                s.createFreezePane(0, 1);
            }
            wb.write(out);
        }
    }

    private static void summary(XSSFSheet s, ReportModel m) {
        ReportModel.Run r = m.run();
        row(s, 0, "PII exposure report");
        row(s, 1, "Run", r.id());
        row(s, 2, "Profile", r.profile());
        row(s, 3, "Operator", r.operator());
        row(s, 4, "Started", r.started());
        row(s, 5, "Finished", r.finished());
        row(s, 6, "Sampling", r.sampling() + (r.incremental() ? ", incremental" : ""));
        row(s, 7, "Rule pack", r.rulePackVersion());
        row(s, 8, "Rule pack SHA-256", r.rulePackSha256());
        row(s, 9, "Rows scanned", m.totalRowsScanned());
        row(s, 10, "Findings", m.totalFindings());
        StringBuilder cov = new StringBuilder();
        m.coverageByStatus().forEach((k, v) -> cov.append(cov.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
        row(s, 11, "Containers", m.coverage().size() + (cov.length() == 0 ? "" : " (" + cov + ")"));
        row(s, 13, "Entity", "Records");
        Map<String, Long> byEntity = m.rowsByEntity();
        int first = 14;
        int i = first;
        for (var e : byEntity.entrySet()) {
            row(s, i++, e.getKey(), e.getValue());
        }
        CellStyle bold = s.getWorkbook().createCellStyle();
        Font font = s.getWorkbook().createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle count = s.getWorkbook().createCellStyle();
        count.setDataFormat(s.getWorkbook().createDataFormat().getFormat("#,##0"));
        count.setAlignment(HorizontalAlignment.LEFT);
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getColumnIndex() == 0 || row.getRowNum() == 13) {
                    c.setCellStyle(bold);
                } else if (c.getCellType() == CellType.NUMERIC) {
                    c.setCellStyle(count);
                }
            }
        }
        s.setColumnWidth(0, 22 * 256);
        s.setColumnWidth(1, 30 * 256);
        s.setColumnWidth(2, 30 * 256);
        // one page wide when printed (or converted to PDF)
        s.setFitToPage(true);
        s.getPrintSetup().setFitWidth((short) 1);
        s.getPrintSetup().setFitHeight((short) 0);
        if (byEntity.isEmpty()) {
            return;
        }
        // the chart below the table, as wide as the three columns, so it never covers a cell with text
        int top = first + byEntity.size() + 1;
        XSSFDrawing drawing = s.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 3, top + Math.max(12, 2 * byEntity.size() + 4));
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Records with PII, by entity");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.BOTTOM);
        y.setCrosses(AxisCrosses.MAX); // with the categories top-down, this puts the value axis at the bottom
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        x.setOrientation(AxisOrientation.MAX_MIN); // first entity on top, as in the table
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(s, new CellRangeAddress(first, first + byEntity.size() - 1, 0, 0));
        XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(s, new CellRangeAddress(first, first + byEntity.size() - 1, 1, 1));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(cats, vals);
        series.setTitle("Records", null);
        // an explicit fill: without one, LibreOffice draws the bars invisible
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {(byte) 0x3f, (byte) 0x51, (byte) 0xb5})));
        chart.plot(data);
    }

    private static void row(Sheet s, int index, Object... cells) {
        Row row = s.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                // cells are set as strings, never formulas, whatever a container or field name starts with
                row.createCell(i).setCellValue(v == null ? "" : String.valueOf(v));
            }
        }
    }
}

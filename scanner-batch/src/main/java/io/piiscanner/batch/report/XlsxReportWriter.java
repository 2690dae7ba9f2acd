package io.piiscanner.batch.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
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
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(folder.resolve("report.xlsx"))) {
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
        row(s, 0, "Run", r.id());
        row(s, 1, "Profile", r.profile());
        row(s, 2, "Operator", r.operator());
        row(s, 3, "Started", r.started());
        row(s, 4, "Finished", r.finished());
        row(s, 5, "Sampling", r.sampling());
        row(s, 6, "Rule pack", r.rulePackVersion() + " " + r.rulePackSha256());
        row(s, 7, "Rows scanned", m.totalRowsScanned());
        row(s, 8, "Findings", m.totalFindings());
        row(s, 10, "Entity", "Records");
        Map<String, Long> byEntity = m.rowsByEntity();
        int i = 11;
        for (var e : byEntity.entrySet()) {
            row(s, i++, e.getKey(), e.getValue());
        }
        s.setColumnWidth(0, 20 * 256);
        s.setColumnWidth(1, 40 * 256);
        if (byEntity.isEmpty()) {
            return;
        }
        XSSFDrawing drawing = s.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 3, 0, 12, 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Records with PII, by entity");
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(s, new CellRangeAddress(11, 10 + byEntity.size(), 0, 0));
        XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromNumericCellRange(s, new CellRangeAddress(11, 10 + byEntity.size(), 1, 1));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.BAR);
        data.addSeries(cats, vals).setTitle("Records", null);
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

package io.piiscanner.batch.report;

import io.piiscanner.core.jurisdiction.JurisdictionExposure;
import io.piiscanner.core.jurisdiction.JurisdictionRule;
import io.piiscanner.core.jurisdiction.LegalSummary;
import io.piiscanner.core.jurisdiction.NoticeRule;
import io.piiscanner.core.jurisdiction.ObligationStatus;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The breach-notification parts of report.xlsx: the "Legal summary" sheet (the plain-language summary) and the
 * residents-and-obligations block of the "By jurisdiction" sheet (one row per jurisdiction x notice, with
 * threshold, whether it is owed, due date and the law's words, so legal staff can filter and sort).
 */
final class LegalXlsx {

    private LegalXlsx() {
    }

    static void summarySheet(Sheet s, ReportModel m) {
        LegalSection l = m.legal();
        LegalSummary sum = l.summary();
        Styles st = new Styles(s.getWorkbook());
        int r = 0;
        cell(s, r++, 0, sum.title(), st.title);
        cell(s, r++, 0, "Not legal advice. Confirm every obligation with counsel before notifying anyone.", st.bold);
        cell(s, r, 0, "Aware of the incident", st.bold);
        cell(s, r++, 1, LegalSummary.format(l.awareAt()) + " (" + l.awareAtBasis() + ")", null);
        r++;
        cell(s, r++, 0, "What happened", st.heading);
        for (String line : sum.whatHappened()) {
            cell(s, r++, 0, line, st.wrap);
        }
        r++;
        cell(s, r++, 0, "Whose data", st.heading);
        header(s, r++, st, "Where the people live", "Code", "People", "Records", "People to notify", "Laws");
        for (LegalSummary.Place p : sum.whoseData()) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(p.name());
            row.createCell(1).setCellValue(p.code());
            row.createCell(2).setCellValue(p.people());
            row.createCell(3).setCellValue(p.records());
            row.createCell(4).setCellValue(p.notifiablePeople());
            row.createCell(5).setCellValue(String.join("; ", p.laws()));
        }
        r++;
        cell(s, r++, 0, "By when (earliest first; dates in UTC)", st.heading);
        header(s, r++, st, "Due", "What to do", "Who", "Law", "Required?", "Condition", "Fact status", "How the date was computed", "Source");
        for (LegalSummary.Due d : sum.timeline()) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(d.due());
            row.createCell(1).setCellValue(d.action());
            row.createCell(2).setCellValue(d.who());
            row.createCell(3).setCellValue(d.law() + " (" + d.rule() + ")");
            row.createCell(4).setCellValue(d.owed());
            row.createCell(5).setCellValue(d.condition());
            row.createCell(6).setCellValue(d.flag().isEmpty() ? "confirmed" : d.flag());
            row.createCell(7).setCellValue(d.basis());
            row.createCell(8).setCellValue(d.source());
        }
        r++;
        cell(s, r++, 0, "What is uncertain", st.heading);
        for (String line : sum.uncertain()) {
            cell(s, r++, 0, line, st.wrap);
        }
        r++;
        cell(s, r++, 0, "Please note", st.heading);
        for (String line : sum.caveats()) {
            cell(s, r++, 0, line, st.wrap);
        }
        int[] widths = {34, 28, 40, 34, 30, 40, 14, 50, 50};
        for (int i = 0; i < widths.length; i++) {
            s.setColumnWidth(i, widths[i] * 256);
        }
    }

    /** Appends the residents-and-obligations block at {@code start}; returns the next free row. */
    static int obligationsBlock(Sheet s, int start, ReportModel m) {
        LegalSection l = m.legal();
        Styles st = new Styles(s.getWorkbook());
        int r = start;
        cell(s, r++, 0, "Residents and obligations (deadlines from " + LegalSummary.format(l.awareAt()) + ", " + l.awareAtBasis() + ")", st.heading);
        header(s, r++, st, "Code", "Jurisdiction", "People", "Records", "People to notify", "Records to notify",
                "Records given their residence by linked records", "Elements exposed", "Law", "Notice to", "Who", "Threshold",
                "Owed on the counts", "Due (UTC)", "Deadline (the law's words)", "Condition", "Encryption safe harbor", "Source");
        for (JurisdictionExposure j : l.exposure().jurisdictions()) {
            List<String> rules = j.rules();
            boolean any = false;
            for (String code : rules) {
                JurisdictionRule rule = l.rules().get(code);
                ObligationStatus ob = l.exposure().obligation(code).orElse(null);
                if (rule == null || ob == null) {
                    continue;
                }
                for (ObligationStatus.NoticeStatus n : ob.notices()) {
                    Row row = jurisdictionCells(s.createRow(r++), j);
                    NoticeRule nr = n.notice();
                    row.createCell(8).setCellValue(rule.shortName() + " (" + code + ")");
                    row.createCell(9).setCellValue(LegalSummary.recipientWords(nr.recipient()));
                    row.createCell(10).setCellValue(nr.who());
                    row.createCell(11).setCellValue(nr.threshold().describe());
                    row.createCell(12).setCellValue(n.threshold().name().toLowerCase(Locale.ROOT).replace('_', ' '));
                    row.createCell(13).setCellValue(n.deadline().hasDate() ? n.deadline().dueAt().toString() : "no fixed date");
                    row.createCell(14).setCellValue(nr.deadline().text() + (nr.unconfirmed() ? " [unconfirmed]" : ""));
                    row.createCell(15).setCellValue(nr.condition() == null ? "" : nr.condition());
                    row.createCell(16).setCellValue(rule.encryptionSafeHarbor().name().toLowerCase(Locale.ROOT));
                    row.createCell(17).setCellValue(nr.source());
                    any = true;
                }
            }
            if (!any) {
                Row row = jurisdictionCells(s.createRow(r++), j);
                row.createCell(8).setCellValue(j.code().equals("UNKNOWN") || j.code().equals("US")
                        ? "unknown until residence is established" : "no notice law triggered");
            }
        }
        return r;
    }

    private static Row jurisdictionCells(Row row, JurisdictionExposure j) {
        row.createCell(0).setCellValue(j.code());
        row.createCell(1).setCellValue(j.name());
        row.createCell(2).setCellValue(j.distinctSubjects());
        row.createCell(3).setCellValue(j.records());
        row.createCell(4).setCellValue(j.notifiableSubjects());
        row.createCell(5).setCellValue(j.notifiableRecords());
        row.createCell(6).setCellValue(j.inheritedRecords());
        Map<String, Long> el = new TreeMap<>(j.elements());
        row.createCell(7).setCellValue(String.join(", ", el.keySet()));
        return row;
    }

    private static void header(Sheet s, int r, Styles st, String... names) {
        Row row = s.createRow(r);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
            row.getCell(i).setCellStyle(st.bold);
        }
    }

    private static void cell(Sheet s, int r, int c, String v, CellStyle style) {
        Row row = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
        row.createCell(c).setCellValue(v);
        if (style != null) {
            row.getCell(c).setCellStyle(style);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle bold;
        final CellStyle wrap;

        Styles(Workbook wb) {
            title = style(wb, 16, true);
            heading = style(wb, 13, true);
            bold = style(wb, 11, true);
            wrap = null; // long lines overflow into the empty cells to their right
        }

        private static CellStyle style(Workbook wb, int points, boolean bold) {
            Font f = wb.createFont();
            f.setBold(bold);
            f.setFontHeightInPoints((short) points);
            CellStyle cs = wb.createCellStyle();
            cs.setFont(f);
            return cs;
        }
    }
}

package io.piiscanner.batch.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * report.html: one self-contained page (inline CSS and SVG charts, no scripts, no external assets) that an
 * incident lead can open from a USB stick or attach to a ticket.
 */
public final class HtmlReportWriter implements ReportWriter {

    @Override
    public void write(ReportModel m, Path folder) throws IOException {
        StringBuilder h = new StringBuilder(1 << 16);
        ReportModel.Run r = m.run();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>PII exposure report ")
                .append(esc(r.id())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:24px;color:#222}h1{font-size:22px}h2{font-size:18px;margin-top:28px}")
                .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}")
                .append("th{background:#f0f0f0}td.n{text-align:right}.FAILED{color:#b00020;font-weight:bold}.SKIPPED{color:#8a6d00}")
                .append(".SCANNED{color:#1b5e20}.box{display:inline-block;margin:0 24px 12px 0;padding:8px 14px;background:#f7f7f7;border-radius:6px}")
                .append(".new{color:#b00020}</style></head><body>");
        h.append("<h1>PII exposure report</h1><p>Run <b>").append(esc(r.id())).append("</b> (profile ").append(esc(r.profile()))
                .append(") by ").append(esc(r.operator())).append(", ").append(esc(r.started())).append(" to ")
                .append(esc(r.finished())).append(". Sampling: ").append(esc(r.sampling())).append(r.incremental() ? ", incremental" : "")
                .append(". Rule pack ").append(esc(r.rulePackVersion())).append(" <code>")
                .append(esc(r.rulePackSha256() == null ? "" : r.rulePackSha256().substring(0, Math.min(16, r.rulePackSha256().length()))))
                .append("</code>.</p>");
        h.append("<div><span class=\"box\">Rows scanned<br><b>").append(m.totalRowsScanned()).append("</b></span>")
                .append("<span class=\"box\">Findings<br><b>").append(m.totalFindings()).append("</b></span>")
                .append("<span class=\"box\">Containers<br><b>").append(m.coverage().size()).append("</b></span></div>");
        h.append(LegalSummaryHtmlWriter.section(m));
        if (!m.newExposure().isEmpty()) {
            h.append("<h2 class=\"new\">New exposure since run ").append(esc(r.previousRunId())).append("</h2><ul>");
            m.newExposure().forEach(s -> h.append("<li class=\"new\">").append(esc(s)).append("</li>"));
            h.append("</ul>");
        }
        h.append("<h2>Records with PII, by entity</h2>").append(barChart(m.rowsByEntity(), "#3f51b5"));
        h.append("<h2>Coverage</h2>").append(barChart(m.coverageByStatus(), "#607d8b"));
        h.append("<h2>By field</h2><table><tr><th>Source</th><th>Container</th><th>Field</th><th>Rows scanned</th>")
                .append("<th>Rows with findings</th><th>Entities (rows / findings / distinct)</th><th>Verdict</th></tr>");
        for (ReportModel.FieldRow f : m.fields()) {
            if (f.entities().isEmpty()) {
                continue; // clean fields are in report.json / the XLSX; the page lists what needs attention
            }
            StringBuilder ents = new StringBuilder();
            f.entities().forEach((e, s) -> ents.append(esc(e)).append(' ').append(s.rows()).append(" / ").append(s.findings())
                    .append(" / ").append(s.distinct()).append("<br>"));
            h.append("<tr><td>").append(esc(f.source())).append("</td><td>").append(esc(f.container())).append("</td><td>")
                    .append(esc(f.field())).append("</td><td class=\"n\">").append(f.rowsScanned()).append("</td><td class=\"n\">")
                    .append(f.rowsWithFindings()).append("</td><td>").append(ents).append("</td><td>").append(esc(f.verdict()))
                    .append("</td></tr>");
        }
        h.append("</table><h2>By jurisdiction</h2><table><tr><th>Code</th><th>Records</th><th>Records with findings</th><th>Entities (records)</th></tr>");
        for (ReportModel.JurisdictionRow j : m.jurisdictions()) {
            StringBuilder ents = new StringBuilder();
            j.entities().forEach((e, s) -> ents.append(esc(e)).append(' ').append(s.rows()).append("; "));
            h.append("<tr><td>").append(esc(j.code())).append("</td><td class=\"n\">").append(j.records())
                    .append("</td><td class=\"n\">").append(j.recordsWithFindings()).append("</td><td>").append(ents).append("</td></tr>");
        }
        h.append("</table>");
        for (ReportModel.Section s : m.sections()) {
            h.append("<h2>").append(esc(s.title())).append(" (").append(esc(s.source())).append(")</h2><table><tr>");
            s.columns().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
            h.append("</tr>");
            for (java.util.List<Object> row : s.rows()) {
                h.append("<tr>");
                row.forEach(v -> h.append(v instanceof Number ? "<td class=\"n\">" : "<td>").append(esc(cell(v))).append("</td>"));
                h.append("</tr>");
            }
            h.append("</table>");
        }
        h.append("<h2>Coverage by container</h2><table><tr><th>Source</th><th>Container</th><th>Kind</th><th>Status</th>")
                .append("<th>Rows present</th><th>Rows scanned</th><th>Reason</th></tr>");
        for (ReportModel.CoverageRow c : m.coverage()) {
            h.append("<tr><td>").append(esc(c.source())).append("</td><td>").append(esc(c.container())).append("</td><td>")
                    .append(esc(c.kind())).append("</td><td class=\"").append(esc(c.status())).append("\">").append(esc(c.status()))
                    .append("</td><td class=\"n\">").append(c.rowsPresent()).append("</td><td class=\"n\">").append(c.rowsScanned())
                    .append("</td><td>").append(esc(c.reason() == null ? "" : c.reason())).append("</td></tr>");
        }
        h.append("</table><p style=\"color:#777;font-size:12px\">No raw values are shown or stored: findings keep a masked preview and a keyed fingerprint.</p></body></html>\n");
        Files.writeString(folder.resolve("report.html"), h, StandardCharsets.UTF_8);
    }

    /** A horizontal bar chart as inline SVG. */
    static String barChart(Map<String, Long> values, String color) {
        if (values.isEmpty()) {
            return "<p>None.</p>";
        }
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int rowH = 24;
        int width = 720;
        int label = 200;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(values.size() * rowH + 10).append("\" role=\"img\">");
        int y = 5;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            int w = (int) Math.max(1, (width - label - 80) * (double) e.getValue() / Math.max(1, max));
            s.append("<text x=\"").append(label - 6).append("\" y=\"").append(y + 16)
                    .append("\" font-size=\"12\" text-anchor=\"end\">").append(esc(e.getKey())).append("</text>")
                    .append("<rect x=\"").append(label).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"").append(rowH - 6).append("\" fill=\"").append(color).append("\"/>")
                    .append("<text x=\"").append(label + w + 6).append("\" y=\"").append(y + 16).append("\" font-size=\"12\">")
                    .append(e.getValue()).append("</text>");
            y += rowH;
        }
        return s.append("</svg>").toString();
    }

    /** A section cell as text: lists joined with "; ". */
    static String cell(Object v) {
        if (v instanceof java.util.Collection<?> c) {
            return String.join("; ", c.stream().map(String::valueOf).toList());
        }
        return v == null ? "" : String.valueOf(v);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String pct(double d) {
        return String.format(Locale.ROOT, "%.1f%%", d * 100);
    }
}

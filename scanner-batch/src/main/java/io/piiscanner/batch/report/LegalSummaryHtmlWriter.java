package io.piiscanner.batch.report;

import io.piiscanner.core.jurisdiction.LegalSummary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.piiscanner.batch.report.HtmlReportWriter.esc;

/**
 * legal-summary.html: one self-contained, printable page for legal and compliance staff, in plain language:
 * what happened, whose data, by when, which laws, what is uncertain; not legal advice. No scripts, no external
 * assets; source URLs are shown as text. Also renders the short "Breach notification" section of report.html.
 */
public final class LegalSummaryHtmlWriter implements ReportWriter {

    public static final String FILE = "legal-summary.html";

    private static final String CSS = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1d1d1f;"
            + "margin:0;background:#fff;font-size:15px;line-height:1.5}main{max-width:1060px;margin:0 auto;padding:28px 32px 40px}"
            + "h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:30px 0 10px;padding-bottom:4px;border-bottom:2px solid #e3e6ea}"
            + "h3{font-size:16px;margin:22px 0 6px}.sub{color:#5f6368;margin:0 0 14px}"
            + ".advice{background:#fff8e1;border-left:5px solid #f2a900;padding:10px 14px;margin:14px 0}"
            + ".facts{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}.fact{flex:1 1 180px;background:#f4f6f8;border-radius:8px;padding:10px 14px}"
            + ".fact .k{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#5f6368}.fact .v{font-size:19px;font-weight:600;line-height:1.3}"
            + ".fact .d{font-size:13px;color:#3c4043}table{border-collapse:collapse;width:100%;font-size:14px;margin:6px 0 10px}"
            + "th,td{border-bottom:1px solid #e3e6ea;padding:7px 9px;text-align:left;vertical-align:top}th{background:#f4f6f8;font-weight:600}"
            + "td.n{text-align:right;white-space:nowrap}td.due{font-weight:600}tr.soon td.due{color:#b3261e}"
            + ".tag{display:inline-block;font-size:12px;padding:1px 7px;border-radius:10px;background:#eceff1;color:#37474f;margin-left:4px}"
            + ".tag.unc{background:#fdecea;color:#8c1d18}.req{color:#1b5e20;font-weight:600}.cond{color:#5f6368;font-size:13px}"
            + "ul{padding-left:22px}li{margin:4px 0}.src{font-size:12px;color:#5f6368;word-break:break-all}"
            + ".law{border:1px solid #e3e6ea;border-radius:8px;padding:4px 16px 8px;margin:12px 0}"
            + "footer{margin-top:28px;color:#5f6368;font-size:12px}.cite{color:#5f6368;font-size:13px;margin-top:-4px}"
            + "@media print{main{padding:0}h2{break-after:avoid}.law,tr{break-inside:avoid}}";

    @Override
    public void write(ReportModel m, Path folder) throws IOException {
        if (m.legal() == null) {
            return;
        }
        Files.writeString(folder.resolve(FILE), page(m), StandardCharsets.UTF_8);
    }

    static String page(ReportModel m) {
        LegalSection l = m.legal();
        LegalSummary s = l.summary();
        StringBuilder h = new StringBuilder(1 << 15);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(esc(s.title())).append(" - run ").append(esc(m.run().id())).append("</title><style>")
                .append(CSS).append("</style></head><body><main>");
        h.append("<h1>").append(esc(s.title())).append("</h1><p class=\"sub\">For legal, privacy and compliance staff. Scan run ")
                .append(esc(m.run().id())).append(", finished ").append(esc(finished(m.run().finished()))).append(".</p>");
        h.append("<div class=\"advice\"><b>Not legal advice.</b> This summary comes from an automated scan of the data."
                + " Confirm every obligation with counsel before notifying anyone.</div>");

        // key facts
        long laws = l.exposure().obligations().stream().filter(o -> o.applies()).count();
        LegalSummary.Due first = s.timeline().stream().filter(d -> d.dueAt() != null).findFirst().orElse(null);
        h.append("<div class=\"facts\">");
        fact(h, "Aware of the incident", esc(DAY.format(l.awareAt())), esc(TIME.format(l.awareAt()))
                + (l.awareAtDeclared() ? " (declared)" : " (assumed: the scan's start)"));
        fact(h, "People affected", String.format(java.util.Locale.ROOT, "%,d", l.exposure().distinctSubjects()),
                esc(LegalSummary.records(l.exposure().records())) + " with personal data");
        fact(h, "Laws triggered", Long.toString(laws), laws == 1 ? "law or obligation" : "laws or obligations");
        if (first != null) {
            boolean now = first.dueAt().equals(l.awareAt());
            fact(h, "First deadline", now ? "Immediately" : esc(DAY.format(first.dueAt())),
                    (now ? "" : esc(TIME.format(first.dueAt())) + ": ") + esc(first.action() + " (" + first.law() + ")"));
        }
        h.append("</div>");

        h.append("<h2>1. What happened</h2>");
        for (String line : s.whatHappened()) {
            h.append("<p>").append(esc(line)).append("</p>");
        }

        h.append("<h2>2. Whose data</h2><table><tr><th>Where the people live</th><th class=\"n\">People</th><th class=\"n\">Records</th>")
                .append("<th class=\"n\">People to notify</th><th>Laws</th></tr>");
        for (LegalSummary.Place p : s.whoseData()) {
            h.append("<tr><td>").append(esc(p.name())).append(" <span class=\"tag\">").append(esc(p.code())).append("</span></td><td class=\"n\">")
                    .append(String.format(java.util.Locale.ROOT, "%,d", p.people())).append("</td><td class=\"n\">")
                    .append(String.format(java.util.Locale.ROOT, "%,d", p.records())).append("</td><td class=\"n\">")
                    .append(String.format(java.util.Locale.ROOT, "%,d", p.notifiablePeople())).append("</td><td>")
                    .append(esc(p.laws().isEmpty() ? (p.code().equals("UNKNOWN") || p.code().equals("US") ? "unknown until residence is established" : "no notice law triggered")
                            : String.join("; ", p.laws()))).append("</td></tr>");
        }
        h.append("</table>");

        h.append("<h2>3. By when</h2>");
        if (s.timeline().isEmpty()) {
            h.append("<p>No notice is due on the scanner's reading.</p>");
        } else {
            h.append("<p>Every notice the laws below require (or may require) for the data found, earliest first. Deadlines in red fall within 72 hours of becoming aware.</p>");
            h.append("<table><tr><th style=\"width:22%\">Due</th><th style=\"width:31%\">What to do</th><th style=\"width:15%\">Law</th>")
                    .append("<th>Required?</th></tr>");
            for (LegalSummary.Due d : s.timeline()) {
                boolean soon = isSoon(d.dueAt(), l.awareAt());
                h.append("<tr").append(soon ? " class=\"soon\"" : "").append("><td class=\"due\">").append(dueCell(d, l.awareAt()))
                        .append("</td><td><b>").append(esc(d.action())).append("</b><div class=\"cond\">").append(esc(d.who()))
                        .append("</div></td><td>").append(esc(d.law()))
                        .append(d.flag().isEmpty() ? "" : " <span class=\"tag unc\">" + esc(d.flag()) + "</span>").append("</td><td>")
                        .append(esc(d.owed())).append(d.condition().isEmpty() ? "" : "<div class=\"cond\">Condition: " + esc(d.condition()) + "</div>")
                        .append("</td></tr>");
            }
            h.append("</table>");
        }

        h.append("<h2>4. Which laws</h2>");
        if (s.laws().isEmpty()) {
            h.append("<p>No notification law is triggered on the scanner's reading.</p>");
        }
        for (LegalSummary.Section sec : s.laws()) {
            h.append("<div class=\"law\"><h3>").append(esc(sec.heading())).append(" <span class=\"tag\">").append(esc(sec.rule()))
                    .append("</span></h3><p class=\"cite\">").append(esc(sec.citation())).append("</p>");
            for (String line : sec.lines()) {
                h.append("<p>").append(esc(line)).append("</p>");
            }
            h.append("<table><tr><th>Notice</th><th>Who</th><th>Required?</th><th>By</th><th>The law's words</th></tr>");
            for (LegalSummary.NoticeLine n : sec.notices()) {
                h.append("<tr><td>").append(esc(n.to())).append("</td><td>").append(esc(n.who())).append("</td><td>")
                        .append(esc(n.owed())).append(n.condition().isEmpty() ? "" : "<div class=\"cond\">Condition: " + esc(n.condition()) + "</div>")
                        .append("</td><td class=\"due\" style=\"white-space:normal\">").append(esc(n.dueDate())).append("</td><td>").append(esc(n.deadline()))
                        .append("</td></tr>");
            }
            h.append("</table>");
            if (!sec.sources().isEmpty()) {
                h.append("<p class=\"src\">Sources: ").append(esc(String.join("  |  ", sec.sources()))).append("</p>");
            }
            h.append("</div>");
        }

        h.append("<h2>5. What is uncertain</h2><ul>");
        for (String u : s.uncertain()) {
            h.append("<li>").append(esc(u)).append("</li>");
        }
        h.append("</ul><h2>6. Please note</h2><ul>");
        for (String c : s.caveats()) {
            h.append("<li>").append(esc(c)).append("</li>");
        }
        h.append("</ul><footer>Counts come from masked findings and keyed fingerprints; this page contains no personal data."
                + " Machine-readable detail: report.json, key \"breach_notification\". Rules pack ")
                .append(esc(l.packVersion())).append(".</footer></main></body></html>\n");
        return h.toString();
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);
    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter
            .ofPattern("HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    /** Day on one line and time on the next; "Immediately"; or "No fixed date" over the law's words. */
    private static String dueCell(LegalSummary.Due d, Instant awareAt) {
        if (d.dueAt() == null) {
            return "No fixed date<div class=\"cond\" style=\"font-weight:400\">" + esc(d.due()) + "</div>";
        }
        if (d.dueAt().equals(awareAt)) {
            return "Immediately<div class=\"cond\" style=\"font-weight:400\">" + esc(DAY.format(d.dueAt()) + ", " + TIME.format(d.dueAt())) + "</div>";
        }
        return esc(DAY.format(d.dueAt())) + "<br>" + esc(TIME.format(d.dueAt()));
    }

    private static String finished(String iso) {
        try {
            return LegalSummary.format(Instant.parse(iso));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    private static void fact(StringBuilder h, String k, String v, String d) {
        h.append("<div class=\"fact\"><div class=\"k\">").append(esc(k)).append("</div><div class=\"v\">").append(v)
                .append("</div><div class=\"d\">").append(d).append("</div></div>");
    }

    /** The "Breach notification" section of report.html: key numbers, the first deadlines and a link to the full page. */
    static String section(ReportModel m) {
        LegalSection l = m.legal();
        if (l == null) {
            return "";
        }
        LegalSummary s = l.summary();
        StringBuilder h = new StringBuilder();
        h.append("<h2>Breach notification</h2><p>Aware of the incident: <b>").append(esc(LegalSummary.format(l.awareAt())))
                .append("</b> (").append(esc(l.awareAtBasis())).append("). ")
                .append(esc(LegalSummary.people(l.exposure().distinctSubjects()))).append(" in ")
                .append(esc(LegalSummary.records(l.exposure().records()))).append(" with personal data. <a href=\"")
                .append(FILE).append("\">Legal summary for legal staff</a> (not legal advice).</p>");
        List<LegalSummary.Due> dated = s.timeline().stream().filter(d -> d.dueAt() != null).limit(8).toList();
        if (!dated.isEmpty()) {
            h.append("<table><tr><th>Due</th><th>Notice</th><th>Law</th><th>Required?</th></tr>");
            for (LegalSummary.Due d : dated) {
                h.append("<tr><td>").append(esc(d.due())).append("</td><td>").append(esc(d.action())).append(" (").append(esc(d.who()))
                        .append(")</td><td>").append(esc(d.rule())).append("</td><td>").append(esc(d.owed())).append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("<table style=\"margin-top:12px\"><tr><th>Jurisdiction</th><th>People</th><th>Records</th><th>People to notify</th></tr>");
        for (LegalSummary.Place p : s.whoseData()) {
            h.append("<tr><td>").append(esc(p.name())).append("</td><td class=\"n\">").append(p.people()).append("</td><td class=\"n\">")
                    .append(p.records()).append("</td><td class=\"n\">").append(p.notifiablePeople()).append("</td></tr>");
        }
        return h.append("</table>").toString();
    }

    static boolean isSoon(Instant due, Instant awareAt) {
        return due != null && !due.isAfter(awareAt.plus(Duration.ofHours(72)));
    }
}

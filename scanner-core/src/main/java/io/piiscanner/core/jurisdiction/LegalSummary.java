package io.piiscanner.core.jurisdiction;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plain-language summary for legal staff: whose data, which laws, by when. Structured (sections of
 * lines) so HTML, XLSX and JSON reports can render it; {@link #toText()} gives the plain text.
 *
 * <pre>{@code
 * LegalSummary s = LegalSummary.of(aggregator.report(awareAt));
 * }</pre>
 */
public record LegalSummary(String title, Instant awareAt, List<String> overview, List<Section> sections, List<String> caveats) {

    /** One law (or the unknown-jurisdiction group): a heading, plain sentences, and the notices as rows. */
    public record Section(String rule, String heading, List<String> lines, List<NoticeLine> notices, List<String> sources) {
        public Section {
            lines = List.copyOf(lines);
            notices = List.copyOf(notices);
            sources = List.copyOf(sources);
        }
    }

    /** A notice row: to whom, owed or not on the counts, by when (a date or the law's words), and why. */
    public record NoticeLine(String to, String who, String owed, String dueDate, String deadline, String condition, String source) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public LegalSummary {
        overview = List.copyOf(overview);
        sections = List.copyOf(sections);
        caveats = List.copyOf(caveats);
    }

    public static LegalSummary of(ExposureReport report) {
        List<String> overview = new ArrayList<>();
        overview.add("We became aware of the incident on " + DATE.format(report.awareAt()) + ". All deadlines below count from that moment.");
        overview.add(String.format(Locale.ROOT, "The scan found personal data in %,d records belonging to about %,d distinct people.",
                report.records(), report.distinctSubjects()));
        long laws = report.obligations().stream().filter(ObligationStatus::applies).count();
        overview.add(laws == 0 ? "No notification law is triggered by the data found, on the scanner's reading."
                : laws + (laws == 1 ? " law or obligation requires" : " laws or obligations require") + " notification (listed below, most people affected first).");
        report.jurisdiction(JurisdictionResult.UNKNOWN).ifPresent(u -> overview.add(String.format(Locale.ROOT,
                "For %,d records (%,d people) we could not tell where the person lives; see \"Jurisdiction unknown\".", u.records(), u.distinctSubjects())));

        List<Section> sections = new ArrayList<>();
        for (ObligationStatus o : report.obligations()) {
            if (!o.applies() && o.reviewRecords() == 0) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "%,d people (%,d records) must be notified under %s.", o.notifiableSubjects(), o.notifiableRecords(), o.law()));
            if (!o.elements().isEmpty()) {
                lines.add("Data exposed: " + plainElements(o.elements()) + ".");
            }
            if (o.reviewRecords() > 0) {
                lines.add(String.format(Locale.ROOT, "%,d more records need a lawyer's review (encrypted data under a risk-based rule, or data without a name).", o.reviewRecords()));
            }
            if (o.plausibleRecords() > 0) {
                lines.add(String.format(Locale.ROOT, "%,d further records (%,d people) may fall under this law if their residence is confirmed.", o.plausibleRecords(), o.plausibleSubjects()));
            }
            List<NoticeLine> notices = new ArrayList<>();
            for (ObligationStatus.NoticeStatus n : o.notices()) {
                NoticeRule r = n.notice();
                notices.add(new NoticeLine(recipientWords(r.recipient()), r.who(), owedWords(n, o.notifiableSubjects()),
                        n.deadline().hasDate() ? DATE.format(n.deadline().dueAt()) : "no fixed date",
                        r.deadline().text() + (r.unconfirmed() ? " [unconfirmed]" : "secondary".equals(r.status()) ? " [secondary source]" : ""),
                        r.condition() == null ? "" : r.condition(), r.source()));
            }
            lines.addAll(o.notes());
            sections.add(new Section(o.rule(), o.name() + " - " + o.law(), lines, notices, o.sources()));
        }
        report.jurisdiction(JurisdictionResult.UNKNOWN).ifPresent(u -> sections.add(new Section(JurisdictionResult.UNKNOWN, "Jurisdiction unknown",
                List.of(String.format(Locale.ROOT, "%,d records (%,d people): no reliable signal of where the person lives, or the signals conflict.", u.records(), u.distinctSubjects()),
                        "Until residence is established, treat each of them as possibly covered by every law listed as \"may fall under\" above."),
                List.of(), List.of())));
        report.jurisdiction("US").ifPresent(u -> sections.add(new Section("US", "United States, state unknown",
                List.of(String.format(Locale.ROOT, "%,d records (%,d people) are US residents whose state could not be determined; US state laws apply by state of residence.", u.records(), u.distinctSubjects())),
                List.of(), List.of())));

        List<String> caveats = List.of(
                "This summary is produced by an automated scan; it is not legal advice. Confirm every obligation with counsel before notifying.",
                "Deadlines count from the declared awareness time, even where a law starts its clock at discovery or determination; that is the earliest reading.",
                "Business days skip weekends only, not public holidays.",
                "Where the rules say \"unconfirmed\", our reference sources could not confirm the fact.",
                "Counts of people rely on e-mail, phone, national ID and card identifiers; people without such identifiers are counted once per record.",
                "Rules pack version " + report.packVersion() + ".");
        return new LegalSummary("Data breach notification summary", report.awareAt(), overview, sections, caveats);
    }

    /** The summary as plain text. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append("\n").append("=".repeat(title.length())).append("\n\n");
        overview.forEach(l -> sb.append(l).append("\n"));
        for (Section s : sections) {
            sb.append("\n").append(s.heading()).append("\n").append("-".repeat(Math.min(100, s.heading().length()))).append("\n");
            s.lines().forEach(l -> sb.append(l).append("\n"));
            for (NoticeLine n : s.notices()) {
                sb.append("  * ").append(n.to()).append(" (").append(n.who()).append("): ").append(n.owed())
                        .append(". By: ").append(n.dueDate()).append(" - ").append(n.deadline());
                if (!n.condition().isEmpty()) {
                    sb.append(". Condition: ").append(n.condition());
                }
                sb.append(".\n");
            }
            if (!s.sources().isEmpty()) {
                sb.append("  Sources: ").append(String.join(" ; ", s.sources())).append("\n");
            }
        }
        sb.append("\nPlease note\n-----------\n");
        caveats.forEach(c -> sb.append("- ").append(c).append("\n"));
        return sb.toString();
    }

    private static String owedWords(ObligationStatus.NoticeStatus n, long subjects) {
        return switch (n.threshold()) {
            case CROSSED -> n.notice().threshold().kind() == Threshold.Kind.ANY ? "Required"
                    : String.format(Locale.ROOT, "Required (%,d people; threshold %s)", subjects, n.notice().threshold().describe());
            case NOT_CROSSED -> String.format(Locale.ROOT, "Not required on the count (%,d people; threshold %s)", subjects, n.notice().threshold().describe());
            case NOT_REQUIRED -> "Not required by this law";
            case CONDITIONAL -> "Only in some conditions";
            case UNCONFIRMED -> "Threshold unconfirmed - ask counsel";
        };
    }

    private static String recipientWords(String r) {
        return switch (r) {
            case NoticeRule.INDIVIDUALS -> "Notify the people affected";
            case NoticeRule.REGULATOR -> "Notify the regulator";
            case NoticeRule.CRA -> "Notify the credit reporting agencies";
            case "acquirer_and_card_brands" -> "Notify the acquiring bank and card brands";
            case "controller" -> "Notify the controller";
            case "assessment" -> "Finish the internal assessment";
            default -> r;
        };
    }

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("SSN", "Social Security numbers"), Map.entry("NAME", "names"), Map.entry("EMAIL", "e-mail addresses"),
            Map.entry("PHONE", "phone numbers"), Map.entry("POSTAL_ADDRESS", "postal addresses"), Map.entry("DATE_OF_BIRTH", "dates of birth"),
            Map.entry("CARD_NUMBER", "payment card numbers"), Map.entry("ACCOUNT_NUMBER", "bank account numbers"),
            Map.entry("PASSWORD", "passwords"), Map.entry("EMAIL_WITH_PASSWORD", "e-mail addresses with passwords"),
            Map.entry("USERNAME_WITH_PASSWORD", "user names with passwords"), Map.entry("DRIVER_LICENSE", "driver's licence numbers"),
            Map.entry("PASSPORT", "passport numbers"), Map.entry("TAX_ID", "taxpayer ID numbers"), Map.entry("NATIONAL_ID", "national ID numbers"),
            Map.entry("FINANCIAL_ACCOUNT_WITH_CODE", "account or card numbers with their security codes"),
            Map.entry("MEDICAL", "medical information"), Map.entry("HEALTH_INSURANCE", "health insurance information"));

    private static String plainElements(Map<String, Long> elements) {
        List<String> parts = new ArrayList<>();
        elements.entrySet().stream().filter(e -> WORDS.containsKey(e.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> parts.add(WORDS.get(e.getKey()) + String.format(Locale.ROOT, " (%,d records)", e.getValue())));
        return parts.isEmpty() ? "personal data" : String.join(", ", parts);
    }
}

package io.piiscanner.core.jurisdiction;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A plain-language summary for legal and compliance staff: what happened, whose data, which laws, by when,
 * and what is uncertain. Structured (lists of lines and rows) so the HTML, XLSX and JSON reports render the
 * same content; {@link #toText()} gives plain text. Holds counts, element names, law names and dates only.
 *
 * <pre>{@code
 * LegalSummary s = LegalSummary.of(aggregator.report(awareAt), "declared with --aware-at", List.of("3 sources scanned"));
 * }</pre>
 *
 * @param awareAtBasis  where the awareness time comes from ("declared with --aware-at", "the scan's start ...")
 * @param whatHappened  sentences: the incident time, what was scanned, how many records and people
 * @param whoseData     one row per jurisdiction, most notifiable people first
 * @param timeline      every notice owed (or possibly owed) under a law that applies, dated ones first
 * @param laws          one section per law that applies or needs review
 * @param uncertain     what the scan could not settle
 * @param caveats       fixed notes: not legal advice, how deadlines are counted
 */
public record LegalSummary(String title, Instant awareAt, String awareAtBasis, List<String> whatHappened,
                           List<Place> whoseData, List<Due> timeline, List<Section> laws, List<String> uncertain,
                           List<String> caveats) {

    /** One jurisdiction: its people and records, how many are notifiable, under which laws. */
    public record Place(String code, String name, long people, long records, long notifiablePeople, long notifiableRecords,
                        List<String> laws) {
        public Place {
            laws = List.copyOf(laws);
        }
    }

    /**
     * One notice on the timeline.
     *
     * @param dueAt    null when the law gives no fixed count ("without undue delay")
     * @param due      the date in words, or the law's words when there is no date
     * @param owed     "Required", "Required if ...", "Threshold unconfirmed - ask counsel"
     * @param flag     "", "unconfirmed" or "secondary source"
     */
    public record Due(Instant dueAt, String due, String action, String who, String rule, String law, String owed,
                      String condition, String basis, String flag, String source) {
    }

    /** One law: a heading (what legal staff call it), the citation, plain sentences, and its notices as rows. */
    public record Section(String rule, String heading, String citation, List<String> lines, List<NoticeLine> notices, List<String> sources) {
        public Section {
            lines = List.copyOf(lines);
            notices = List.copyOf(notices);
            sources = List.copyOf(sources);
        }
    }

    /** A notice row: to whom, owed or not on the counts, by when (a date or the law's words), and why. */
    public record NoticeLine(String to, String who, String owed, String dueDate, String deadline, String condition, String source) {
    }

    public static final String NOT_LEGAL_ADVICE = "This summary comes from an automated scan and is not legal advice. "
            + "Confirm every obligation with counsel before notifying anyone.";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public LegalSummary {
        whatHappened = List.copyOf(whatHappened);
        whoseData = List.copyOf(whoseData);
        timeline = List.copyOf(timeline);
        laws = List.copyOf(laws);
        uncertain = List.copyOf(uncertain);
        caveats = List.copyOf(caveats);
    }

    public static LegalSummary of(ExposureReport report) {
        return of(report, "declared", List.of(), List.of());
    }

    /**
     * @param awareAtBasis where the awareness time comes from, in words
     * @param scanFacts    sentences about the scan itself (sources, sampling), placed under "what happened"
     * @param scanCaveats  uncertainties of the scan itself (a sample, an incomplete source), under "uncertain"
     */
    public static LegalSummary of(ExposureReport report, String awareAtBasis, List<String> scanFacts, List<String> scanCaveats) {
        List<String> what = new ArrayList<>();
        what.add("The organisation became aware of the incident on " + format(report.awareAt()) + " (" + awareAtBasis
                + "). Every deadline below is counted from that moment.");
        what.addAll(scanFacts);
        what.add("Personal data was found in " + records(report.records()) + ", belonging to about " + people(report.distinctSubjects())
                + " (a person found in several sources is counted once).");
        List<ObligationStatus> applying = report.obligations().stream().filter(ObligationStatus::applies).toList();
        what.add(applying.isEmpty() ? "On the scanner's reading, no notification law is triggered by the data found."
                : applying.size() + (applying.size() == 1 ? " law or obligation is" : " laws or obligations are")
                + " triggered: " + String.join(", ", applying.stream().map(ObligationStatus::shortName).toList()) + ".");

        List<Place> places = new ArrayList<>();
        for (JurisdictionExposure j : report.jurisdictions()) {
            List<String> laws = new ArrayList<>();
            for (String r : j.rules()) {
                report.obligation(r).filter(o -> o.applies() || o.reviewRecords() > 0).ifPresent(o -> laws.add(o.shortName()));
            }
            places.add(new Place(j.code(), j.name(), j.distinctSubjects(), j.records(), j.notifiableSubjects(),
                    j.notifiableRecords(), laws));
        }

        List<Due> timeline = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        Set<String> unconfirmedFacts = new LinkedHashSet<>();
        for (ObligationStatus o : report.obligations()) {
            if (!o.applies() && o.reviewRecords() == 0) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            if (o.applies()) {
                lines.add("The data of " + people(o.notifiableSubjects()) + " (" + records(o.notifiableRecords()) + ") is notifiable under "
                        + o.shortName() + ".");
            } else {
                lines.add("No record is clearly notifiable under " + o.shortName() + ".");
            }
            if (!o.triggering().isEmpty()) {
                lines.add("What makes it notifiable: " + plainElements(o.triggering()) + ".");
            }
            if (o.reviewRecords() > 0) {
                lines.add(cap(records(o.reviewRecords())) + verb(o.reviewRecords(), " needs", " need") + " a lawyer's review (encrypted or masked data under a"
                        + " risk-based rule, or data without a name where the law may still count it).");
            }
            if (o.plausibleRecords() > 0) {
                lines.add(cap(records(o.plausibleRecords())) + " more (" + people(o.plausibleSubjects()) + ") would fall under this"
                        + " law if the person lives there; their residence is not known.");
            }
            List<NoticeLine> notices = new ArrayList<>();
            for (ObligationStatus.NoticeStatus n : o.notices()) {
                NoticeRule r = n.notice();
                String flag = r.unconfirmed() ? "unconfirmed" : "secondary".equals(r.status()) ? "secondary source" : "";
                if (!flag.isEmpty()) {
                    unconfirmedFacts.add(o.shortName());
                }
                String owed = owedWords(n, o.notifiableSubjects());
                notices.add(new NoticeLine(recipientWords(r.recipient()), r.who(), owed, dueWords(n, report.awareAt()),
                        r.deadline().text() + (flag.isEmpty() || r.deadline().text().contains(flag) ? "" : " [" + flag + "]"),
                        r.condition() == null ? "" : r.condition(), r.source()));
                if (o.applies() && n.threshold() != Threshold.Status.NOT_CROSSED && n.threshold() != Threshold.Status.NOT_REQUIRED) {
                    timeline.add(new Due(n.deadline().dueAt(), n.deadline().hasDate() ? dueWords(n, report.awareAt()) : r.deadline().text(),
                            recipientWords(r.recipient()), r.who(), o.rule(), o.shortName(), owed, r.condition() == null ? "" : r.condition(),
                            n.deadline().basis(), flag, r.source()));
                }
            }
            lines.addAll(o.notes());
            sections.add(new Section(o.rule(), o.shortName(), o.law(), lines, notices, o.sources()));
        }
        timeline.sort(Comparator.comparing((Due d) -> d.dueAt() == null ? Instant.MAX : d.dueAt()).thenComparing(Due::rule));

        List<String> uncertain = new ArrayList<>();
        report.jurisdiction(JurisdictionResult.UNKNOWN).ifPresent(u -> uncertain.add("For " + records(u.records()) + " ("
                + people(u.distinctSubjects()) + ") the scan could not tell where the person lives, or the signals disagree."
                + " Until that is established, treat them as possibly covered by every law that says they \"would fall under\" it."));
        report.jurisdiction("US").ifPresent(u -> uncertain.add(cap(records(u.records())) + " (" + people(u.distinctSubjects())
                + ")" + verb(u.records(), " belongs", " belong") + " to US residents whose state is not known; US notice laws apply by state of residence, so any"
                + " state's law may apply."));
        long review = report.obligations().stream().mapToLong(ObligationStatus::reviewRecords).sum();
        if (review > 0) {
            uncertain.add(cap(records(review)) + verb(review, " needs", " need") + " a lawyer's review under at least one law (see each law below).");
        }
        if (report.inheritedRecords() > 0) {
            uncertain.add(cap(records(report.inheritedRecords())) + " showed no residence of their own (or only a phone number"
                    + " or bank account); they were given the residence stated in the same person's other records (matched by"
                    + " e-mail, phone, ID or card number).");
        }
        long low = report.jurisdictions().stream().mapToLong(JurisdictionExposure::lowConfidenceRecords).sum();
        if (low > 0) {
            uncertain.add(cap(records(low)) + verb(low, " was", " were") + " placed in a jurisdiction with low confidence (for example from a phone"
                    + " number only).");
        }
        if (report.severalPeopleRecords() > 0) {
            uncertain.add(cap(records(report.severalPeopleRecords())) + verb(report.severalPeopleRecords(), " holds", " hold") + " the details of several people (for example a"
                    + " list pasted into a note); the people in them are counted separately.");
        }
        if (report.recordsWithoutStrongIdentifier() > 0) {
            uncertain.add(cap(records(report.recordsWithoutStrongIdentifier())) + verb(report.recordsWithoutStrongIdentifier(), " has", " have") + " no e-mail, phone, ID or card number to"
                    + " recognise the person by; each counts as a different person, so the number of people may be too high.");
        }
        if (!unconfirmedFacts.isEmpty()) {
            uncertain.add("Some facts of these rules could not be confirmed in our reference sources and are marked"
                    + " [unconfirmed] or [secondary source]: " + String.join(", ", unconfirmedFacts) + ".");
        }
        uncertain.addAll(scanCaveats);
        if (uncertain.isEmpty()) {
            uncertain.add("Nothing beyond the general notes below.");
        }

        List<String> caveats = List.of(NOT_LEGAL_ADVICE,
                "Deadlines are counted from the awareness time above even where a law starts its clock later (at discovery,"
                        + " determination or confirmation of the breach): that is the earliest reading.",
                "\"Without undue delay\" and similar words are the law's own; no date is invented for them.",
                "Business days skip Saturdays and Sundays only, not public holidays.",
                "Many laws let an organisation skip notice after a documented finding that harm is unlikely; the scan cannot"
                        + " make that finding.",
                "Rules pack version " + report.packVersion() + "; every fact names its source.");
        return new LegalSummary("Data breach notification summary", report.awareAt(), awareAtBasis, what, places, timeline,
                sections, uncertain, caveats);
    }

    /** The summary as plain text. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append("\n").append("=".repeat(title.length())).append("\n\n");
        heading(sb, "What happened");
        whatHappened.forEach(l -> sb.append(l).append("\n"));
        heading(sb, "Whose data");
        for (Place p : whoseData) {
            sb.append("- ").append(p.name()).append(": ").append(people(p.people())).append(" (").append(records(p.records()))
                    .append("), ").append(p.notifiablePeople()).append(" notifiable")
                    .append(p.laws().isEmpty() ? "" : " under " + String.join(", ", p.laws())).append("\n");
        }
        heading(sb, "By when");
        for (Due d : timeline) {
            sb.append("- ").append(d.due()).append(": ").append(d.action()).append(" (").append(d.who()).append(") - ")
                    .append(d.law()).append(". ").append(d.owed()).append(d.flag().isEmpty() ? "" : " [" + d.flag() + "]").append("\n");
        }
        heading(sb, "Which laws");
        for (Section s : laws) {
            sb.append(s.heading()).append(" (").append(s.citation()).append(")\n");
            s.lines().forEach(l -> sb.append("  ").append(l).append("\n"));
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
        heading(sb, "What is uncertain");
        uncertain.forEach(l -> sb.append("- ").append(l).append("\n"));
        heading(sb, "Please note");
        caveats.forEach(c -> sb.append("- ").append(c).append("\n"));
        return sb.toString();
    }

    private static void heading(StringBuilder sb, String h) {
        sb.append("\n").append(h).append("\n").append("-".repeat(h.length())).append("\n");
    }

    /** "Immediately (Thursday 26 November 2026, 09:00 UTC)" for a zero-hour clock, else the date, else "no fixed date". */
    private static String dueWords(ObligationStatus.NoticeStatus n, Instant awareAt) {
        if (!n.deadline().hasDate()) {
            return "no fixed date";
        }
        return n.deadline().dueAt().equals(awareAt) ? "Immediately (" + format(awareAt) + ")" : format(n.deadline().dueAt());
    }

    /** "1 record", "1,204 records". */
    public static String records(long n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "record" : "records");
    }

    /** "1 person", "1,204 people". */
    public static String people(long n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "person" : "people");
    }

    private static String verb(long n, String singular, String plural) {
        return n == 1 ? singular : plural;
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "Thursday 26 November 2026, 09:00 UTC". */
    public static String format(Instant t) {
        return DATE.format(t);
    }

    private static String owedWords(ObligationStatus.NoticeStatus n, long subjects) {
        String cond = n.notice().condition() == null ? "" : " if the condition below is met";
        return switch (n.threshold()) {
            case CROSSED -> n.notice().threshold().kind() == Threshold.Kind.ANY ? "Required" + cond
                    : "Required" + cond + " (" + people(subjects) + "; threshold: " + n.notice().threshold().describe() + ")";
            case NOT_CROSSED -> "Not required on the count (" + people(subjects) + "; threshold: " + n.notice().threshold().describe() + ")";
            case NOT_REQUIRED -> "Not required by this law";
            case CONDITIONAL -> "Only in some conditions";
            case UNCONFIRMED -> "Threshold unconfirmed - ask counsel";
        };
    }

    /** Plain words for a notice recipient. */
    public static String recipientWords(String r) {
        return switch (r) {
            case NoticeRule.INDIVIDUALS -> "Notify the people affected";
            case NoticeRule.REGULATOR -> "Notify the regulator";
            case NoticeRule.CRA -> "Notify the consumer credit reporting agencies";
            case "acquirer_and_card_brands" -> "Notify the acquiring bank and card brands";
            case "controller" -> "Notify the controller";
            case "assessment" -> "Finish the internal assessment";
            default -> r;
        };
    }

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("SSN", "Social Security numbers"), Map.entry("NAME", "names"), Map.entry("EMAIL", "e-mail addresses"),
            Map.entry("PHONE", "phone numbers"), Map.entry("POSTAL_ADDRESS", "postal addresses"), Map.entry("DATE_OF_BIRTH", "dates of birth"),
            Map.entry("CARD_NUMBER", "payment card numbers"), Map.entry("CARD_NUMBER_NO_CODE", "payment card numbers"),
            Map.entry("ACCOUNT_NUMBER", "bank account numbers"), Map.entry("FINANCIAL_ACCOUNT_NO_CODE", "bank account numbers"),
            Map.entry("PASSWORD", "passwords"), Map.entry("EMAIL_WITH_PASSWORD", "e-mail addresses with passwords"),
            Map.entry("USERNAME_WITH_PASSWORD", "user names with passwords"), Map.entry("DRIVER_LICENSE", "driver's licence numbers"),
            Map.entry("PASSPORT", "passport numbers"), Map.entry("TAX_ID", "taxpayer ID numbers"), Map.entry("NATIONAL_ID", "national ID numbers"),
            Map.entry("OTHER_GOVT_ID", "government ID numbers"), Map.entry("STATE_ID", "state ID card numbers"),
            Map.entry("FINANCIAL_ACCOUNT_WITH_CODE", "account or card numbers with their security codes"),
            Map.entry("CREDIT_CARD", "card numbers with their security codes"), Map.entry("DEBIT_CARD", "card numbers with their security codes"),
            Map.entry("FINANCIAL_ACCESS_CODE", "card or account security codes"),
            Map.entry("ELECTRONIC_ID_WITH_CODE", "log-in identifiers with passwords or codes"),
            Map.entry("MEDICAL", "medical information"), Map.entry("HEALTH_INSURANCE", "health insurance information"),
            Map.entry("BIOMETRIC", "biometric data"), Map.entry("GENETIC", "genetic data"), Map.entry("PRIVATE_KEY", "private keys"),
            Map.entry("MOTHERS_MAIDEN_NAME", "mothers' maiden names"), Map.entry("ANY_PERSONAL_DATA", "personal data of any kind"),
            Map.entry("OTHER_PERSONAL_DATA", "other personal data (IP addresses, wallets)"));

    /** A statutory element token in plain words ("SSN" -> "Social Security numbers"). */
    public static String elementWords(String element) {
        return WORDS.getOrDefault(element, element.toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private static String plainElements(Map<String, Long> elements) {
        Map<String, Long> byWords = new java.util.LinkedHashMap<>();
        elements.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> byWords.merge(elementWords(e.getKey()), e.getValue(), Math::max));
        List<String> parts = new ArrayList<>();
        byWords.forEach((w, n) -> parts.add(w + " (" + records(n) + ")"));
        return String.join(", ", parts);
    }
}

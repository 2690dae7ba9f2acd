package io.piiscanner.batch.source.salesforce;

import io.piiscanner.batch.report.ReportContributor;
import io.piiscanner.batch.report.ReportModel;
import io.piiscanner.batch.store.FindingsStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Salesforce tables of a run's report, per Salesforce source:
 * <ul>
 *   <li>{@code salesforce.field_access}: each field where PII was found, its describe metadata (type, label,
 *       encryption, data classification) and the profiles and permission sets whose FieldPermissions grant read;</li>
 *   <li>{@code salesforce.metadata_mismatch}: fields whose metadata and content disagree (typed e-mail with no
 *       e-mail address in it; a "Legacy Reference" full of SSNs; free text holding card numbers);</li>
 *   <li>{@code salesforce.privileged_users}: active users with View All Data, Modify All Data, API Enabled,
 *       Export Reports;</li>
 *   <li>{@code salesforce.api_calls}: API calls by operation, over every attempt of the run.</li>
 * </ul>
 */
public final class SalesforceReportContributor implements ReportContributor {

    /** Words in a field's name, label or type that announce an entity. */
    private static final Map<String, List<String>> HINTS = Map.ofEntries(
            Map.entry("EMAIL", List.of("email", "mail", "username", "address")),
            Map.entry("PHONE", List.of("phone", "mobile", "fax", "tel", "cell")),
            Map.entry("US_SSN", List.of("ssn", "social", "tax", "national")),
            Map.entry("US_ITIN", List.of("itin", "tax", "national")),
            Map.entry("CREDIT_CARD", List.of("card", "cc", "pan", "payment")),
            Map.entry("IBAN", List.of("iban", "bank", "account")),
            Map.entry("US_BANK_ACCOUNT", List.of("bank", "account")),
            Map.entry("DATE_OF_BIRTH", List.of("birth", "dob")),
            Map.entry("IP_ADDRESS", List.of("ip", "address")));
    /** Entities that have no business in free text, whatever the field is called. */
    private static final Set<String> HIGH_RISK = Set.of("US_SSN", "US_ITIN", "CREDIT_CARD", "IBAN", "US_BANK_ACCOUNT",
            "ABA_ROUTING", "UK_NINO", "CA_SIN", "DE_TAX_ID", "FR_NIR", "ES_NIF", "IT_FISCAL_CODE", "NL_BSN", "PL_PESEL",
            "BR_CPF", "IN_AADHAAR", "IN_PAN", "AU_TFN", "SG_NRIC", "US_PASSPORT", "US_DRIVER_LICENSE", "PASSWORD",
            "SALESFORCE_SESSION_ID", "PRIVATE_KEY", "AWS_ACCESS_KEY");

    private final List<String> sources;
    private final FindingsStore store;
    private final String runId;

    public SalesforceReportContributor(List<String> sources, FindingsStore store, String runId) {
        this.sources = List.copyOf(sources);
        this.store = store;
        this.runId = runId;
    }

    @Override
    public List<ReportModel.Section> sections(ReportModel model) {
        List<ReportModel.Section> out = new ArrayList<>();
        for (String source : sources) {
            Map<String, ObjectPlan.FieldPlan> fields = new HashMap<>();
            store.sourceData(runId, source, "object").values().forEach(json -> {
                ObjectPlan p = ObjectPlan.fromJson(json);
                p.fields().forEach(f -> fields.put(p.object() + "." + f.name(), f));
            });
            AccessAnalysis access = store.sourceData(runId, source, "access", "org").map(AccessAnalysis::fromJson)
                    .orElse(AccessAnalysis.unavailable("discovery did not run"));
            List<List<Object>> accessRows = new ArrayList<>();
            List<List<Object>> mismatchRows = new ArrayList<>();
            for (ReportModel.FieldRow row : model.fields()) {
                if (!row.source().equals(source)) {
                    continue;
                }
                ObjectPlan.FieldPlan f = fields.get(row.container() + "." + row.field());
                if (f == null) {
                    continue;
                }
                if (!row.entities().isEmpty()) {
                    AccessAnalysis.Readers r = access.readers().get(row.container() + "." + row.field());
                    if (r == null && f.compound() != null) {
                        r = access.readers().get(row.container() + "." + f.compound());
                    }
                    accessRows.add(List.of(row.container(), row.field(), List.copyOf(row.entities().keySet()), row.rowsWithFindings(),
                            f.type(), nz(f.label()), f.encrypted(), nz(f.securityClassification()), nz(f.complianceGroup()),
                            r == null ? List.of() : List.copyOf(r.profiles()), r == null ? List.of() : List.copyOf(r.permissionSets())));
                }
                for (String m : mismatches(f, row)) {
                    mismatchRows.add(List.of(row.container(), row.field(), f.type(), nz(f.label()), m));
                }
            }
            out.add(new ReportModel.Section("salesforce.field_access", source, "Salesforce: who can read PII fields",
                    List.of("object", "field", "entities", "rows_with_findings", "type", "label", "encrypted",
                            "security_classification", "compliance_group", "profiles", "permission_sets"), accessRows));
            out.add(new ReportModel.Section("salesforce.metadata_mismatch", source, "Salesforce: metadata vs content",
                    List.of("object", "field", "type", "label", "finding"), mismatchRows));
            List<List<Object>> priv = new ArrayList<>();
            access.privilegedUsers().forEach((p, n) -> priv.add(List.of(p, n)));
            if (access.unavailable() != null) {
                priv.add(List.of("unavailable: " + access.unavailable(), 0));
            }
            out.add(new ReportModel.Section("salesforce.privileged_users", source, "Salesforce: privileged users",
                    List.of("permission", "active_users"), priv));
            Map<String, Long> calls = store.counters(runId, source);
            long total = calls.entrySet().stream().filter(e -> !e.getKey().equals("login")).mapToLong(Map.Entry::getValue).sum();
            long records = model.coverage().stream().filter(c -> c.source().equals(source)).mapToLong(ReportModel.CoverageRow::rowsScanned).sum();
            List<List<Object>> callRows = new ArrayList<>();
            calls.forEach((op, n) -> callRows.add(List.of(op, n)));
            callRows.add(List.of("total (without login)", total));
            callRows.add(List.of("records read", records));
            out.add(new ReportModel.Section("salesforce.api_calls", source, "Salesforce: API calls", List.of("operation", "calls"), callRows));
        }
        return out;
    }

    /** Why the field's metadata and its content disagree; empty when they agree. */
    static List<String> mismatches(ObjectPlan.FieldPlan f, ReportModel.FieldRow row) {
        List<String> out = new ArrayList<>();
        long scanned = row.rowsScanned();
        if (scanned == 0) {
            return out;
        }
        if (f.type().equals("email") && !row.entities().containsKey("EMAIL")) {
            out.add("typed email, but none of its " + scanned + " non-empty values is an e-mail address");
        }
        if (f.type().equals("phone") && !row.entities().containsKey("PHONE")) {
            out.add("typed phone, but none of its " + scanned + " non-empty values is a phone number");
        }
        String words = (f.name() + " " + nz(f.label()) + " " + f.type()).toLowerCase(Locale.ROOT).replace('_', ' ');
        boolean freeText = f.type().equals("textarea") || words.matches(".*(note|description|comment|body|message|subject).*");
        row.entities().forEach((entity, stats) -> {
            boolean hinted = HINTS.getOrDefault(entity, List.of()).stream().anyMatch(words::contains);
            double ratio = (double) stats.rows() / scanned;
            String pct = String.format(Locale.ROOT, "%.0f%%", ratio * 100);
            if (!hinted && !freeText && ratio >= 0.5) {
                out.add("named '" + f.name() + "' (" + f.type() + ", label '" + nz(f.label()) + "') but holds " + entity
                        + " in " + pct + " of its non-empty values");
            } else if (!hinted && freeText && HIGH_RISK.contains(entity)) {
                out.add("free text '" + nz(f.label()) + "' holds " + entity + " in " + pct + " of its non-empty values");
            }
            if ("Public".equalsIgnoreCase(f.securityClassification()) || "Internal".equalsIgnoreCase(f.securityClassification())) {
                out.add("classified " + f.securityClassification() + " but holds " + entity);
            }
        });
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package io.piiscanner.batch.source.salesforce;

import com.sforce.soap.partner.DescribeGlobalSObjectResult;
import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.sobject.SObject;
import io.piiscanner.batch.config.Limits;
import io.piiscanner.batch.config.Sampling;
import io.piiscanner.batch.source.ContainerFilter;
import io.piiscanner.batch.source.ContainerKind;
import io.piiscanner.batch.source.DiscoveredContainer;
import io.piiscanner.batch.source.FailureReasons;
import io.piiscanner.batch.source.KeyRange;
import io.piiscanner.batch.source.ResumableStopException;
import io.piiscanner.batch.source.SourceDiscovery;
import io.piiscanner.batch.source.Watermarks;
import io.piiscanner.batch.store.FindingsStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lists an org's objects as containers: describeGlobal, then the default PII objects (named, or by prefix:
 * ContactPoint*) plus every custom object (or the profile's list), less exclusions; describeSObjects for the
 * fields, dropping types that cannot hold PII; FieldDefinition for data classification where the org has it;
 * a COUNT() per object (only changed rows
 * for an incremental run) to choose SOAP or Bulk and to split large objects into Id ranges; and the access
 * analysis (who may read which field). Each object's plan is stored with the run for the partitions.
 */
public final class SalesforceDiscovery implements SourceDiscovery {

    /** Field types that cannot hold personal data (or are read through their components: address, location). */
    static final Set<String> SKIPPED_TYPES = Set.of("id", "reference", "boolean", "currency", "percent", "double", "int",
            "long", "datetime", "time", "location", "address", "anyType", "json", "complexvalue", "floatarray",
            "textarray", "picklist", "multipicklist", "datacategorygroupreference");

    private final SalesforceConnector connector;
    private final ContainerFilter filter;
    private final Sampling sampling;
    private final Limits limits;
    private final boolean incremental;
    private final Watermarks watermarks;
    private final FindingsStore store;
    private final String runId;

    public SalesforceDiscovery(SalesforceConnector connector, ContainerFilter filter, Sampling sampling, Limits limits,
                               boolean incremental, Watermarks watermarks, FindingsStore store, String runId) {
        this.connector = connector;
        this.filter = filter;
        this.sampling = sampling;
        this.limits = limits;
        this.incremental = incremental;
        this.watermarks = watermarks;
        this.store = store;
        this.runId = runId;
    }

    @Override
    public List<DiscoveredContainer> discover() {
        String source = connector.spec().id();
        SalesforceOptions o = connector.options();
        try {
            PartnerHandle h = new PartnerHandle(connector);
            DescribeGlobalSObjectResult[] global;
            try {
                global = h.call("describeGlobal", "the org", () -> h.get().describeGlobal().getSobjects());
            } catch (SalesforceConnector.LocatorLost e) {
                throw new IllegalStateException(e);
            }
            List<DiscoveredContainer> out = new ArrayList<>();
            List<String> chosen = choose(global, out);
            Map<String, DescribeSObjectResult> described = new LinkedHashMap<>();
            for (int i = 0; i < chosen.size(); i += 100) {
                String[] group = chosen.subList(i, Math.min(chosen.size(), i + 100)).toArray(new String[0]);
                try {
                    for (DescribeSObjectResult d : h.call("describeSObjects", String.join(",", group).length() > 80
                            ? group.length + " objects" : String.join(", ", group), () -> h.get().describeSObjects(group))) {
                        described.put(d.getName(), d);
                    }
                } catch (SalesforceConnector.LocatorLost e) {
                    throw new IllegalStateException(e);
                }
            }
            for (DescribeSObjectResult d : described.values()) {
                try {
                    out.add(object(h, d));
                } catch (ResumableStopException e) {
                    throw e;
                } catch (RuntimeException e) {
                    out.add(DiscoveredContainer.failed(source, d.getName(), ContainerKind.SOBJECT, FailureReasons.describe(e)));
                }
            }
            store.putSourceData(runId, source, "access", "org", access(h).toJson());
            return out;
        } finally {
            connector.flushCalls(store, runId);
        }
    }

    /** Objects to read; explicitly requested objects the org does not have become SKIPPED rows in {@code out}. */
    private List<String> choose(DescribeGlobalSObjectResult[] global, List<DiscoveredContainer> out) {
        SalesforceOptions o = connector.options();
        Map<String, DescribeGlobalSObjectResult> byName = new LinkedHashMap<>();
        for (DescribeGlobalSObjectResult g : global) {
            byName.put(g.getName().toLowerCase(Locale.ROOT), g);
        }
        List<String> wanted = new ArrayList<>();
        if (o.objects().isEmpty()) {
            for (String d : SalesforceOptions.DEFAULT_OBJECTS) {
                if (byName.containsKey(d.toLowerCase(Locale.ROOT))) {
                    wanted.add(byName.get(d.toLowerCase(Locale.ROOT)).getName());
                }
            }
            // the prefix rules (ContactPoint*), in describeGlobal's order
            for (DescribeGlobalSObjectResult g : global) {
                if (!g.isCustom() && SalesforceOptions.isDefaultObject(g.getName()) && !wanted.contains(g.getName())) {
                    wanted.add(g.getName());
                }
            }
            for (DescribeGlobalSObjectResult g : global) {
                if (g.isCustom() && g.getName().endsWith("__c")) {
                    wanted.add(g.getName());
                }
            }
        } else {
            for (String name : o.objects()) {
                DescribeGlobalSObjectResult g = byName.get(name.toLowerCase(Locale.ROOT));
                if (g == null) {
                    out.add(DiscoveredContainer.skipped(connector.spec().id(), name, ContainerKind.SOBJECT,
                            "not in this org, or not visible to the scanning user"));
                } else {
                    wanted.add(g.getName());
                }
            }
        }
        List<String> chosen = new ArrayList<>();
        for (String name : wanted) {
            DescribeGlobalSObjectResult g = byName.get(name.toLowerCase(Locale.ROOT));
            boolean excluded = o.excludeObjects().stream().anyMatch(x -> x.equalsIgnoreCase(name));
            if (excluded || !filter.accepts(name)) {
                continue;
            }
            if (!g.isQueryable() || g.isCustomSetting() || g.isDeprecatedAndHidden()) {
                out.add(DiscoveredContainer.skipped(connector.spec().id(), name, ContainerKind.SOBJECT,
                        "not queryable by the scanning user (or a custom setting)"));
                continue;
            }
            if (!chosen.contains(name)) {
                chosen.add(name);
            }
        }
        return chosen;
    }

    private DiscoveredContainer object(PartnerHandle h, DescribeSObjectResult d) {
        String source = connector.spec().id();
        SalesforceOptions o = connector.options();
        String name = d.getName();
        Map<String, String[]> classification = classification(h, name);
        List<ObjectPlan.FieldPlan> fields = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        boolean hasModstamp = false;
        for (Field f : d.getFields()) {
            String type = String.valueOf(f.getType()).replaceFirst("^_", "");
            if (f.getName().equals("SystemModstamp")) {
                hasModstamp = true;
            }
            boolean base64 = type.equals("base64");
            if (SKIPPED_TYPES.contains(type) || base64 && !o.includeBase64()) {
                skipped.add(f.getName());
                continue;
            }
            String[] cls = classification.getOrDefault(f.getName(), new String[2]);
            fields.add(new ObjectPlan.FieldPlan(f.getName(), f.getLabel(), type, f.getLength(), f.isCustom(),
                    f.isEncrypted(), f.isCalculated(), f.isHtmlFormatted(), f.getCompoundFieldName(), f.getExtraTypeInfo(),
                    cls[0], cls[1]));
        }
        if (fields.isEmpty()) {
            return DiscoveredContainer.skipped(source, name, ContainerKind.SOBJECT, "no field whose type can hold PII");
        }
        List<String> notes = new ArrayList<>();
        String prev = incremental && hasModstamp ? watermarks.previous(source, name) : null;
        String where = prev == null ? "" : " WHERE SystemModstamp > " + prev;
        int rows = h.count(name, "SELECT COUNT() FROM " + name + where, o.queryAll());
        String watermark = null;
        if (incremental && hasModstamp) {
            List<SObject> newest = h.all(name, "SELECT Id, SystemModstamp FROM " + name + " ORDER BY SystemModstamp DESC LIMIT 1", o.queryAll());
            watermark = newest.isEmpty() ? prev : soqlDateTime(String.valueOf(newest.get(0).getField("SystemModstamp")));
            if (prev != null) {
                notes.add("incremental: rows with SystemModstamp after " + prev);
            }
        } else if (incremental) {
            notes.add("no SystemModstamp: read in full");
        }
        boolean bulk = rows > o.bulkAbove() && sampling.isFull();
        boolean pk = bulk && rows > o.pkChunkSize();
        notes.add((bulk ? "Bulk API query job" + (pk ? ", PK chunking " + o.pkChunkSize() : "") : "SOAP query/queryMore, batch "
                + o.batchSize()) + (o.queryAll() ? ", queryAll (deleted and archived rows too)" : ""));
        if (!skipped.isEmpty()) {
            notes.add("fields skipped by type: " + skipped.size());
        }
        if (!sampling.isFull()) {
            notes.add("sample: " + sampling);
        }
        List<KeyRange> ranges = List.of(KeyRange.ALL);
        if (sampling.isFull() && rows > limits.partitionRows()) {
            ranges = split(h, name, where, rows);
            notes.add(ranges.size() + " Id ranges");
        }
        ObjectPlan plan = new ObjectPlan(name, d.getLabel(), d.isCustom(), rows, bulk, pk, fields, skipped, prev);
        store.putSourceData(runId, source, "object", name, plan.toJson());
        return DiscoveredContainer.pending(source, name, ContainerKind.SOBJECT, rows, ranges, watermark, String.join("; ", notes));
    }

    /** FieldDefinition's SecurityClassification and ComplianceGroup per field; empty where the org does not expose them. */
    private Map<String, String[]> classification(PartnerHandle h, String object) {
        Map<String, String[]> out = new HashMap<>();
        try {
            for (SObject s : h.all("FieldDefinition of " + object, "SELECT QualifiedApiName, SecurityClassification,"
                    + " ComplianceGroup FROM FieldDefinition WHERE EntityDefinition.QualifiedApiName = '" + object + "'", false)) {
                Object cls = s.getField("SecurityClassification");
                Object grp = s.getField("ComplianceGroup");
                out.put(String.valueOf(s.getField("QualifiedApiName")), new String[] {cls == null ? null : cls.toString(),
                        grp == null ? null : grp.toString()});
            }
        } catch (SalesforceException e) {
            // FieldDefinition needs API 45+ and may be hidden from the user: classification is optional
        }
        return out;
    }

    private List<KeyRange> split(PartnerHandle h, String object, String where, int rows) {
        boolean all = connector.options().queryAll();
        List<SObject> first = h.all(object, "SELECT Id FROM " + object + where + " ORDER BY Id ASC LIMIT 1", all);
        List<SObject> last = h.all(object, "SELECT Id FROM " + object + where + " ORDER BY Id DESC LIMIT 1", all);
        if (first.isEmpty() || last.isEmpty()) {
            return List.of(KeyRange.ALL);
        }
        int parts = (int) Math.min(64, (rows + limits.partitionRows() - 1) / limits.partitionRows());
        List<String> b = SalesforceIds.boundaries(first.get(0).getId(), last.get(0).getId(), parts);
        List<KeyRange> out = new ArrayList<>();
        for (int i = 0; i <= b.size(); i++) {
            out.add(KeyRange.ofKeys(i == 0 ? null : b.get(i - 1), i == b.size() ? null : b.get(i)));
        }
        return out;
    }

    private AccessAnalysis access(PartnerHandle h) {
        try {
            List<SObject> profiles = h.all("Profile", "SELECT Id, Name FROM Profile", false);
            StringBuilder psFields = new StringBuilder("Id, Name, Label, IsOwnedByProfile, ProfileId");
            AccessAnalysis.PRIVILEGES.forEach(p -> psFields.append(", Permissions").append(p));
            List<SObject> sets = h.all("PermissionSet", "SELECT " + psFields + " FROM PermissionSet", false);
            List<SObject> fps = h.all("FieldPermissions", "SELECT ParentId, Field FROM FieldPermissions WHERE PermissionsRead = true", false);
            List<SObject> assignments = h.all("PermissionSetAssignment", "SELECT AssigneeId, PermissionSetId FROM PermissionSetAssignment", false);
            List<SObject> users = h.all("User", "SELECT Id FROM User WHERE IsActive = true", false);
            return AccessAnalysis.of(profiles, sets, fps, assignments, users);
        } catch (SalesforceException e) {
            return AccessAnalysis.unavailable("access analysis not available: " + e.getMessage());
        }
    }

    /** A SOQL date-time literal (whole seconds, UTC): {@code 2025-01-06T08:00:05Z}. */
    static String soqlDateTime(String value) {
        return java.time.Instant.parse(value).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    static List<String> names(DescribeGlobalSObjectResult[] g) {
        return Arrays.stream(g).map(DescribeGlobalSObjectResult::getName).toList();
    }
}

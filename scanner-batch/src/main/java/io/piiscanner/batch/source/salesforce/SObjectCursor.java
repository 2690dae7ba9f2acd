package io.piiscanner.batch.source.salesforce;

import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.bind.XmlObject;
import io.piiscanner.batch.source.KeyRange;
import io.piiscanner.batch.source.ReadWarnings;
import io.piiscanner.batch.source.RecordCursor;
import io.piiscanner.batch.source.RecordIds;
import io.piiscanner.batch.source.jdbc.CheckpointCodec;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.ScanRecord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;

/**
 * Reads one object (or one Id range of it) over the Partner SOAP API: {@code query} then {@code queryMore}
 * with the largest batch (2,000), ordered by Id so a position is a record Id. The checkpoint is the last Id
 * handed out (encrypted like every checkpoint); a resumed partition queries {@code Id > checkpoint}. When a
 * query locator is lost (INVALID_QUERY_LOCATOR) the cursor re-queries from the last Id it received, so no
 * record is read twice or skipped.
 */
final class SObjectCursor implements RecordCursor {

    private final SalesforceConnector connector;
    private final ObjectPlan plan;
    private final KeyRange range;
    private final String source;
    private final RecordIds ids;
    private final CheckpointCodec codec;
    private final long maxRows;
    private final int maxValueChars;
    private final FieldMetadata[] metadata;
    private final PartnerHandle handle;
    private final Deque<SObject> buffer = new ArrayDeque<>();
    private final ReadWarnings warnings = new ReadWarnings();
    private String locator;
    private boolean started;
    private boolean done;
    /** The last Id received from Salesforce (the re-query point) and the last one handed out (the checkpoint). */
    private String lastFetched;
    private String lastReturned;
    private long read;

    SObjectCursor(SalesforceConnector connector, ObjectPlan plan, KeyRange range, RecordIds ids, CheckpointCodec codec,
                  String checkpoint, long maxRows, int maxValueChars) {
        this.connector = connector;
        this.plan = plan;
        this.range = range;
        this.source = connector.spec().id();
        this.ids = ids;
        this.codec = codec;
        this.maxRows = maxRows;
        this.maxValueChars = maxValueChars;
        this.metadata = plan.fields().stream().map(ObjectPlan.FieldPlan::metadata).toArray(FieldMetadata[]::new);
        if (checkpoint != null) {
            this.lastFetched = String.valueOf(codec.decode(checkpoint).get(0));
            this.lastReturned = lastFetched;
        }
        this.handle = new PartnerHandle(connector);
    }

    /** The SOQL for this partition, starting after {@code afterId} when not null. */
    static String soql(ObjectPlan plan, KeyRange range, String afterId, Long limit) {
        StringBuilder sb = new StringBuilder("SELECT ").append(plan.selectList()).append(" FROM ").append(plan.object());
        StringBuilder where = new StringBuilder();
        if (range.loKey() != null) {
            where.append(" AND Id >= '").append(range.loKey()).append('\'');
        }
        if (range.hiKey() != null) {
            where.append(" AND Id < '").append(range.hiKey()).append('\'');
        }
        if (afterId != null) {
            where.append(" AND Id > '").append(afterId).append('\'');
        }
        if (plan.changedAfter() != null) {
            where.append(" AND SystemModstamp > ").append(plan.changedAfter());
        }
        if (where.length() > 0) {
            sb.append(" WHERE").append(where.substring(4));
        }
        sb.append(" ORDER BY Id");
        if (limit != null) {
            sb.append(" LIMIT ").append(limit);
        }
        return sb.toString();
    }

    @Override
    public ScanRecord next() {
        if (read >= maxRows) {
            return null;
        }
        while (buffer.isEmpty() && !done) {
            fetch();
        }
        SObject s = buffer.poll();
        if (s == null) {
            return null;
        }
        read++;
        lastReturned = s.getId();
        return toRecord(s);
    }

    private void fetch() {
        boolean all = connector.options().queryAll();
        try {
            QueryResult r;
            if (locator == null) {
                Long limit = maxRows == Long.MAX_VALUE ? null : maxRows - read - buffer.size();
                String q = soql(plan, range, lastFetched, limit);
                r = handle.call(all ? "queryAll" : "query", plan.object(), () -> all ? handle.get().queryAll(q) : handle.get().query(q));
                started = true;
            } else {
                String l = locator;
                r = handle.call("queryMore", plan.object(), () -> handle.get().queryMore(l));
            }
            SObject[] records = r.getRecords();
            for (SObject s : records) {
                buffer.add(s);
            }
            if (records.length > 0) {
                lastFetched = records[records.length - 1].getId();
            }
            done = r.isDone();
            locator = done ? null : r.getQueryLocator();
        } catch (SalesforceConnector.LocatorLost e) {
            // the cursor expired or was released: start a new query after the last Id received
            locator = null;
            warnings.note("locator", "query locator lost (INVALID_QUERY_LOCATOR): re-queried from the last Id read");
        }
    }

    private ScanRecord toRecord(SObject s) {
        ScanRecord.Builder b = ScanRecord.builder().source(source).container(plan.object()).recordId(ids.of(s.getId()));
        List<ObjectPlan.FieldPlan> fields = plan.fields();
        // one pass over the record's elements (SObject.getField searches them from the start each time)
        java.util.Map<String, Object> values = new java.util.HashMap<>(fields.size() * 2);
        java.util.Iterator<XmlObject> children = s.getChildren();
        while (children.hasNext()) {
            XmlObject c = children.next();
            values.putIfAbsent(c.getName().getLocalPart(), c.hasChildren() ? c : c.getValue());
        }
        for (int i = 0; i < fields.size(); i++) {
            ObjectPlan.FieldPlan f = fields.get(i);
            Object raw = values.get(f.name());
            String v = raw == null || raw instanceof XmlObject ? null : raw.toString();
            if (v != null && f.type().equals("base64")) {
                v = decodeText(v);
            }
            if (v != null && v.length() > maxValueChars) {
                v = v.substring(0, maxValueChars);
                warnings.count("values truncated at " + maxValueChars + " chars");
            }
            b.field(f.name(), v, metadata[i]);
        }
        return b.build();
    }

    /** A base64 field's bytes as text when they are text (UTF-8 without control bytes), else null. */
    static String decodeText(String base64) {
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(base64);
            String s = new String(bytes, StandardCharsets.UTF_8);
            long control = s.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0xFFFD).count();
            return control > s.length() / 100 ? null : s;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String checkpoint() {
        return lastReturned == null ? null : codec.encode(List.of(lastReturned));
    }

    @Override
    public ReadWarnings warnings() {
        return warnings;
    }

    @Override
    public void close() {
        buffer.clear();
    }

    boolean started() {
        return started;
    }
}

package io.piiscanner.batch.source.salesforce;

import com.sforce.async.BatchInfo;
import com.sforce.async.BatchStateEnum;
import com.sforce.async.BulkConnection;
import com.sforce.async.CSVReader;
import com.sforce.async.ContentType;
import com.sforce.async.JobInfo;
import com.sforce.async.OperationEnum;
import io.piiscanner.batch.source.KeyRange;
import io.piiscanner.batch.source.ReadWarnings;
import io.piiscanner.batch.source.RecordCursor;
import io.piiscanner.batch.source.RecordIds;
import io.piiscanner.core.model.FieldMetadata;
import io.piiscanner.core.model.ScanRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a large object (or one Id range of it) through a Bulk API v1 query job: one CSV query batch, with
 * PK chunking when the object is larger than the chunk size (Salesforce then marks the submitted batch
 * NotProcessed and adds one batch per Id chunk), polled with growing pauses, then every completed batch's
 * result files streamed row by row. Results are not ordered, so the cursor cannot resume mid-way: a restarted
 * partition runs a new job (its earlier partial counts are discarded by the job, never counted twice).
 */
final class BulkCursor implements RecordCursor {

    private static final Logger LOG = LoggerFactory.getLogger(BulkCursor.class);

    private final SalesforceConnector connector;
    private final ObjectPlan plan;
    private final KeyRange range;
    private final RecordIds ids;
    private final int maxValueChars;
    private final FieldMetadata[] metadata;
    private final ReadWarnings warnings = new ReadWarnings();
    private BulkConnection bulk;
    private String jobId;
    private final Deque<String[]> results = new ArrayDeque<>();
    private CSVReader csv;
    private InputStream csvStream;
    private Map<String, Integer> columns;
    private boolean opened;

    BulkCursor(SalesforceConnector connector, ObjectPlan plan, KeyRange range, RecordIds ids, int maxValueChars) {
        this.connector = connector;
        this.plan = plan;
        this.range = range;
        this.ids = ids;
        this.maxValueChars = maxValueChars;
        this.metadata = plan.fields().stream().map(ObjectPlan.FieldPlan::metadata).toArray(FieldMetadata[]::new);
    }

    private void reconnect() {
        BulkConnection b = connector.bulk();
        if (plan.pkChunking()) {
            b.addHeader("Sforce-Enable-PKChunking", "chunkSize=" + connector.options().pkChunkSize());
        }
        bulk = b;
    }

    private void open() {
        opened = true;
        reconnect();
        String soql = SObjectCursor.soql(plan, range, null, null).replace(" ORDER BY Id", "");
        JobInfo job = new JobInfo();
        job.setObject(plan.object());
        job.setOperation(connector.options().queryAll() ? OperationEnum.queryAll : OperationEnum.query);
        job.setContentType(ContentType.CSV);
        JobInfo created = connector.bulkCall("createJob", plan.object(), () -> bulk.createJob(job), this::reconnect);
        jobId = created.getId();
        connector.bulkCall("createBatch", plan.object(), () -> bulk.createBatchFromStream(created,
                new ByteArrayInputStream(soql.getBytes(StandardCharsets.UTF_8))), this::reconnect);
        long pause = 200;
        List<BatchInfo> completed;
        while (true) {
            BatchInfo[] batches = connector.bulkCall("batchInfoList", plan.object(),
                    () -> bulk.getBatchInfoList(jobId).getBatchInfo(), this::reconnect);
            completed = new ArrayList<>();
            boolean pending = false;
            for (BatchInfo b : batches) {
                if (b.getState() == BatchStateEnum.Failed) {
                    throw new SalesforceException("salesforce source '" + connector.spec().id() + "': Bulk API batch on "
                            + plan.object() + " failed: " + SalesforceConnector.scrub(b.getStateMessage()), "BULK_BATCH_FAILED", null);
                }
                if (b.getState() == BatchStateEnum.Queued || b.getState() == BatchStateEnum.InProgress) {
                    pending = true;
                } else if (b.getState() == BatchStateEnum.Completed) {
                    completed.add(b);
                }
            }
            if (!pending) {
                break;
            }
            sleep(pause);
            pause = Math.min(10_000, pause * 2);
        }
        for (BatchInfo b : completed) {
            String[] list = connector.bulkCall("resultList", plan.object(),
                    () -> bulk.getQueryResultList(jobId, b.getId()).getResult(), this::reconnect);
            for (String r : list) {
                results.add(new String[] {b.getId(), r});
            }
        }
        LOG.info("salesforce source '{}': Bulk job on {}: {} completed batches, {} result files", connector.spec().id(),
                plan.object(), completed.size(), results.size());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SalesforceException("interrupted while waiting for a Bulk API job", "INTERRUPTED", e);
        }
    }

    @Override
    public ScanRecord next() throws Exception {
        if (!opened) {
            open();
        }
        while (true) {
            if (csv == null) {
                String[] next = results.poll();
                if (next == null) {
                    return null;
                }
                csvStream = connector.bulkCall("result", plan.object(),
                        () -> bulk.getQueryResultStream(jobId, next[0], next[1]), this::reconnect);
                csv = new CSVReader(csvStream);
                List<String> header = csv.nextRecord();
                columns = new HashMap<>();
                for (int i = 0; header != null && i < header.size(); i++) {
                    columns.put(header.get(i), i);
                }
            }
            List<String> row = csv.nextRecord();
            if (row == null) {
                csvStream.close();
                csv = null;
                continue;
            }
            return toRecord(row);
        }
    }

    private ScanRecord toRecord(List<String> row) {
        Integer idCol = columns.get("Id");
        String id = idCol == null ? null : row.get(idCol);
        ScanRecord.Builder b = ScanRecord.builder().source(connector.spec().id()).container(plan.object())
                .recordId(ids.of(id == null ? "" : id));
        List<ObjectPlan.FieldPlan> fields = plan.fields();
        for (int i = 0; i < fields.size(); i++) {
            Integer c = columns.get(fields.get(i).name());
            String v = c == null || c >= row.size() ? null : row.get(c);
            if (v != null && v.isEmpty()) {
                v = null;
            }
            if (v != null && fields.get(i).type().equals("base64")) {
                v = SObjectCursor.decodeText(v);
            }
            if (v != null && v.length() > maxValueChars) {
                v = v.substring(0, maxValueChars);
                warnings.count("values truncated at " + maxValueChars + " chars");
            }
            b.field(fields.get(i).name(), v, metadata[i]);
        }
        return b.build();
    }

    /** Bulk results are not in Id order: a restarted partition starts over. */
    @Override
    public String checkpoint() {
        return null;
    }

    @Override
    public ReadWarnings warnings() {
        return warnings;
    }

    @Override
    public void close() {
        try {
            if (csvStream != null) {
                csvStream.close();
            }
            if (jobId != null && bulk != null) {
                String id = jobId;
                jobId = null;
                connector.bulkCall("closeJob", plan.object(), () -> bulk.closeJob(id), this::reconnect);
            }
        } catch (Exception e) {
            LOG.warn("salesforce source '{}': could not close the Bulk job on {}: {}", connector.spec().id(), plan.object(),
                    SalesforceConnector.describe(e));
        }
    }
}

package io.piiscanner.batch.source.salesforce;

import io.piiscanner.batch.config.Limits;
import io.piiscanner.batch.config.Sampling;
import io.piiscanner.batch.source.ContainerRef;
import io.piiscanner.batch.source.CursorFactory;
import io.piiscanner.batch.source.ReadWarnings;
import io.piiscanner.batch.source.RecordCursor;
import io.piiscanner.batch.source.RecordIds;
import io.piiscanner.batch.source.jdbc.CheckpointCodec;
import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.core.model.ScanRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens partitions of Salesforce objects with the plan discovery stored for the run: SOAP for ordinary objects,
 * a Bulk API job above the configured size. Each cursor adds its API calls to the run's counters when it closes.
 */
public final class SalesforceCursorFactory implements CursorFactory {

    private final Map<String, SalesforceConnector> connectors = new LinkedHashMap<>();
    private final FindingsStore store;
    private final String runId;
    private final Sampling sampling;
    private final Limits limits;
    private final RecordIds ids;
    private final CheckpointCodec codec;

    public SalesforceCursorFactory(List<SalesforceConnector> connectors, FindingsStore store, String runId, Sampling sampling,
                                   Limits limits, RecordIds ids, CheckpointCodec codec) {
        connectors.forEach(c -> this.connectors.put(c.spec().id(), c));
        this.store = store;
        this.runId = runId;
        this.sampling = sampling;
        this.limits = limits;
        this.ids = ids;
        this.codec = codec;
    }

    @Override
    public boolean handles(String source) {
        return connectors.containsKey(source);
    }

    @Override
    public RecordCursor open(ContainerRef ref, String checkpoint) {
        SalesforceConnector c = connectors.get(ref.source());
        ObjectPlan plan = store.sourceData(runId, ref.source(), "object", ref.name()).map(ObjectPlan::fromJson)
                .orElseThrow(() -> new IllegalStateException("salesforce source '" + ref.source() + "': no stored plan for"
                        + " object " + ref.name() + " (discovery did not finish?)"));
        long maxRows = switch (sampling.mode()) {
            case FULL -> Long.MAX_VALUE;
            case FIRST_N -> sampling.firstN();
            case FRACTION -> Math.max(1, (long) Math.ceil(sampling.fraction() * Math.max(ref.rowsPresent(), 0)));
        };
        RecordCursor inner = plan.bulk()
                ? new BulkCursor(c, plan, ref.range(), ids, limits.maxValueChars())
                : new SObjectCursor(c, plan, ref.range(), ids, codec, checkpoint, maxRows, limits.maxValueChars());
        return new RecordCursor() {
            @Override
            public ScanRecord next() throws Exception {
                return inner.next();
            }

            @Override
            public String checkpoint() {
                return inner.checkpoint();
            }

            @Override
            public ReadWarnings warnings() {
                return inner.warnings();
            }

            @Override
            public void close() {
                try {
                    inner.close();
                } finally {
                    c.flushCalls(store, runId);
                }
            }
        };
    }
}

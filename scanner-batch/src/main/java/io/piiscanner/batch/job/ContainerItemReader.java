package io.piiscanner.batch.job;

import io.piiscanner.batch.source.ContainerRef;
import io.piiscanner.batch.source.ContainerStatus;
import io.piiscanner.batch.source.CursorFactory;
import io.piiscanner.batch.source.FailureReasons;
import io.piiscanner.batch.source.RecordCursor;
import io.piiscanner.batch.source.ResumableStopException;
import io.piiscanner.batch.source.SourceLimits;
import io.piiscanner.batch.source.file.BinaryContentException;
import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.batch.store.SourceSlots;
import io.piiscanner.core.model.ScanRecord;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.util.List;

/**
 * Reads one partition (a container or a key range of one) through the source's cursor. A container that
 * cannot be read (corrupt file, dropped table, limit hit) ends the partition early with a FAILED outcome and
 * reason; the scan goes on. The cursor position and the record count are saved in the step execution
 * context at each chunk commit, so a restarted partition resumes after the last committed chunk.
 * Before it opens its query the reader takes one of its source's slots ({@link SourceLimits}: a limit on
 * concurrent reads of a source shared by all workers) and frees it when it closes.
 */
public final class ContainerItemReader implements ItemStreamReader<ReadRecord> {

    static final String CHECKPOINT = "scan.checkpoint";
    static final String COUNT = "scan.count";

    private final List<CursorFactory> factories;
    private final ContainerRef ref;
    private final FindingsStore store;
    private final String runId;
    private final String partitionId;
    private final Progress progress;
    private final SourceLimits limits;
    private SourceSlots.Slot slot = SourceSlots.NONE;
    private RecordCursor cursor;
    private long count;
    private ContainerStatus outcome = ContainerStatus.SCANNED;
    private String reason;
    private boolean closed;
    private boolean outcomeRecorded;

    public ContainerItemReader(List<CursorFactory> factories, ContainerRef ref, FindingsStore store, String runId,
                               String partitionId, Progress progress) {
        this(factories, ref, store, runId, partitionId, progress, SourceLimits.none());
    }

    public ContainerItemReader(List<CursorFactory> factories, ContainerRef ref, FindingsStore store, String runId,
                               String partitionId, Progress progress, SourceLimits limits) {
        this.limits = limits;
        this.factories = factories;
        this.ref = ref;
        this.store = store;
        this.runId = runId;
        this.partitionId = partitionId;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext ctx) {
        String checkpoint = ctx.containsKey(CHECKPOINT) ? ctx.getString(CHECKPOINT) : null;
        if (checkpoint == null) {
            // first attempt, or a source that cannot resume mid-way: start clean
            store.clearPartition(runId, partitionId);
            count = 0;
        } else {
            count = ctx.getLong(COUNT, 0);
        }
        CursorFactory factory = factories.stream().filter(f -> f.handles(ref.source())).findFirst().orElse(null);
        if (factory == null) {
            fail(ContainerStatus.FAILED, "no reader for source " + ref.source());
            return;
        }
        try {
            slot = limits.enter(ref.source());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a slot of source " + ref.source(), e);
        }
        try {
            cursor = factory.open(ref, checkpoint);
        } catch (ResumableStopException e) {
            slot.close();
            throw e; // the run stops here and a restart resumes this partition
        } catch (Exception e) {
            failWith(e);
        }
    }

    @Override
    public ReadRecord read() {
        if (cursor == null) {
            recordOutcome();
            return null;
        }
        try {
            ScanRecord r = cursor.next();
            if (r == null) {
                recordOutcome();
                return null;
            }
            return new ReadRecord(++count, r);
        } catch (ResumableStopException e) {
            // not this container's fault (an API allocation used up): fail the step, keep the checkpoint
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            failWith(e);
            recordOutcome();
            return null;
        }
    }

    /**
     * Stores the partition's outcome once, as soon as its reading ends. Not only in {@link #close}: Spring Batch marks
     * the step COMPLETED in the job repository before it closes the step's streams, and a JVM killed between the two
     * would leave a finished partition without an outcome, which a resumed run does not read again (the report then
     * called a fully scanned container INCOMPLETE). Written before the last chunk commits, the outcome of a partition
     * killed before that commit is written again when the partition resumes (an upsert).
     */
    private void recordOutcome() {
        if (outcomeRecorded) {
            return;
        }
        outcomeRecorded = true;
        String warnings = cursor != null && !cursor.warnings().isEmpty() ? cursor.warnings().summary() : null;
        store.partitionOutcome(runId, partitionId, ref.containerId(), outcome, reason != null ? reason : warnings);
    }

    private void failWith(Throwable e) {
        fail(e instanceof BinaryContentException ? ContainerStatus.SKIPPED : ContainerStatus.FAILED,
                (count > 0 ? "stopped after " + count + " records: " : "") + FailureReasons.describe(e));
        closeCursor();
    }

    private void fail(ContainerStatus status, String why) {
        outcome = status;
        reason = why;
    }

    @Override
    public void update(ExecutionContext ctx) {
        if (cursor != null && cursor.checkpoint() != null) {
            ctx.putString(CHECKPOINT, cursor.checkpoint());
        }
        ctx.putLong(COUNT, count);
    }

    @Override
    public void close() {
        if (closed) {
            return; // the step closes registered streams and the scoped proxy may close again
        }
        closed = true;
        recordOutcome();
        closeCursor();
        slot.close();
        progress.partitionDone(ref.containerId());
    }

    private void closeCursor() {
        if (cursor != null) {
            RecordCursor c = cursor;
            cursor = null;
            try {
                c.close();
            } catch (RuntimeException ignored) {
                // closing a read-only source
            }
        }
    }
}

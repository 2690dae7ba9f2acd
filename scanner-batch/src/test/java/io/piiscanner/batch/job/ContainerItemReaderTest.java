package io.piiscanner.batch.job;

import com.zaxxer.hikari.HikariDataSource;
import io.piiscanner.batch.config.Credentials;
import io.piiscanner.batch.config.ScanSettings;
import io.piiscanner.batch.source.ContainerKind;
import io.piiscanner.batch.source.ContainerRef;
import io.piiscanner.batch.source.CursorFactory;
import io.piiscanner.batch.source.KeyRange;
import io.piiscanner.batch.source.RecordCursor;
import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.batch.store.WorkStore;
import io.piiscanner.core.model.ScanRecord;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partition's outcome is stored as soon as its reading ends, not only when the step closes the reader: Spring Batch
 * marks the step COMPLETED before it closes the step's streams, and a JVM killed in between would otherwise leave a
 * finished partition without an outcome, which a resumed run does not read again.
 */
class ContainerItemReaderTest {

    @Test
    void theOutcomeIsStoredWhenTheLastRecordHasBeenReadAndOnlyOnce(@TempDir Path tmp) throws Exception {
        HikariDataSource ds = WorkStore.dataSource(ScanSettings.adHoc(List.of()).withWorkDir(tmp).withThreads(1),
                Credentials.none());
        FindingsStore store = new FindingsStore(Jdbi.create(ds), false);
        List<ScanRecord> rows = List.of(ScanRecord.builder().source("files").container("big.csv").recordId("1").field("email", "a@example.org").build(),
                ScanRecord.builder().source("files").container("big.csv").recordId("2").field("email", "").build());
        CursorFactory twoRows = new CursorFactory() {
            @Override
            public boolean handles(String source) {
                return true;
            }

            @Override
            public RecordCursor open(ContainerRef ref, String checkpoint) {
                Iterator<ScanRecord> it = rows.iterator();
                return new RecordCursor() {
                    @Override
                    public ScanRecord next() {
                        return it.hasNext() ? it.next() : null;
                    }

                    @Override
                    public String checkpoint() {
                        return null;
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
        ContainerItemReader reader = new ContainerItemReader(List.of(twoRows),
                new ContainerRef(1, "files", "big.csv", ContainerKind.CSV, 2, new KeyRange(null, null, null, null)),
                store, "run1", "c00001-r000", new Progress(new PrintStream(OutputStream.nullOutputStream()), true));
        reader.open(new ExecutionContext());
        assertThat(reader.read()).isNotNull();
        assertThat(reader.read()).isNotNull();
        assertThat(store.partitionOutcomes("run1")).isEmpty();

        assertThat(reader.read()).isNull();
        // killed here, after the step's last commit and before close(), the partition still has its outcome
        assertThat(store.partitionOutcomes("run1").get(1)).extracting(o -> o[0]).containsExactly("SCANNED");

        reader.close();
        assertThat(store.partitionOutcomes("run1").get(1)).hasSize(1);
        ds.close();
    }
}

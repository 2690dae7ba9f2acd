package io.piiscanner.batch.config;

import io.piiscanner.batch.job.ContainerItemReader;
import io.piiscanner.batch.job.FindingsItemWriter;
import io.piiscanner.batch.job.Progress;
import io.piiscanner.batch.job.ReadRecord;
import io.piiscanner.batch.job.RunContext;
import io.piiscanner.batch.job.ScanItemProcessor;
import io.piiscanner.batch.source.ContainerRef;
import io.piiscanner.batch.source.CursorFactory;
import io.piiscanner.batch.source.SourceLimits;
import io.piiscanner.batch.source.Watermarks;
import io.piiscanner.batch.source.file.FileCursorFactory;
import io.piiscanner.batch.source.jdbc.JdbcConnector;
import io.piiscanner.batch.source.jdbc.JdbcCursorFactory;
import io.piiscanner.batch.source.salesforce.SalesforceConnector;
import io.piiscanner.batch.source.salesforce.SalesforceCursorFactory;
import io.piiscanner.batch.store.ApiBudget;
import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.batch.store.ScannedRecord;
import io.piiscanner.batch.store.SourceSlots;
import io.piiscanner.batch.store.StoredContainer;
import io.piiscanner.core.Scanner;
import io.piiscanner.core.jurisdiction.JurisdictionPack;
import io.piiscanner.core.jurisdiction.JurisdictionPackLoader;
import io.piiscanner.core.jurisdiction.NotificationAssessor;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partition step {@code scanPartition} and what it reads with: one partition (a container or a key range of
 * one) read, scanned and written chunk by chunk. The same definition runs on the thread pool of a single-JVM scan
 * ({@link LocalScanConfiguration}) and in remote workers (io.piiscanner.batch.remote), which build it once per
 * run in a child context of their own.
 * <p>
 * The step uses the classic chunk step ({@code chunk(size, transactionManager)}): it saves the reader's checkpoint
 * inside the chunk transaction, which Batch 6.0's new ChunkOrientedStep does not yet do (spring-batch#5199), and
 * restart-without-double-counting depends on it.
 */
@Configuration(proxyBeanMethods = false)
public class PartitionConfiguration {

    public static final String PARTITION_STEP = "scanPartition";

    /** One connector per Salesforce source, shared by discovery and the partitions (one session, one call count). */
    @Bean
    public Map<String, SalesforceConnector> salesforceConnectors(RunContext run, Credentials credentials, ApiBudget apiBudget) {
        Map<String, SalesforceConnector> out = new LinkedHashMap<>();
        run.settings().sources().stream().filter(SourceSpec::isSalesforce)
                .forEach(spec -> out.put(spec.id(), new SalesforceConnector(spec, credentials).budget(apiBudget)));
        return out;
    }

    @Bean
    public List<CursorFactory> cursorFactories(RunContext run, Credentials credentials, FindingsStore store,
                                               ScannerConfiguration.Keys keys,
                                               Map<String, SalesforceConnector> salesforceConnectors) {
        ScanSettings s = run.settings();
        List<JdbcConnector> jdbc = new ArrayList<>();
        s.sources().stream().filter(SourceSpec::isJdbc).forEach(spec -> jdbc.add(new JdbcConnector(spec, credentials)));
        return List.of(new FileCursorFactory(s.sources(), s.limits()),
                new JdbcCursorFactory(jdbc, s.sampling(), s.limits(), watermarks(run, store), keys.recordIds(), keys.checkpoints()),
                new SalesforceCursorFactory(new ArrayList<>(salesforceConnectors.values()), store, run.runId(), s.sampling(),
                        s.limits(), keys.recordIds(), keys.checkpoints()));
    }

    /** Concurrent reads per source, shared by every worker on the store. */
    @Bean
    public SourceLimits sourceLimits(RunContext run, SourceSlots sourceSlots) {
        return new SourceLimits(sourceSlots, run.settings().sources());
    }

    /** Step-scoped beans are returned as interfaces: the scope proxy is then a JDK proxy of a final class. */
    @Bean
    @StepScope
    public ItemStreamReader<ReadRecord> containerReader(@Value("#{stepExecutionContext['container.id']}") Integer containerId,
                                               @Value("#{stepExecutionContext['range.index']}") Integer rangeIndex,
                                               @Value("#{stepExecutionContext['partition.id']}") String partitionId,
                                               List<CursorFactory> cursorFactories, FindingsStore store, RunContext run,
                                               Progress progress, SourceLimits sourceLimits) {
        StoredContainer c = store.containers(run.runId()).stream().filter(x -> x.id() == containerId).findFirst().orElseThrow();
        ContainerRef ref = new ContainerRef(c.id(), c.source(), c.name(), c.kind(), c.rowsPresent(), c.ranges().get(rangeIndex));
        return new ContainerItemReader(cursorFactories, ref, store, run.runId(), partitionId, progress, sourceLimits);
    }

    @Bean
    @StepScope
    public ItemWriter<ScannedRecord> findingsWriter(@Value("#{stepExecutionContext['container.id']}") Integer containerId,
                                             @Value("#{stepExecutionContext['partition.id']}") String partitionId,
                                             FindingsStore store, RunContext run, Progress progress) {
        return new FindingsItemWriter(store, run.runId(), partitionId, containerId, progress);
    }

    @Bean
    public JurisdictionPack jurisdictionPack() {
        return JurisdictionPackLoader.loadDefault();
    }

    @Bean
    public NotificationAssessor notificationAssessor(JurisdictionPack jurisdictionPack) {
        return new NotificationAssessor(jurisdictionPack);
    }

    @Bean
    public ScanItemProcessor scanProcessor(Scanner scanner, NotificationAssessor notificationAssessor, Progress progress) {
        return new ScanItemProcessor(scanner, notificationAssessor, progress);
    }

    @Bean
    @SuppressWarnings("removal")
    public Step scanPartitionStep(JobRepository repo, PlatformTransactionManager tx, ItemStreamReader<ReadRecord> containerReader,
                                  ScanItemProcessor scanProcessor, ItemWriter<ScannedRecord> findingsWriter, RunContext run) {
        return new StepBuilder(PARTITION_STEP, repo)
                .<ReadRecord, ScannedRecord>chunk(run.settings().limits().chunkSize(), tx)
                .reader(containerReader).processor(scanProcessor).writer(findingsWriter).build();
    }

    static Watermarks watermarks(RunContext run, FindingsStore store) {
        if (!run.settings().incremental()) {
            return Watermarks.NONE;
        }
        return (source, container) -> store.watermark(run.settings().name(), source, container).orElse(null);
    }
}

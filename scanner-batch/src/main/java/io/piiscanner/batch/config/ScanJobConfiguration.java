package io.piiscanner.batch.config;

import io.piiscanner.batch.job.ContainerItemReader;
import io.piiscanner.batch.job.ContainerPartitioner;
import io.piiscanner.batch.job.DiscoveryTasklet;
import io.piiscanner.batch.job.FindingsItemWriter;
import io.piiscanner.batch.job.Progress;
import io.piiscanner.batch.job.ReadRecord;
import io.piiscanner.batch.job.ReportTasklet;
import io.piiscanner.batch.job.RunContext;
import io.piiscanner.batch.job.ScanItemProcessor;
import io.piiscanner.batch.source.ContainerFilter;
import io.piiscanner.batch.source.ContainerRef;
import io.piiscanner.batch.source.CursorFactory;
import io.piiscanner.batch.source.SourceDiscovery;
import io.piiscanner.batch.source.Watermarks;
import io.piiscanner.batch.source.file.DirectoryDiscovery;
import io.piiscanner.batch.source.file.FileCursorFactory;
import io.piiscanner.batch.source.jdbc.JdbcConnector;
import io.piiscanner.batch.source.jdbc.JdbcCursorFactory;
import io.piiscanner.batch.source.jdbc.JdbcDiscovery;
import io.piiscanner.batch.source.salesforce.SalesforceConnector;
import io.piiscanner.batch.source.salesforce.SalesforceCursorFactory;
import io.piiscanner.batch.source.salesforce.SalesforceDiscovery;
import io.piiscanner.batch.source.salesforce.SalesforceReportContributor;
import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.batch.store.ScannedRecord;
import io.piiscanner.batch.store.StoredContainer;
import io.piiscanner.core.Scanner;
import io.piiscanner.core.jurisdiction.JurisdictionPack;
import io.piiscanner.core.jurisdiction.JurisdictionPackLoader;
import io.piiscanner.core.jurisdiction.NotificationAssessor;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exposure-scan job, wiring only: discover -> partitioned scan (thread pool) -> report.
 * The worker step uses the classic chunk step ({@code chunk(size, transactionManager)}): it saves the
 * reader's checkpoint inside the chunk transaction, which Batch 6.0's new ChunkOrientedStep does not yet
 * do (spring-batch#5199), and restart-without-double-counting depends on it.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository(dataSourceRef = "dataSource", transactionManagerRef = "transactionManager")
@Import({StoreConfiguration.class, ScannerConfiguration.class})
public class ScanJobConfiguration {

    public static final String JOB_NAME = "exposureScan";

    // ---- step 1: discovery

    /** One connector per Salesforce source, shared by discovery and the partitions (one session, one call count). */
    @Bean
    public Map<String, SalesforceConnector> salesforceConnectors(RunContext run, Credentials credentials) {
        Map<String, SalesforceConnector> out = new LinkedHashMap<>();
        run.settings().sources().stream().filter(SourceSpec::isSalesforce)
                .forEach(spec -> out.put(spec.id(), new SalesforceConnector(spec, credentials)));
        return out;
    }

    @Bean
    public Map<String, SourceDiscovery> discoveries(RunContext run, Credentials credentials, FindingsStore store,
                                                    Map<String, SalesforceConnector> salesforceConnectors) {
        ScanSettings s = run.settings();
        ContainerFilter filter = new ContainerFilter(s.include(), s.exclude());
        Watermarks marks = watermarks(run, store);
        Map<String, SourceDiscovery> out = new LinkedHashMap<>();
        for (SourceSpec spec : s.sources()) {
            if (spec.isSalesforce()) {
                out.put(spec.id(), new SalesforceDiscovery(salesforceConnectors.get(spec.id()), filter, s.sampling(),
                        s.limits(), s.incremental(), marks, store, run.runId()));
                continue;
            }
            out.put(spec.id(), spec.isJdbc()
                    ? new JdbcDiscovery(new JdbcConnector(spec, credentials), filter, s.sampling(), s.limits(),
                    s.incremental(), marks, s.threads())
                    : new DirectoryDiscovery(spec.id(), spec.directory(), s.limits(), filter, run.changedSince()));
        }
        return out;
    }

    @Bean
    public Step discoverStep(JobRepository repo, PlatformTransactionManager tx, Map<String, SourceDiscovery> discoveries,
                             FindingsStore store, RunContext run) {
        return new StepBuilder("discover", repo).tasklet(new DiscoveryTasklet(discoveries, store, run.runId()), tx)
                .build();
    }

    // ---- step 2: partitioned scan

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

    /** Step-scoped beans are returned as interfaces: the scope proxy is then a JDK proxy of a final class. */
    @Bean
    @StepScope
    public ItemStreamReader<ReadRecord> containerReader(@Value("#{stepExecutionContext['container.id']}") Integer containerId,
                                               @Value("#{stepExecutionContext['range.index']}") Integer rangeIndex,
                                               @Value("#{stepExecutionContext['partition.id']}") String partitionId,
                                               List<CursorFactory> cursorFactories, FindingsStore store, RunContext run,
                                               Progress progress) {
        StoredContainer c = store.containers(run.runId()).stream().filter(x -> x.id() == containerId).findFirst().orElseThrow();
        ContainerRef ref = new ContainerRef(c.id(), c.source(), c.name(), c.kind(), c.rowsPresent(), c.ranges().get(rangeIndex));
        return new ContainerItemReader(cursorFactories, ref, store, run.runId(), partitionId, progress);
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
        return new StepBuilder("scanPartition", repo)
                .<ReadRecord, ScannedRecord>chunk(run.settings().limits().chunkSize(), tx)
                .reader(containerReader).processor(scanProcessor).writer(findingsWriter).build();
    }

    @Bean(destroyMethod = "shutdown")
    public ThreadPoolTaskExecutor scanExecutor(RunContext run) {
        ThreadPoolTaskExecutor ex = new ThreadPoolTaskExecutor();
        ex.setCorePoolSize(run.settings().threads());
        ex.setMaxPoolSize(run.settings().threads());
        ex.setThreadNamePrefix("scan-");
        ex.initialize();
        return ex;
    }

    @Bean
    public Step scanStep(JobRepository repo, Step scanPartitionStep, FindingsStore store, RunContext run,
                         ThreadPoolTaskExecutor scanExecutor, Progress progress) {
        return new StepBuilder("scan", repo).partitioner("scanPartition", new ContainerPartitioner(store, run.runId()))
                .step(scanPartitionStep).taskExecutor(scanExecutor).gridSize(run.settings().threads())
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution stepExecution) {
                        // also on a restart, where discovery does not run again
                        progress.start(store.containers(run.runId()), store.partitionOutcomes(run.runId()));
                    }
                }).build();
    }

    // ---- step 3: report

    @Bean
    public Step reportStep(JobRepository repo, PlatformTransactionManager tx, FindingsStore store, RunContext run,
                           Scanner scanner, Progress progress, JurisdictionPack jurisdictionPack) {
        List<String> salesforce = run.settings().sources().stream().filter(SourceSpec::isSalesforce).map(SourceSpec::id).toList();
        List<io.piiscanner.batch.report.ReportContributor> contributors = salesforce.isEmpty() ? List.of()
                : List.of(new SalesforceReportContributor(salesforce, store, run.runId()));
        return new StepBuilder("report", repo).tasklet(new ReportTasklet(store, run, scanner, progress, jurisdictionPack,
                contributors), tx).build();
    }

    @Bean
    public Job exposureScanJob(JobRepository repo, Step discoverStep, Step scanStep, Step reportStep) {
        return new JobBuilder(JOB_NAME, repo).start(discoverStep).next(scanStep).next(reportStep).build();
    }

    private static Watermarks watermarks(RunContext run, FindingsStore store) {
        if (!run.settings().incremental()) {
            return Watermarks.NONE;
        }
        return (source, container) -> store.watermark(run.settings().name(), source, container).orElse(null);
    }
}

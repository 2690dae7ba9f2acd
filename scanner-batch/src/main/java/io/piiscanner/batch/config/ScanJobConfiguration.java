package io.piiscanner.batch.config;

import io.piiscanner.batch.job.DiscoveryTasklet;
import io.piiscanner.batch.job.Progress;
import io.piiscanner.batch.job.ReportTasklet;
import io.piiscanner.batch.job.RunContext;
import io.piiscanner.batch.source.ContainerFilter;
import io.piiscanner.batch.source.SourceDiscovery;
import io.piiscanner.batch.source.Watermarks;
import io.piiscanner.batch.source.file.DirectoryDiscovery;
import io.piiscanner.batch.source.jdbc.JdbcConnector;
import io.piiscanner.batch.source.jdbc.JdbcDiscovery;
import io.piiscanner.batch.source.salesforce.SalesforceConnector;
import io.piiscanner.batch.source.salesforce.SalesforceDiscovery;
import io.piiscanner.batch.source.salesforce.SalesforceReportContributor;
import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.core.Scanner;
import io.piiscanner.core.jurisdiction.JurisdictionPack;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exposure-scan job, wiring only: discover -> partitioned scan (a thread pool, or remote workers) -> report.
 * Discovery and the report run once, in this process; the scan step comes from {@link LocalScanConfiguration} or,
 * with remote workers, from {@code RemoteManagerConfiguration} (see ScanRunner).
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository(dataSourceRef = "dataSource", transactionManagerRef = "transactionManager")
@Import({StoreConfiguration.class, ScannerConfiguration.class, PartitionConfiguration.class})
public class ScanJobConfiguration {

    public static final String JOB_NAME = "exposureScan";

    // ---- step 1: discovery

    @Bean
    public Map<String, SourceDiscovery> discoveries(RunContext run, Credentials credentials, FindingsStore store,
                                                    Map<String, SalesforceConnector> salesforceConnectors) {
        ScanSettings s = run.settings();
        ContainerFilter filter = new ContainerFilter(s.include(), s.exclude());
        Watermarks marks = PartitionConfiguration.watermarks(run, store);
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

    // ---- step 2: the partitioned scan: bean 'scanStep' from LocalScanConfiguration (a thread pool) or
    //      io.piiscanner.batch.remote.RemoteManagerConfiguration (remote workers); the partition step is in
    //      PartitionConfiguration.

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
}

package io.piiscanner.batch.config;

import io.piiscanner.batch.job.ContainerPartitioner;
import io.piiscanner.batch.job.Progress;
import io.piiscanner.batch.job.RunContext;
import io.piiscanner.batch.store.FindingsStore;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The {@code scan} step of a single-JVM run: the partitions of {@link ContainerPartitioner} on a thread pool. */
@Configuration(proxyBeanMethods = false)
public class LocalScanConfiguration {

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
        return new StepBuilder("scan", repo).partitioner(PartitionConfiguration.PARTITION_STEP, new ContainerPartitioner(store, run.runId()))
                .step(scanPartitionStep).taskExecutor(scanExecutor).gridSize(run.settings().threads())
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution stepExecution) {
                        // also on a restart, where discovery does not run again
                        progress.start(store.containers(run.runId()), store.partitionOutcomes(run.runId()));
                    }
                }).build();
    }
}

package io.piiscanner.batch.remote;

import io.piiscanner.batch.config.PartitionConfiguration;
import io.piiscanner.batch.source.FailureReasons;
import io.piiscanner.batch.store.ApiBudget;
import io.piiscanner.batch.store.FindingsStore;
import io.piiscanner.batch.store.SourceSlots;
import io.piiscanner.batch.store.WorkStore;
import com.zaxxer.hikari.HikariDataSource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.messaging.MessagingException;

import javax.sql.DataSource;
import java.io.PrintStream;

/**
 * A worker's Spring context: the shared job repository and store (PostgreSQL), and Spring Batch Integration's
 * worker side of remote partitioning: an AMQP inbound channel adapter on the request queue feeding
 * {@link StepExecutionRequestHandler}, whose step locator answers {@code scanPartition} with the
 * {@link RunDispatchingStep}. This is what {@code RemotePartitioningWorkerStepBuilder} wires, with a step that
 * first picks the run's own context (a worker serves any run on the store).
 * <p>
 * Each consumer takes one request at a time (prefetch 1) and acknowledges it only when the partition is over
 * (AUTO acknowledgement after the handler returns): when a worker dies, the broker hands its unacknowledged
 * requests to another worker, which takes the partition over. Registered by {@link Worker}: the data source,
 * {@code credentials}, {@code workerOptions}, {@code brokerConnectionFactory} and {@code workerErr}.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository(dataSourceRef = "dataSource", transactionManagerRef = "transactionManager")
@EnableIntegration
class WorkerConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerConfiguration.class);

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    FindingsStore findingsStore(DataSource dataSource) throws Exception {
        return new FindingsStore(Jdbi.create(new TransactionAwareDataSourceProxy(dataSource)), WorkStore.isPostgres(dataSource));
    }

    @Bean
    SourceSlots sourceSlots(HikariDataSource dataSource) throws Exception {
        return WorkStore.sourceSlots(dataSource);
    }

    @Bean
    ApiBudget apiBudget(DataSource dataSource) {
        return new ApiBudget(Jdbi.create(dataSource));
    }

    @Bean
    WorkerRegistry workerRegistry(DataSource dataSource) {
        return new WorkerRegistry(Jdbi.create(dataSource));
    }

    @Bean(destroyMethod = "close")
    RunContexts runContexts(ApplicationContext context, FindingsStore findingsStore, WorkerOptions workerOptions,
                            PrintStream workerErr) {
        return new RunContexts(context, findingsStore, workerOptions, workerErr);
    }

    @Bean
    RunDispatchingStep scanPartition(JobRepository jobRepository, RunContexts runContexts, WorkerRegistry workerRegistry,
                                     WorkerOptions workerOptions, PrintStream workerErr) {
        return new RunDispatchingStep(jobRepository, runContexts, workerRegistry, workerOptions, workerErr);
    }

    @Bean
    StepExecutionRequestHandler stepExecutionRequestHandler(JobRepository jobRepository, RunDispatchingStep scanPartition) {
        StepExecutionRequestHandler h = new StepExecutionRequestHandler();
        h.setJobRepository(jobRepository);
        h.setStepLocator(name -> PartitionConfiguration.PARTITION_STEP.equals(name) ? scanPartition : null);
        return h;
    }

    @Bean
    SimpleMessageListenerContainer partitionListener(ConnectionFactory brokerConnectionFactory, WorkerOptions workerOptions) {
        PartitionMessages.declare(new RabbitAdmin(brokerConnectionFactory), workerOptions.queue());
        SimpleMessageListenerContainer c = new SimpleMessageListenerContainer(brokerConnectionFactory);
        c.setQueueNames(workerOptions.queue());
        c.setConcurrentConsumers(workerOptions.threads());
        c.setPrefetchCount(1);
        c.setAcknowledgeMode(AcknowledgeMode.AUTO);
        c.setDefaultRequeueRejected(true);
        c.setMissingQueuesFatal(false);
        c.setRecoveryInterval(2000); // broker gone: try again every 2 s, for as long as it takes
        c.setShutdownTimeout(10_000);
        c.setAutoStartup(false); // Worker starts it once the worker is registered
        return c;
    }

    @Bean
    DirectChannel partitionErrors() {
        return new DirectChannel();
    }

    /** Partition requests from the broker into Spring Batch's handler; the outcome goes to the job repository. */
    @Bean
    IntegrationFlow partitionRequestFlow(SimpleMessageListenerContainer partitionListener, StepExecutionRequestHandler handler,
                                         DirectChannel partitionErrors) {
        return IntegrationFlow.from(Amqp.inboundAdapter(partitionListener).messageConverter(new PartitionMessages())
                        .errorChannel(partitionErrors).autoStartup(false).id("partitionRequests"))
                .handle(handler, "handle")
                .nullChannel();
    }

    /**
     * A request that could not be handled: with the store unreachable it is rejected (the broker delivers it again,
     * after a pause here so it does not spin); anything else (no such step execution: a request from a wiped store)
     * is logged and dropped, so a poison message cannot block the queue.
     */
    @Bean
    IntegrationFlow partitionErrorFlow(DirectChannel partitionErrors, WorkerOptions workerOptions) {
        return IntegrationFlow.from(partitionErrors).handle(m -> {
            Throwable e = m.getPayload() instanceof MessagingException me && me.getCause() != null ? me.getCause()
                    : (Throwable) m.getPayload();
            if (StoreErrors.isTransient(e)) {
                LOG.warn("worker {}: partition request not handled, the store is unreachable ({}); it goes back to the queue",
                        workerOptions.workerId(), FailureReasons.describe(e));
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("store unreachable", e);
            }
            LOG.error("worker {}: partition request dropped: {}", workerOptions.workerId(), FailureReasons.describe(e));
        }).get();
    }
}

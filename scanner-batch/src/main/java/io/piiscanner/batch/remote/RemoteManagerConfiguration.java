package io.piiscanner.batch.remote;

import io.piiscanner.batch.config.PartitionConfiguration;
import io.piiscanner.batch.job.ContainerPartitioner;
import io.piiscanner.batch.job.RunContext;
import io.piiscanner.batch.store.FindingsStore;
import org.jdbi.v3.core.Jdbi;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

import javax.sql.DataSource;
import java.io.PrintStream;

/**
 * The {@code scan} step of a manager ({@code scan --workers remote}): Spring Batch Integration's remote
 * partitioning manager step. The same {@link ContainerPartitioner} as a single-JVM run makes one step execution per
 * partition in the shared job repository; {@code MessageChannelPartitionHandler} sends one
 * {@code StepExecutionRequest} (step name and step execution id) per partition through a Spring Integration AMQP
 * outbound adapter to the durable request queue, and learns completion by polling the job repository (no reply
 * queue: a manager restart loses nothing). {@link RemoteWatch} prints progress per worker and sends again the
 * requests of partitions whose worker died. Discovery and the report steps stay in this process, once.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchIntegration
public class RemoteManagerConfiguration {

    @Bean(destroyMethod = "destroy")
    public CachingConnectionFactory brokerConnectionFactory(RemoteOptions remoteOptions, RunContext run) {
        CachingConnectionFactory f = remoteOptions.broker().connectionFactory("pii-scanner manager " + run.runId());
        f.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        return f;
    }

    @Bean
    public RabbitTemplate partitionTemplate(CachingConnectionFactory brokerConnectionFactory, RemoteOptions remoteOptions) {
        PartitionMessages.declare(new RabbitAdmin(brokerConnectionFactory), remoteOptions.queue());
        RabbitTemplate t = new RabbitTemplate(brokerConnectionFactory);
        t.setMessageConverter(new PartitionMessages());
        return t;
    }

    @Bean
    public DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    /** Requests to the broker; each send waits for the broker's publisher confirm, so none is lost on the way. */
    @Bean
    public IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, RabbitTemplate partitionTemplate,
                                                     RemoteOptions remoteOptions) {
        return IntegrationFlow.from(partitionRequests)
                .handle(Amqp.outboundAdapter(partitionTemplate).routingKey(remoteOptions.queue())
                        .confirmCorrelationExpression("payload").waitForConfirm(true).confirmTimeout(30_000))
                .get();
    }

    @Bean
    public WorkerRegistry workerRegistry(DataSource dataSource) {
        return new WorkerRegistry(Jdbi.create(dataSource));
    }

    @Bean
    public RemoteWatch remoteWatch(FindingsStore store, WorkerRegistry workerRegistry, RunContext run, DirectChannel partitionRequests,
                                   RemoteOptions remoteOptions, PrintStream remoteConsole) {
        return new RemoteWatch(store, workerRegistry, run, partitionRequests, remoteOptions, remoteConsole);
    }

    @Bean
    public Step scanStep(RemotePartitioningManagerStepBuilderFactory managerSteps, FindingsStore store, RunContext run,
                         DirectChannel partitionRequests, RemoteWatch remoteWatch) {
        return managerSteps.get("scan")
                .partitioner(PartitionConfiguration.PARTITION_STEP, new ContainerPartitioner(store, run.runId()))
                .gridSize(run.settings().threads())
                .outputChannel(partitionRequests)
                .pollInterval(1000)
                .listener(remoteWatch)
                .build();
    }
}

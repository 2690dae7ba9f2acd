package io.piiscanner.batch.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The wire format of a partition request: Spring Batch's {@link StepExecutionRequest} (step name and step
 * execution id, nothing else) as a small JSON document, {@code {"step":"scanPartition","stepExecutionId":42}}.
 * No class names travel (no Java deserialization on the workers), and no value, container name or credential:
 * a worker reads everything else from the shared job repository and store. Requests go to one durable queue
 * through the default exchange, as persistent messages, so a broker restart loses none.
 */
public final class PartitionMessages implements MessageConverter {

    public static final String DEFAULT_QUEUE = "pii-scanner.partitions";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The durable, shared request queue (declared by the manager and by every worker; the same arguments each time). */
    public static Queue queue(String name) {
        return QueueBuilder.durable(name).build();
    }

    public static void declare(AmqpAdmin admin, String name) {
        admin.declareQueue(queue(name));
    }

    @Override
    public Message toMessage(Object object, MessageProperties props) {
        if (!(object instanceof StepExecutionRequest r)) {
            throw new MessageConversionException("only partition requests are sent, not " + object.getClass().getName());
        }
        byte[] body = JSON.createObjectNode().put("step", r.getStepName()).put("stepExecutionId", r.getStepExecutionId())
                .toString().getBytes(StandardCharsets.UTF_8);
        props.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        props.setContentEncoding("UTF-8");
        props.setContentLength(body.length);
        return new Message(body, props);
    }

    @Override
    public Object fromMessage(Message message) {
        try {
            JsonNode n = JSON.readTree(message.getBody());
            if (!n.path("step").isTextual() || !n.path("stepExecutionId").canConvertToLong()) {
                throw new MessageConversionException("not a partition request (expected step and stepExecutionId)");
            }
            return new StepExecutionRequest(n.path("step").asText(), n.path("stepExecutionId").asLong());
        } catch (IOException e) {
            throw new MessageConversionException("not a partition request: " + e.getMessage(), e);
        }
    }
}

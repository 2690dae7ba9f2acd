package io.piiscanner.batch.remote;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.batch.integration.partition.StepExecutionRequest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What travels on the broker: a step name and a step execution id, nothing else (no value, no class name). */
class PartitionMessagesTest {

    @Test
    void aRequestIsItsStepNameAndStepExecutionIdOnly() {
        PartitionMessages c = new PartitionMessages();
        Message m = c.toMessage(new StepExecutionRequest("scanPartition", 42), new MessageProperties());
        assertThat(new String(m.getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"step\":\"scanPartition\",\"stepExecutionId\":42}");
        assertThat(m.getMessageProperties().getContentType()).isEqualTo("application/json");
        StepExecutionRequest back = (StepExecutionRequest) c.fromMessage(m);
        assertThat(back.getStepName()).isEqualTo("scanPartition");
        assertThat(back.getStepExecutionId()).isEqualTo(42L);
    }

    @Test
    void anythingElseIsRefused() {
        PartitionMessages c = new PartitionMessages();
        assertThatThrownBy(() -> c.toMessage("some text", new MessageProperties())).isInstanceOf(MessageConversionException.class);
        assertThatThrownBy(() -> c.fromMessage(new Message("{\"x\":1}".getBytes(StandardCharsets.UTF_8), new MessageProperties())))
                .isInstanceOf(MessageConversionException.class);
        assertThatThrownBy(() -> c.fromMessage(new Message(new byte[] {(byte) 0xac, (byte) 0xed, 0, 5}, new MessageProperties())))
                .as("a Java-serialized object is not read").isInstanceOf(MessageConversionException.class);
        assertThat(PartitionMessages.queue("q").isDurable()).isTrue();
    }
}

package dev.eventualshop.messaging.testing;

import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** What the messaging suites send and read as the gateway would: command messages and outcomes. */
public final class TestMessages {

    private TestMessages() {
    }

    /** {@code command} as the gateway publishes it: the command id as message and correlation id. */
    public static Message command(MessageCodec codec, UUID commandId, Object command, String issuer) {
        MessageCodec.Serialized serialized = codec.serialize(command);
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(commandId.toString());
        properties.setType(serialized.type());
        properties.setCorrelationId(commandId.toString());
        properties.setHeader(MessageHeaders.REVISION, serialized.revision());
        properties.setHeader(MessageHeaders.ISSUER, issuer);
        return new Message(serialized.json().getBytes(StandardCharsets.UTF_8), properties);
    }

    /**
     * {@code event} at {@code version} of the stream {@code streamType/streamId} as a relay publishes it: the relay's
     * properties and stream headers, and for an integration event ({@code integration}) the public audience.
     */
    public static Message event(MessageCodec codec, UUID messageId, String streamType, String streamId, long version,
                                Object event, boolean integration) {
        MessageCodec.Serialized serialized = codec.serialize(event);
        MessageProperties properties = MessageHeaders.properties(messageId, serialized.type(), serialized.revision(),
                UUID.randomUUID(), UUID.randomUUID(), "system:test", null, Instant.now());
        properties.setHeader(MessageHeaders.STREAM_TYPE, streamType);
        properties.setHeader(MessageHeaders.STREAM_ID, streamId);
        properties.setHeader(MessageHeaders.VERSION, version);
        if (integration) {
            properties.setHeader(MessageHeaders.AUDIENCE, MessageHeaders.PUBLIC);
        }
        return new Message(serialized.json().getBytes(StandardCharsets.UTF_8), properties);
    }

    /**
     * Publishes {@code event} at {@code version} of {@code streamType/streamId} to {@code <context>.domain-events},
     * as the context's relay does.
     */
    public static void publishDomainEvent(ConnectionFactory connections, MessageCodec codec, String context,
                                          String streamType, String streamId, long version, Object event) {
        Message message = event(codec, UUID.randomUUID(), streamType, streamId, version, event, false);
        new RabbitTemplate(connections).send(Topology.domainEvents(context), message.getMessageProperties().getType(),
                message);
    }

    /** A queue on {@code commands.outcomes} that keeps the latest outcome of each command in {@code outcomes}. */
    public static ConsumerBinding outcomes(String queue, Map<UUID, OutcomeMessage> outcomes) {
        return ConsumerBinding.ordered(queue, Topology.OUTCOMES, List.of("#"),
                (type, revision, json) -> MessageJson.mapper().readValue(json, OutcomeMessage.class),
                message -> {
                    OutcomeMessage outcome = (OutcomeMessage) message.payload();
                    outcomes.put(outcome.commandId(), outcome);
                });
    }
}

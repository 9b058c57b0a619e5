package dev.eventualshop.messaging.relay;

import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.outbox.OutboxEntry;
import dev.eventualshop.eventstore.outbox.StoredCommand;
import dev.eventualshop.eventstore.outbox.StoredEvent;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one outbox entry into its messages: each domain event as stored, the integration events mapped from
 * it, the commands it sends to other contexts, then the command's outcome. Message ids derive from the event and
 * command ids (a sent command's message id is its command id), so a re-publish after a crash carries the same ids
 * and consumers recognise the duplicate.
 */
public class OutboundMessages {

    private static final UUID OUTCOME = UUID.fromString("0a6f0c1e-7d27-4f0b-93c6-0c1ad2a1b7e4");
    private static final UUID INTEGRATION = UUID.fromString("5f5e3a52-8d0b-4ab2-a3c5-7c9e4e8f1d20");

    private final String context;
    private final MessageCodec codec;
    private final IntegrationEventMapper integrationEvents;
    private final JsonMapper mapper;

    public OutboundMessages(String context, MessageCodec codec, IntegrationEventMapper integrationEvents,
                            JsonMapper mapper) {
        this.context = context;
        this.codec = codec;
        this.integrationEvents = integrationEvents;
        this.mapper = mapper;
    }

    public List<OutboundMessage> of(OutboxEntry entry) {
        List<OutboundMessage> messages = new ArrayList<>(entry.events().size() + entry.sends().size() + 1);
        for (StoredEvent event : entry.events()) {
            messages.add(new OutboundMessage(Topology.domainEvents(context), event.type(),
                    message(event.eventId(), event.type(), event.revision(), event.json(), entry, event)));
            int index = 0;
            for (Object integrationEvent : integrationEvents.map(event.payload())) {
                MessageCodec.Serialized serialized = codec.serialize(integrationEvent);
                UUID id = Uuids.v5(INTEGRATION, event.eventId() + "#" + index++);
                Message message = message(id, serialized.type(), serialized.revision(), serialized.json(), entry, event);
                message.getMessageProperties().setHeader(MessageHeaders.AUDIENCE, MessageHeaders.PUBLIC);
                messages.add(new OutboundMessage(Topology.events(context), serialized.type(), message));
            }
        }
        for (StoredCommand send : entry.sends()) {
            MessageProperties properties = MessageHeaders.properties(send.commandId(), send.type(), send.revision(),
                    entry.correlationId(), entry.commandId(), MessageHeaders.systemIssuer(context), entry.traceparent(),
                    entry.processedAt());
            messages.add(new OutboundMessage(Topology.commands(send.context()), send.type(),
                    new Message(send.json().getBytes(StandardCharsets.UTF_8), properties)));
        }
        messages.add(new OutboundMessage(Topology.OUTCOMES, entry.commandType(), outcome(entry)));
        return messages;
    }

    private Message outcome(OutboxEntry entry) {
        OutcomeMessage outcome = new OutcomeMessage(entry.commandId(), entry.commandType(), entry.issuer(),
                entry.outcome().status().name(), entry.outcome().reason(), entry.outcome().message(),
                entry.outcome().aggregateVersion().isPresent() ? entry.outcome().aggregateVersion().getAsLong() : null);
        return outcome.toAmqp(Uuids.v5(OUTCOME, entry.commandId().toString()), entry.correlationId(),
                entry.traceparent(), entry.processedAt(), mapper);
    }

    private static Message message(UUID id, String type, int revision, String json, OutboxEntry entry,
                                   StoredEvent event) {
        MessageProperties properties = MessageHeaders.properties(id, type, revision, entry.correlationId(),
                entry.commandId(), entry.issuer(), entry.traceparent(), event.occurredAt());
        properties.setHeader(MessageHeaders.STREAM_TYPE, event.stream().type());
        properties.setHeader(MessageHeaders.STREAM_ID, event.stream().id());
        properties.setHeader(MessageHeaders.VERSION, event.version());
        return new Message(json.getBytes(StandardCharsets.UTF_8), properties);
    }
}

package dev.eventualshop.messaging.command;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.InternalCommand;
import dev.eventualshop.contracts.MessageType;
import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.messaging.InboundMessage;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.messaging.consumer.ResilientListener;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queues of a command service: its own commands (consumed concurrently: commands need no order, the
 * pipeline's optimistic concurrency keeps every stream consistent) and one ordered queue per context it
 * reacts to. A command that ends parked publishes a FAILED outcome, so its sender is never left waiting.
 * {@link InternalCommand Internal} commands are not bound: only the context itself sends them, through its pipeline.
 */
public final class CommandBindings {

    private CommandBindings() {
    }

    public static ConsumerBinding commands(String service, String context, CommandPipeline pipeline,
                                           MessageCodec codec, RabbitTemplate outcomes, JsonMapper mapper,
                                           int concurrency) {
        return commands(service, context, pipeline, codec, outcomes, mapper, concurrency, CommandPreparer.NONE);
    }

    /** The command queue, each command completed by {@code preparer} before the pipeline handles it. */
    public static ConsumerBinding commands(String service, String context, CommandPipeline pipeline,
                                           MessageCodec codec, RabbitTemplate outcomes, JsonMapper mapper,
                                           int concurrency, CommandPreparer preparer) {
        List<String> types = codec.types().all().stream()
                .filter(type -> pipeline.aggregates().stream()
                        .anyMatch(aggregate -> aggregate.commandType().isAssignableFrom(type.javaType())))
                .filter(type -> !InternalCommand.class.isAssignableFrom(type.javaType()))
                .map(MessageType::name).sorted().toList();
        String exchange = Topology.commands(context);
        return new ConsumerBinding(Topology.queue(service, exchange), exchange, types, false, concurrency,
                codec::deserialize,
                message -> pipeline.handle(new CommandEnvelope<>(message.messageId(), message.issuer(),
                        message.correlationId(), message.causationId(), message.traceparent(),
                        preparer.prepare(message.payload()))),
                new ResilientListener.ParkedListener() {
                    @Override
                    public void parked(InboundMessage message, String reason) {
                        publishFailed(outcomes, mapper, message, reason);
                    }

                    @Override
                    public void deadLettered(Message message, String reason) {
                        publishUnreadable(outcomes, mapper, message, reason);
                    }
                });
    }

    public static ConsumerBinding reactions(String service, String sourceContext, List<Reaction<?>> reactions,
                                            CommandPipeline pipeline, MessageCodec codec) {
        String exchange = Topology.events(sourceContext);
        List<String> types = codec.types().all().stream()
                .filter(type -> reactions.stream().anyMatch(reaction -> reaction.messageType()
                        .isAssignableFrom(type.javaType())))
                .map(MessageType::name).distinct().sorted().toList();
        return ConsumerBinding.ordered(Topology.queue(service, exchange), exchange, types, codec::deserialize,
                message -> react(reactions, pipeline, message));
    }

    /**
     * The ordered queue {@code <service>.commands.outcomes} of the outcomes {@code reactions} take: the replies to
     * the commands the service sent other contexts.
     */
    public static ConsumerBinding outcomeReactions(String service, List<OutcomeReaction> reactions,
                                                   CommandPipeline pipeline, JsonMapper mapper) {
        List<String> types = reactions.stream().flatMap(reaction -> reaction.commandTypes().stream())
                .distinct().sorted().toList();
        return ConsumerBinding.ordered(Topology.queue(service, Topology.OUTCOMES), Topology.OUTCOMES, types,
                (type, revision, json) -> {
                    if (!OutcomeMessage.TYPE.equals(type)) {
                        throw new IllegalArgumentException("not an outcome: " + type);
                    }
                    return mapper.readValue(json, OutcomeMessage.class);
                },
                message -> {
                    for (OutcomeReaction reaction : reactions) {
                        Object command = reaction.commandFor((OutcomeMessage) message.payload());
                        if (command != null) {
                            pipeline.handle(new CommandEnvelope<>(
                                    Ids.reactionCommandId(message.messageId(), reaction.name()),
                                    "system:reaction:" + reaction.name(), message.correlationId(),
                                    message.messageId(), message.traceparent(), command));
                        }
                    }
                });
    }

    private static void react(List<Reaction<?>> reactions, CommandPipeline pipeline, InboundMessage message) {
        for (Reaction<?> reaction : reactions) {
            if (!reaction.messageType().isInstance(message.payload())) {
                continue;
            }
            Object command = reaction.commandFor(message.payload());
            if (command != null) {
                pipeline.handle(new CommandEnvelope<>(Ids.reactionCommandId(message.messageId(), reaction.name()),
                        "system:reaction:" + reaction.name(), message.correlationId(), message.messageId(),
                        message.traceparent(), command));
            }
        }
    }

    /**
     * A command that could not be read is dead-lettered; its sender still learns it FAILED, from what the AMQP
     * properties tell (the message id is the command id). One without a readable id cannot be answered.
     */
    private static void publishUnreadable(RabbitTemplate outcomes, JsonMapper mapper, Message command, String reason) {
        MessageProperties properties = command.getMessageProperties();
        Optional<UUID> commandId = uuid(properties.getMessageId());
        if (commandId.isEmpty()) {
            return;
        }
        Object issuer = properties.getHeaders().get(MessageHeaders.ISSUER);
        Object traceparent = properties.getHeaders().get(MessageHeaders.TRACEPARENT);
        String type = properties.getType() == null ? "unknown" : properties.getType();
        OutcomeMessage failed = new OutcomeMessage(commandId.get(), type, issuer == null ? null : issuer.toString(),
                "FAILED", "UNREADABLE", reason, null);
        outcomes.send(Topology.OUTCOMES, type, failed.toAmqp(Uuids.v5(commandId.get(), "failed"),
                uuid(properties.getCorrelationId()).orElse(commandId.get()),
                traceparent == null ? null : traceparent.toString(), Instant.now(), mapper));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private static void publishFailed(RabbitTemplate outcomes, JsonMapper mapper, InboundMessage command,
                                      String reason) {
        OutcomeMessage failed = new OutcomeMessage(command.messageId(), command.type(), command.issuer(), "FAILED",
                "PARKED", reason, null);
        outcomes.send(Topology.OUTCOMES, command.type(), failed.toAmqp(Uuids.v5(command.messageId(), "failed"),
                command.correlationId(), command.traceparent(), Instant.now(), mapper));
    }
}

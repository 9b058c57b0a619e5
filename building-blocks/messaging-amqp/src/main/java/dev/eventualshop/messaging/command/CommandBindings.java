package dev.eventualshop.messaging.command;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.MessageType;
import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.messaging.InboundMessage;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import java.time.Instant;
import java.util.List;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queues of a command service: its own commands (consumed concurrently: commands need no order, the
 * pipeline's optimistic concurrency keeps every stream consistent) and one ordered queue per context it
 * reacts to. A command that ends parked publishes a FAILED outcome, so its sender is never left waiting.
 */
public final class CommandBindings {

    private CommandBindings() {
    }

    public static ConsumerBinding commands(String service, String context, CommandPipeline pipeline,
                                           MessageCodec codec, RabbitTemplate outcomes, JsonMapper mapper,
                                           int concurrency) {
        List<String> types = codec.types().all().stream()
                .filter(type -> pipeline.aggregates().stream()
                        .anyMatch(aggregate -> aggregate.commandType().isAssignableFrom(type.javaType())))
                .map(MessageType::name).sorted().toList();
        String exchange = Topology.commands(context);
        return new ConsumerBinding(Topology.queue(service, exchange), exchange, types, false, concurrency,
                codec::deserialize,
                message -> pipeline.handle(new CommandEnvelope<>(message.messageId(), message.issuer(),
                        message.correlationId(), message.causationId(), message.traceparent(), message.payload())),
                (message, reason) -> publishFailed(outcomes, mapper, message, reason));
    }

    public static ConsumerBinding reactions(String service, String sourceContext, List<Reaction<?>> reactions,
                                            CommandPipeline pipeline, MessageCodec codec) {
        String exchange = Topology.events(sourceContext);
        List<String> types = reactions.stream().map(reaction -> codec.types().of(reaction.messageType()).name())
                .distinct().sorted().toList();
        return ConsumerBinding.ordered(Topology.queue(service, exchange), exchange, types, codec::deserialize,
                message -> react(reactions, pipeline, message));
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

    private static void publishFailed(RabbitTemplate outcomes, JsonMapper mapper, InboundMessage command,
                                      String reason) {
        OutcomeMessage failed = new OutcomeMessage(command.messageId(), command.type(), command.issuer(), "FAILED",
                "PARKED", reason, null);
        outcomes.send(Topology.OUTCOMES, command.type(), failed.toAmqp(Uuids.v5(command.messageId(), "failed"),
                command.correlationId(), command.traceparent(), Instant.now(), mapper));
    }
}

package dev.eventualshop.messaging.testing;

import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * A test's own queue on one of the topology's exchanges, bound to every routing key, for reading what a service
 * published. A plain queue: Qpid refuses the RabbitMQ-only arguments of Spring's {@code AnonymousQueue}.
 */
public final class TestQueue implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ConnectionFactory connectionFactory;
    private final String name;
    private final Map<UUID, OutcomeMessage> outcomes = new ConcurrentHashMap<>();

    private TestQueue(ConnectionFactory connectionFactory, String name) {
        this.connectionFactory = connectionFactory;
        this.name = name;
    }

    /**
     * Declares {@code exchange} (as the topology does) and a fresh queue bound to it with {@code #}, or bound as a
     * whole to the fanout {@code projections.updates}.
     */
    public static TestQueue on(ConnectionFactory connectionFactory, String exchange) {
        RabbitAdmin admin = new RabbitAdmin(connectionFactory);
        Queue queue = new Queue("test." + exchange + "." + UUID.randomUUID(), false, false, true);
        admin.declareQueue(queue);
        Exchange declared = Topology.exchange(exchange);
        admin.declareExchange(declared);
        admin.declareBinding(declared instanceof FanoutExchange fanout ? BindingBuilder.bind(queue).to(fanout)
                : BindingBuilder.bind(queue).to((TopicExchange) declared).with("#"));
        return new TestQueue(connectionFactory, queue.getName());
    }

    /**
     * Declares {@code context}'s commands exchange (as the topology does) and a fresh queue bound to it for each of
     * {@code commandTypes}: a stand-in for the context's command consumer, to read what another context asks of it.
     */
    public static TestQueue onCommands(ConnectionFactory connectionFactory, String context,
                                       Collection<String> commandTypes) {
        RabbitAdmin admin = new RabbitAdmin(connectionFactory);
        Queue queue = new Queue("test." + Topology.commands(context) + "." + UUID.randomUUID(), false, false, true);
        admin.declareQueue(queue);
        DirectExchange direct = (DirectExchange) Topology.exchange(Topology.commands(context));
        admin.declareExchange(direct);
        commandTypes.forEach(type -> admin.declareBinding(BindingBuilder.bind(queue).to(direct).with(type)));
        return new TestQueue(connectionFactory, queue.getName());
    }

    /** The messages that arrived since the last call. */
    public List<Message> drain() {
        RabbitTemplate template = new RabbitTemplate(connectionFactory);
        List<Message> received = new ArrayList<>();
        Message message;
        while ((message = template.receive(name)) != null) {
            received.add(message);
        }
        return received;
    }

    /** For a queue on {@code commands.outcomes}: the outcome of {@code commandId}, once it arrived. */
    public Optional<OutcomeMessage> outcome(UUID commandId) {
        for (Message message : drain()) {
            OutcomeMessage outcome = MessageJson.mapper().readValue(message.getBody(), OutcomeMessage.class);
            outcomes.put(outcome.commandId(), outcome);
        }
        return Optional.ofNullable(outcomes.get(commandId));
    }

    /** For a queue on {@code commands.outcomes}: the outcome of {@code commandId}, waiting up to 30 s for it. */
    public OutcomeMessage awaitOutcome(UUID commandId) {
        return Awaitility.await().atMost(WAIT).until(() -> outcome(commandId).orElse(null), Objects::nonNull);
    }

    public void assertSucceeded(UUID commandId) {
        OutcomeMessage outcome = awaitOutcome(commandId);
        Assertions.assertThat(outcome.status()).as("outcome of %s: %s", commandId, outcome).isEqualTo("SUCCEEDED");
    }

    public void assertRejected(UUID commandId, String reason) {
        OutcomeMessage outcome = awaitOutcome(commandId);
        Assertions.assertThat(outcome.status()).as("outcome of %s: %s", commandId, outcome).isEqualTo("REJECTED");
        Assertions.assertThat(outcome.reason()).as("reason of %s", commandId).isEqualTo(reason);
    }

    @Override
    public void close() {
        new RabbitAdmin(connectionFactory).deleteQueue(name);
    }
}

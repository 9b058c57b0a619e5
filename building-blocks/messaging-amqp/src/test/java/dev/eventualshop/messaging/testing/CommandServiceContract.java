package dev.eventualshop.messaging.testing;

import static org.awaitility.Awaitility.await;

import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the integration suites of a command service share, whatever its context: the service's broker connection,
 * codec and database; the test's own queues on {@code commands.outcomes}, {@code <ctx>.domain-events} and
 * {@code <ctx>.events} (bound before each test, deleted after); commands sent as the gateway publishes them; their
 * outcomes; the events stored and published. A service's contract extends it with its own messages.
 */
public abstract class CommandServiceContract {

    protected static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    protected ConnectionFactory connectionFactory;
    @Autowired
    protected MessageCodec codec;
    @Autowired
    protected JdbcTemplate jdbc;

    private final String context;
    private TestQueue outcomes;
    private TestQueue domainEvents;
    private TestQueue integrationEvents;

    protected CommandServiceContract(String context) {
        this.context = context;
    }

    @BeforeEach
    void bindServiceQueues() {
        outcomes = TestQueue.on(connectionFactory, Topology.OUTCOMES);
        domainEvents = TestQueue.on(connectionFactory, Topology.domainEvents(context));
        integrationEvents = TestQueue.on(connectionFactory, Topology.events(context));
    }

    @AfterEach
    void deleteServiceQueues() {
        outcomes.close();
        domainEvents.close();
        integrationEvents.close();
    }

    /** {@code command} on {@code <ctx>.commands} as the gateway (or another context's relay) publishes it. */
    protected void send(UUID commandId, Object command, String issuer) {
        Message message = TestMessages.command(codec, commandId, command, issuer);
        new RabbitTemplate(connectionFactory).send(Topology.commands(context), message.getMessageProperties().getType(),
                message);
    }

    /** The outcome of {@code commandId} as published on {@code commands.outcomes}. */
    protected OutcomeMessage outcome(UUID commandId) {
        return outcomes.awaitOutcome(commandId);
    }

    protected void assertSucceeded(UUID commandId) {
        outcomes.assertSucceeded(commandId);
    }

    protected void assertRejected(UUID commandId, String reason) {
        outcomes.assertRejected(commandId, reason);
    }

    /** The types of the events stored on one stream, in order. */
    protected List<String> storedEventTypes(String streamType, String streamId) {
        return StoredEvents.types(jdbc, streamType, streamId);
    }

    /** The domain events that arrived on this test's {@code <ctx>.domain-events} queue since the last look. */
    protected List<Message> newDomainEvents() {
        return domainEvents.drain();
    }

    /** The integration events that arrived on this test's {@code <ctx>.events} queue since the last look. */
    protected List<Message> newIntegrationEvents() {
        return integrationEvents.drain();
    }

    /** The domain events the relay published on {@code <ctx>.domain-events} so far, once there are {@code atLeast}. */
    protected List<Message> publishedDomainEvents(int atLeast) {
        return atLeast(domainEvents, atLeast);
    }

    /** The integration events the relay published on {@code <ctx>.events} so far, once there are {@code atLeast}. */
    protected List<Message> publishedIntegrationEvents(int atLeast) {
        return atLeast(integrationEvents, atLeast);
    }

    /** The integration events published on {@code <ctx>.events} until {@code enough} holds for them. */
    protected List<Message> publishedIntegrationEvents(Predicate<List<Message>> enough) {
        return until(integrationEvents, enough);
    }

    private static List<Message> atLeast(TestQueue queue, int atLeast) {
        return until(queue, received -> received.size() >= atLeast);
    }

    private static List<Message> until(TestQueue queue, Predicate<List<Message>> enough) {
        List<Message> received = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            received.addAll(queue.drain());
            return enough.test(received);
        });
        return received;
    }
}

package dev.eventualshop.account.command;

import static org.awaitility.Awaitility.await;

import dev.eventualshop.account.AccountMessages;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.identity.v1.IdentityIntegrationEvent;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.StoredEvents;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.messaging.testing.TestQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * account-command as it runs: its own configuration file, H2, and a broker carrying Identity's registrations as
 * Identity's relay publishes them and Account's commands as the gateway publishes them. Each subclass brings the
 * broker; its context is closed after it.
 */
@SpringBootTest(classes = AccountCommandApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + AccountCommandApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms",
                "eventualshop.messaging.relay.poll-interval=100ms"})
@DirtiesContext
abstract class AccountCommandContract {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    MessageCodec codec;
    @Autowired
    JdbcTemplate jdbc;

    private TestQueue outcomes;
    private TestQueue domainEvents;

    /** Queues of this test on {@code commands.outcomes} and {@code account.domain-events}, bound to every key. */
    @BeforeEach
    void bindTestQueues() {
        outcomes = TestQueue.on(connectionFactory, Topology.OUTCOMES);
        domainEvents = TestQueue.on(connectionFactory, Topology.domainEvents(AccountMessages.CONTEXT));
    }

    @AfterEach
    void deleteTestQueues() {
        outcomes.close();
        domainEvents.close();
    }

    /** {@code identity.v1.UserRegistered} as Identity's relay publishes it, under the message id {@code messageId}. */
    void publishRegistered(UUID messageId, UUID user, String firstName, String lastName) {
        Message message = TestMessages.event(codec, messageId, IdentityMessages.USER_STREAM, user.toString(), 1,
                new IdentityIntegrationEvent.UserRegistered(user, "someone@example.com", firstName, lastName), true);
        new RabbitTemplate(connectionFactory).send(Topology.events(IdentityMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
    }

    /** A registered user whose account is open (its stream holds {@code account.AccountOpened}). */
    UUID openedAccount() {
        UUID user = UUID.randomUUID();
        publishRegistered(UUID.randomUUID(), user, "Ada", "Lovelace");
        await().atMost(WAIT).until(() -> eventTypes(user).contains("account.AccountOpened"));
        return user;
    }

    /** {@code command} sent to {@code account.commands} as the gateway publishes it, by {@code issuer}. */
    UUID send(Object command, String issuer) {
        UUID commandId = UUID.randomUUID();
        send(commandId, command, issuer);
        return commandId;
    }

    void send(UUID commandId, Object command, String issuer) {
        Message message = TestMessages.command(codec, commandId, command, issuer);
        new RabbitTemplate(connectionFactory).send(Topology.commands(AccountMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
    }

    /** The outcome of {@code commandId} as published on {@code commands.outcomes}. */
    OutcomeMessage outcome(UUID commandId) {
        return outcomes.awaitOutcome(commandId);
    }

    void assertSucceeded(UUID commandId) {
        outcomes.assertSucceeded(commandId);
    }

    void assertRejected(UUID commandId, String reason) {
        outcomes.assertRejected(commandId, reason);
    }

    /** The types of the events on the account stream of {@code user}, in order. */
    List<String> eventTypes(UUID user) {
        return StoredEvents.types(jdbc, AccountMessages.ACCOUNT_STREAM, user.toString());
    }

    /** The domain events the relay published on {@code account.domain-events} so far, by AMQP type. */
    List<Message> publishedDomainEvents(int atLeast) {
        List<Message> received = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            received.addAll(domainEvents.drain());
            return received.size() >= atLeast;
        });
        return received;
    }
}

package dev.eventualshop.catalog.command;

import static org.awaitility.Awaitility.await;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.commands.CatalogCommand;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.StoredEvents;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.messaging.testing.TestQueue;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * catalog-command as it runs: its own configuration file, H2, and a broker carrying the catalog's commands as the
 * gateway publishes them (issuer = an admin's user id). Each subclass brings the broker; its context is closed
 * after it.
 */
@SpringBootTest(classes = CatalogCommandApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + CatalogCommandApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms",
                "eventualshop.messaging.relay.poll-interval=100ms"})
@DirtiesContext
abstract class CatalogCommandContract {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String ADMIN = "0b7d3c2a-1e4f-4a5b-9c6d-7e8f9a0b1c2d";
    static final Money PRICE = Money.of("19.99", "EUR");

    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    MessageCodec codec;
    @Autowired
    JdbcTemplate jdbc;

    private TestQueue outcomes;
    private TestQueue integrationEvents;
    private TestQueue domainEvents;

    /**
     * Queues of this test on {@code commands.outcomes}, {@code catalog.events} and {@code catalog.domain-events},
     * bound to every key. Domain events are published with mandatory routing, and catalog-query (their consumer)
     * does not exist yet: without a queue the relay would keep every row unsent and publish it again.
     */
    @BeforeEach
    void bindTestQueues() {
        outcomes = TestQueue.on(connectionFactory, Topology.OUTCOMES);
        integrationEvents = TestQueue.on(connectionFactory, Topology.events(CatalogMessages.CONTEXT));
        domainEvents = TestQueue.on(connectionFactory, Topology.domainEvents(CatalogMessages.CONTEXT));
    }

    @AfterEach
    void deleteTestQueues() {
        outcomes.close();
        integrationEvents.close();
        domainEvents.close();
    }

    /** A new item with a SKU of its own, as an admin creates it. */
    static CatalogCommand.CreateItem newItem(String sku) {
        return new CatalogCommand.CreateItem(UUID.randomUUID(), sku, "Mug", "A mug for tea", PRICE, "/images/mug.png");
    }

    /** A SKU no other test uses. */
    static String uniqueSku() {
        return "sku-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code command} sent to {@code catalog.commands} as the gateway publishes it, by an admin. */
    UUID send(Object command) {
        UUID commandId = UUID.randomUUID();
        send(commandId, command);
        return commandId;
    }

    void send(UUID commandId, Object command) {
        Message message = TestMessages.command(codec, commandId, command, ADMIN);
        new RabbitTemplate(connectionFactory).send(Topology.commands(CatalogMessages.CONTEXT),
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

    /** The types of the events on the stream of {@code item}, in order. */
    List<String> eventTypes(UUID item) {
        return StoredEvents.types(jdbc, CatalogMessages.ITEM_STREAM, item.toString());
    }

    /** The integration events published on {@code catalog.events} until {@code enough} holds for them. */
    List<Message> publishedIntegrationEvents(Predicate<List<Message>> enough) {
        List<Message> received = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            received.addAll(integrationEvents.drain());
            return enough.test(received);
        });
        return received;
    }
}

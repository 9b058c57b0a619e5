package dev.eventualshop.order.command;

import static org.awaitility.Awaitility.await;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.StoredEvents;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.messaging.testing.TestQueue;
import dev.eventualshop.order.OrderMessages;
import dev.eventualshop.shoppingcart.ShoppingCartMessages;
import dev.eventualshop.shoppingcart.v1.ShoppingCartIntegrationEvent;
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
 * order-command as it runs: its own configuration file, H2, and a broker carrying Shopping Cart's checkouts as
 * Shopping Cart's relay publishes them. Each subclass brings the broker; its context is closed after it.
 */
@SpringBootTest(classes = OrderCommandApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + OrderCommandApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms",
                "eventualshop.messaging.relay.poll-interval=100ms"})
@DirtiesContext
abstract class OrderCommandContract {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final Money MUG = Money.of("14.90", "EUR");

    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    MessageCodec codec;
    @Autowired
    JdbcTemplate jdbc;

    private TestQueue outcomes;
    private TestQueue domainEvents;

    /** Queues of this test on {@code commands.outcomes} and {@code order.domain-events}, bound to every key. */
    @BeforeEach
    void bindTestQueues() {
        outcomes = TestQueue.on(connectionFactory, Topology.OUTCOMES);
        domainEvents = TestQueue.on(connectionFactory, Topology.domainEvents(OrderMessages.CONTEXT));
    }

    @AfterEach
    void deleteTestQueues() {
        outcomes.close();
        domainEvents.close();
    }

    /** A checkout of {@code cart} by {@code customer}: two mugs, as Shopping Cart publishes it. */
    static ShoppingCartIntegrationEvent.CartCheckedOut checkout(UUID cart, String customer) {
        return new ShoppingCartIntegrationEvent.CartCheckedOut(cart, Ids.orderId(cart), customer,
                List.of(new ShoppingCartIntegrationEvent.Line(UUID.randomUUID(), "MUG-1", "Mug", MUG, 2, MUG.times(2))),
                MUG.times(2), new ShoppingCartIntegrationEvent.ShippingAddress("1 Main St", "Springfield", "12345",
                "DE"), "tok_visa");
    }

    /** {@code checkedOut} as Shopping Cart's relay publishes it, under the message id {@code messageId}. */
    void publish(UUID messageId, ShoppingCartIntegrationEvent.CartCheckedOut checkedOut) {
        Message message = TestMessages.event(codec, messageId, ShoppingCartMessages.CART_STREAM,
                checkedOut.cartId().toString(), 5, checkedOut, true);
        new RabbitTemplate(connectionFactory).send(Topology.events(ShoppingCartMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
    }

    /** The outcome of {@code commandId} as published on {@code commands.outcomes}. */
    OutcomeMessage outcome(UUID commandId) {
        return outcomes.awaitOutcome(commandId);
    }

    /** The types of the events on the order stream {@code order}, in order. */
    List<String> eventTypes(UUID order) {
        return StoredEvents.types(jdbc, OrderMessages.ORDER_STREAM, order.toString());
    }

    /** The domain events the relay published on {@code order.domain-events} so far. */
    List<Message> publishedDomainEvents(int atLeast) {
        List<Message> received = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            received.addAll(domainEvents.drain());
            return received.size() >= atLeast;
        });
        return received;
    }
}

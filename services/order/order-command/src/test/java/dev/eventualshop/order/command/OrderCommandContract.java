package dev.eventualshop.order.command;

import static org.awaitility.Awaitility.await;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.MessageType;
import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.eventstore.testing.MutableClock;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.CommandServiceContract;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.messaging.testing.TestQueue;
import dev.eventualshop.order.OrderMessages;
import dev.eventualshop.payment.PaymentMessages;
import dev.eventualshop.payment.v1.PaymentIntegrationEvent;
import dev.eventualshop.shoppingcart.ShoppingCartMessages;
import dev.eventualshop.shoppingcart.v1.ShoppingCartIntegrationEvent;
import dev.eventualshop.warehouse.WarehouseMessages;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

/**
 * order-command as it runs: its own configuration file, H2, and a broker carrying Shopping Cart's checkouts,
 * Warehouse's replies and Payment's events as their relays publish them, with queues standing in for the command
 * consumers of the contexts Order asks; a test clock drives the saga's deadlines. Each subclass brings the broker;
 * its context is closed after it.
 */
@SpringBootTest(classes = {OrderCommandApplication.class, OrderCommandContract.TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + OrderCommandApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms",
                "eventualshop.messaging.relay.poll-interval=100ms",
                "eventualshop.eventstore.deadlines.poll-interval=100ms"})
@DirtiesContext
abstract class OrderCommandContract extends CommandServiceContract {

    static final Money MUG = Money.of("14.90", "EUR");
    static final String ORDER_ISSUER = MessageHeaders.systemIssuer(OrderMessages.CONTEXT);

    /** The service's clock: the saga's deadlines fire when a test moves it, never by sleeping. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    MutableClock clock;

    /** Stand-ins for the command consumers of Warehouse, Payment and Shopping Cart: what Order asks of them. */
    private TestQueue warehouse;
    private TestQueue payment;
    private TestQueue cart;
    private final Map<UUID, Message> asked = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> askedTimes = new ConcurrentHashMap<>();

    OrderCommandContract() {
        super(OrderMessages.CONTEXT);
    }

    /** Queues of this test standing in for the command consumers Order sends to. */
    @BeforeEach
    void bindParticipantQueues() {
        warehouse = TestQueue.onCommands(connectionFactory, WarehouseMessages.CONTEXT,
                names(WarehouseMessages.commands()));
        payment = TestQueue.onCommands(connectionFactory, PaymentMessages.CONTEXT, names(PaymentMessages.commands()));
        cart = TestQueue.onCommands(connectionFactory, ShoppingCartMessages.CONTEXT,
                names(ShoppingCartMessages.commands()));
    }

    @AfterEach
    void deleteParticipantQueues() {
        for (TestQueue queue : List.of(warehouse, payment, cart)) {
            queue.close();
        }
    }

    private static List<String> names(MessageTypes types) {
        return types.all().stream().map(MessageType::name).toList();
    }

    /** The command {@code commandId} Order sent another context, once the relay published it. */
    Message askedFor(UUID commandId) {
        return await().atMost(WAIT).until(() -> {
            collectAsked();
            return asked.get(commandId);
        }, Objects::nonNull);
    }

    /** How many times the command {@code commandId} arrived so far (a step decided again is the same id). */
    int timesAskedFor(UUID commandId) {
        collectAsked();
        return askedTimes.getOrDefault(commandId, 0);
    }

    /** The ids of the commands Order sent so far. */
    java.util.Set<UUID> askedSoFar() {
        collectAsked();
        return asked.keySet();
    }

    private void collectAsked() {
        for (TestQueue queue : List.of(warehouse, payment, cart)) {
            for (Message message : queue.drain()) {
                UUID id = UUID.fromString(message.getMessageProperties().getMessageId());
                asked.putIfAbsent(id, message);
                askedTimes.merge(id, 1, Integer::sum);
            }
        }
    }

    /** The body of {@code message}, as JSON text. */
    static String body(Message message) {
        return new String(message.getBody(), StandardCharsets.UTF_8);
    }

    /** Warehouse's reply to the reservation of {@code order} (the command id), as its relay publishes outcomes. */
    void replyToReservation(UUID messageId, UUID order, String status, String reason) {
        OutcomeMessage outcome = new OutcomeMessage(order, "warehouse.ReserveStock", ORDER_ISSUER, status, reason,
                reason == null ? null : "only 1 unit is available", null);
        new RabbitTemplate(connectionFactory).send(Topology.OUTCOMES, "warehouse.ReserveStock",
                outcome.toAmqp(messageId, UUID.randomUUID(), null, Instant.now(), MessageJson.mapper()));
    }

    /** {@code event} at {@code version} of its payment's stream, as Payment's relay publishes it. */
    void publishPayment(UUID messageId, PaymentIntegrationEvent event, long version) {
        Message message = TestMessages.event(codec, messageId, PaymentMessages.PAYMENT_STREAM,
                event.paymentId().toString(), version, event, true);
        new RabbitTemplate(connectionFactory).send(Topology.events(PaymentMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
    }

    /** The public {@code order.v1} events published so far, as type and body. */
    List<String> publishedIntegrationEventTexts(int atLeast) {
        return publishedIntegrationEvents(atLeast).stream()
                .map(message -> message.getMessageProperties().getType() + " " + body(message)).toList();
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

    /** The types of the events on the order stream {@code order}, in order. */
    List<String> eventTypes(UUID order) {
        return storedEventTypes(OrderMessages.ORDER_STREAM, order.toString());
    }
}

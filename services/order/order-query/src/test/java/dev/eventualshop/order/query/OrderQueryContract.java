package dev.eventualshop.order.query;

import static org.awaitility.Awaitility.await;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.OrderMessages;
import dev.eventualshop.order.ShippingAddress;
import dev.eventualshop.order.internal.OrderEvent;
import dev.eventualshop.order.query.domain.OrdersProjection;
import dev.eventualshop.projection.mongo.StoredVersions;
import dev.eventualshop.web.testing.TestHttp;
import dev.eventualshop.web.testing.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * order-query as it runs: its own configuration file, a broker carrying Order's domain events as order-command's
 * relay publishes them, MongoDB, and tokens from a stand-in Identity. Each subclass brings the broker and MongoDB;
 * its context is closed after it.
 */
@SpringBootTest(classes = OrderQueryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + OrderQueryApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms"})
@DirtiesContext
abstract class OrderQueryContract {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** One stand-in Identity for every suite of the test JVM (it stops with the JVM). */
    static final TestTokens TOKENS = TestTokens.start();

    @LocalServerPort
    int port;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    MessageCodec codec;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    /**
     * A new order of {@code customer} placed at {@code placedAt}, one line of {@code quantity} mugs at 12.50 EUR,
     * published as version 1 of its stream as order-command's relay does; waits until it is applied.
     */
    UUID placed(UUID customer, Instant placedAt, int quantity) {
        UUID order = UUID.randomUUID();
        Money unitPrice = Money.of("12.50", "EUR");
        OrderLine line = new OrderLine(UUID.randomUUID(), "MUG-1", "Mug", unitPrice, quantity,
                unitPrice.times(quantity));
        publish(order, 1, new OrderEvent.OrderPlaced(order, UUID.randomUUID(), customer.toString(), List.of(line),
                line.lineTotal(), new ShippingAddress("1 Main St", "Springfield", "12345", "DE"), "tok_visa", placedAt));
        awaitVersion(order, 1);
        return order;
    }

    /** {@code event} as version {@code version} of {@code order}'s stream, as order-command's relay publishes it. */
    void publish(UUID order, long version, OrderEvent event) {
        TestMessages.publishDomainEvent(connectionFactory, codec, OrderMessages.CONTEXT, OrderMessages.ORDER_STREAM,
                order.toString(), version, event);
    }

    /** Waits until {@code order}'s document stands at {@code version}. */
    void awaitVersion(UUID order, long version) {
        await().atMost(WAIT).until(() ->
                StoredVersions.versionOf(mongo, OrdersProjection.VIEW, order.toString()) == version);
    }

    HttpResponse<String> get(String path, String token) {
        return TestHttp.on(port).get(path, token);
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        return TestHttp.on(port).get(path, headers);
    }

    static String customer(UUID user) {
        return TOKENS.valid(user.toString(), "CUSTOMER");
    }

    static String admin(UUID user) {
        return TOKENS.valid(user.toString(), "CUSTOMER", "ADMIN");
    }
}

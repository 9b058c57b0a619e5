package dev.eventualshop.payment.query;

import static org.awaitility.Awaitility.await;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.payment.PaymentMessages;
import dev.eventualshop.payment.internal.PaymentEvent;
import dev.eventualshop.payment.query.domain.PaymentsProjection;
import dev.eventualshop.projection.mongo.StoredVersions;
import dev.eventualshop.web.testing.TestHttp;
import dev.eventualshop.web.testing.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * payment-query as it runs: its own configuration file, a broker carrying Payment's domain events as
 * payment-command's relay publishes them, MongoDB, and tokens from a stand-in Identity. Each subclass brings the
 * broker and MongoDB; its context is closed after it.
 */
@SpringBootTest(classes = PaymentQueryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + PaymentQueryApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms"})
@DirtiesContext
abstract class PaymentQueryContract {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Money AMOUNT = Money.of("25.00", "EUR");
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
     * A new payment of 25.00 EUR for a new order of {@code customer}, published as version 1 of its stream as
     * payment-command's relay does; waits until it is applied.
     */
    PaymentEvent.PaymentRequested requested(UUID customer) {
        UUID payment = UUID.randomUUID();
        PaymentEvent.PaymentRequested requested = new PaymentEvent.PaymentRequested(payment, UUID.randomUUID(),
                customer.toString(), AMOUNT, "tok_visa");
        publish(payment, 1, requested);
        awaitVersion(payment, 1);
        return requested;
    }

    /** {@code event} as version {@code version} of its payment's stream, as payment-command's relay publishes it. */
    void publish(UUID payment, long version, PaymentEvent event) {
        TestMessages.publishDomainEvent(connectionFactory, codec, PaymentMessages.CONTEXT,
                PaymentMessages.PAYMENT_STREAM, payment.toString(), version, event);
    }

    /** Waits until {@code payment}'s document stands at {@code version}. */
    void awaitVersion(UUID payment, long version) {
        await().atMost(WAIT).until(() ->
                StoredVersions.versionOf(mongo, PaymentsProjection.VIEW, payment.toString()) == version);
    }

    HttpResponse<String> get(String path, String token) {
        return TestHttp.on(port).get(path, token);
    }

    static String customer(UUID user) {
        return TOKENS.valid(user.toString(), "CUSTOMER");
    }

    static String admin(UUID user) {
        return TOKENS.valid(user.toString(), "CUSTOMER", "ADMIN");
    }
}

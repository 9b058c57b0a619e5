package dev.eventualshop.payment.command;

import static org.awaitility.Awaitility.await;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.testing.CommandServiceContract;
import dev.eventualshop.payment.PaymentMessages;
import dev.eventualshop.payment.command.infrastructure.acquirer.SimulatedAcquirer;
import dev.eventualshop.payment.commands.PaymentCommand;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * payment-command as it runs: its own configuration file, a database, a broker carrying the order saga's commands as
 * Order's relay publishes them, and the simulated acquirer, with a short call timeout and quick retries. Each
 * subclass brings the broker and the database; its context is closed after it.
 */
@SpringBootTest(classes = PaymentCommandApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + PaymentCommandApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms",
                "eventualshop.messaging.relay.poll-interval=100ms",
                "eventualshop.payment.acquirer.call-timeout=300ms",
                "eventualshop.payment.acquirer.retry-after=200ms",
                "eventualshop.payment.worker.poll-interval=50ms",
                "eventualshop.payment.worker.lease=2s"})
@DirtiesContext
abstract class PaymentCommandContract extends CommandServiceContract {

    static final Money AMOUNT = Money.of("42.50", "EUR");

    @Autowired
    SimulatedAcquirer acquirer;

    private final List<Message> received = new ArrayList<>();

    PaymentCommandContract() {
        super(PaymentMessages.CONTEXT);
    }

    /** {@code command} on {@code payment.commands} as Order's relay publishes it, under {@code commandId}. */
    void send(UUID commandId, Object command) {
        send(commandId, command, "system:order");
    }

    UUID send(Object command) {
        UUID commandId = UUID.randomUUID();
        send(commandId, command);
        return commandId;
    }

    static PaymentCommand.AuthorizePayment authorize(UUID paymentId, String token) {
        return new PaymentCommand.AuthorizePayment(paymentId, UUID.randomUUID(), "customer-1", AMOUNT, token);
    }

    /** The {@code payment.v1} event of {@code type} published for {@code paymentId}, once it arrived. */
    Object published(UUID paymentId, String type) {
        Message message = await().atMost(WAIT).until(() -> {
            received.addAll(newIntegrationEvents());
            return publishedFor(paymentId).stream()
                    .filter(candidate -> type.equals(candidate.getMessageProperties().getType()))
                    .findFirst().orElse(null);
        }, Objects::nonNull);
        return codec.deserialize(type,
                ((Number) message.getMessageProperties().getHeaders().get(MessageHeaders.REVISION)).intValue(),
                new String(message.getBody(), StandardCharsets.UTF_8));
    }

    /** The types of the {@code payment.v1} events published for {@code paymentId} so far. */
    List<String> publishedTypes(UUID paymentId) {
        received.addAll(newIntegrationEvents());
        return publishedFor(paymentId).stream().map(message -> message.getMessageProperties().getType()).toList();
    }

    private List<Message> publishedFor(UUID paymentId) {
        return received.stream().filter(message -> paymentId.toString().equals(
                message.getMessageProperties().getHeaders().get(MessageHeaders.STREAM_ID))).toList();
    }

    /** The types of the events on the payment's stream, in order. */
    List<String> eventTypes(UUID paymentId) {
        return storedEventTypes(PaymentMessages.PAYMENT_STREAM, paymentId.toString());
    }

    /** Whether the payment still has a call due or under way at the acquirer. */
    boolean callDue(UUID paymentId) {
        return jdbc.queryForObject("select count(*) from acquirer_calls where payment_id = ? and state <> 'IDLE'",
                Integer.class, paymentId) > 0;
    }
}

package dev.eventualshop.communication.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.communication.CommunicationMessages;
import dev.eventualshop.communication.command.application.OrderMails;
import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.contracts.Ids;
import dev.eventualshop.embedded.ReceivedMail;
import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.identity.v1.IdentityIntegrationEvent;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.CommandServiceContract;
import dev.eventualshop.messaging.testing.StoredEvents;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.order.OrderMessages;
import dev.eventualshop.order.v1.OrderIntegrationEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * communication-command as it runs: its own configuration file, H2, a broker carrying Identity's mail requests and
 * Identity's and Order's integration events as their relays publish them, and an SMTP server behind a fault proxy
 * ({@link TestSmtp}). Each subclass
 * brings the broker; its context is closed after it.
 */
@SpringBootTest(classes = CommunicationCommandApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + CommunicationCommandApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms",
                "eventualshop.messaging.relay.poll-interval=100ms"})
@DirtiesContext
abstract class CommunicationCommandContract extends CommandServiceContract {

    CommunicationCommandContract() {
        super(CommunicationMessages.CONTEXT);
    }

    /** A fresh recipient address, so each test reads only its own mail. */
    static String address() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    static CommunicationCommand.SendEmailConfirmation confirmation(UUID notificationId, String to) {
        Instant now = Instant.now();
        return new CommunicationCommand.SendEmailConfirmation(notificationId, UUID.randomUUID(), to,
                "http://localhost:8080/confirm-email?userId=x&token=tok-" + notificationId, now.plusSeconds(86_400), now);
    }

    /** {@code command} on {@code communication.commands} as Identity's relay publishes it. */
    void send(UUID commandId, Object command) {
        send(commandId, command, "system:identity");
    }

    /** Identity's {@code EmailConfirmed} for {@code userId} on {@code identity.events}, as its relay publishes it. */
    void confirmEmail(UUID userId, String email) {
        Message message = TestMessages.event(codec, UUID.randomUUID(), IdentityMessages.USER_STREAM, userId.toString(),
                3, new IdentityIntegrationEvent.EmailConfirmed(userId, email), true);
        new RabbitTemplate(connectionFactory).send(Topology.events(IdentityMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
        await().atMost(WAIT).until(() -> jdbc.queryForList("select email from recipients where user_id = ?",
                String.class, userId), emails -> emails.equals(List.of(email)));
    }

    /** {@code event} at {@code version} of its order on {@code order.events}, as Order's relay publishes it. */
    void publishOrderEvent(UUID messageId, long version, OrderIntegrationEvent event) {
        Message message = TestMessages.event(codec, messageId, OrderMessages.ORDER_STREAM, event.orderId().toString(),
                version, event, true);
        new RabbitTemplate(connectionFactory).send(Topology.events(OrderMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
    }

    /**
     * Publishes {@code event} twice under one message id (a redelivery) and once more under another (a republished
     * event); every reaction command succeeds. Returns the id of the mail it asks for.
     */
    UUID publishTwiceThenAgain(long version, String reaction, OrderIntegrationEvent event) {
        UUID messageId = UUID.randomUUID();
        UUID republished = UUID.randomUUID();
        publishOrderEvent(messageId, version, event);
        publishOrderEvent(messageId, version, event);
        publishOrderEvent(republished, version, event);
        assertThat(outcome(Ids.reactionCommandId(messageId, reaction)).status()).isEqualTo("SUCCEEDED");
        assertThat(outcome(Ids.reactionCommandId(republished, reaction)).status()).isEqualTo("SUCCEEDED");
        return OrderMails.mailId(event.orderId(), switch (event) {
            case OrderIntegrationEvent.OrderConfirmed confirmed -> OrderMails.CONFIRMED;
            case OrderIntegrationEvent.OrderCancelled cancelled -> OrderMails.CANCELLED;
            case OrderIntegrationEvent.OrderShipped shipped -> OrderMails.SHIPPED;
        });
    }

    /** The mails the SMTP server took for {@code to}, once there are at least {@code atLeast}. */
    static List<ReceivedMail> mailsTo(String to, int atLeast) {
        return await().atMost(WAIT).until(() -> TestSmtp.server().received(to), mails -> mails.size() >= atLeast);
    }

    /** The types of the events on the notification's stream, in order. */
    List<String> eventTypes(UUID notificationId) {
        return StoredEvents.types(jdbc, CommunicationMessages.NOTIFICATION_STREAM, notificationId.toString());
    }

    int pendingMails() {
        return jdbc.queryForObject("select count(*) from pending_mails", Integer.class);
    }

    void assertSentOnce(UUID notificationId, String to) {
        await().atMost(WAIT).until(() -> eventTypes(notificationId).contains("communication.MailSent"));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> TestSmtp.server().received(to).size() == 1);
    }
}

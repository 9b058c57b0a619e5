package dev.eventualshop.communication.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.communication.CommunicationMessages;
import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.communication.command.application.OrderMails;
import dev.eventualshop.communication.command.infrastructure.OrderMailsConfiguration;
import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.embedded.InfrastructureSettings;
import dev.eventualshop.embedded.ReceivedMail;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.order.v1.OrderIntegrationEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * communication-command on the embedded broker and H2: a requested mail is sent once however often the request is
 * delivered, its text (with the link) is never stored in an event and is forgotten once sent; while the mail
 * server is away attempts fail and are retried by deadline, then the mail goes out once; after the last allowed
 * attempt the mail is given up, visibly; a malformed request is refused and mails nothing. Order's events mail the
 * customer at the address Identity confirmed, once per event whatever is redelivered or republished.
 */
class CommunicationCommandIT extends CommunicationCommandContract {

    private static EmbeddedInfrastructure infrastructure;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:communication-command-it;MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        registry.add("spring.rabbitmq.host", () -> infrastructure().broker().host());
        registry.add("spring.rabbitmq.port", () -> infrastructure().broker().port());
        registry.add("spring.rabbitmq.username", () -> infrastructure().broker().username());
        registry.add("spring.rabbitmq.password", () -> infrastructure().broker().password());
        registry.add("spring.rabbitmq.virtual-host", () -> infrastructure().broker().virtualHost());
        TestSmtp.register(registry);
    }

    private static synchronized EmbeddedInfrastructure infrastructure() {
        if (infrastructure == null) {
            try {
                infrastructure = EmbeddedInfrastructure.start(
                        InfrastructureSettings.ephemeral(Files.createTempDirectory("communication-command-it")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return infrastructure;
    }

    @AfterEach
    void restoreTheMailServer() {
        TestSmtp.link().restore();
    }

    @Test
    void a_request_delivered_twice_is_mailed_once_and_its_link_is_in_no_event() {
        UUID mailId = UUID.randomUUID();
        UUID commandId = UUID.randomUUID();
        String to = address();
        CommunicationCommand.SendEmailConfirmation request = confirmation(mailId, to);

        send(commandId, request);
        send(commandId, request);

        assertThat(outcome(commandId).status()).isEqualTo("SUCCEEDED");
        assertSentOnce(mailId, to);
        ReceivedMail mail = mailsTo(to, 1).getFirst();
        assertThat(mail.subject()).isEqualTo("Confirm your EventualShop address");
        assertThat(mail.text()).contains(request.link());
        assertThat(eventTypes(mailId)).containsExactly("communication.NotificationRequested", "communication.MailSent");
        assertThat(jdbc.queryForList("select payload from events where stream_id = ?", String.class, mailId.toString()))
                .noneMatch(payload -> payload.contains("tok-"));
        await().atMost(WAIT).until(() -> jdbc.queryForObject(
                "select count(*) from pending_mails where notification_id = ?", Integer.class, mailId) == 0);
        List<String> published = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            newDomainEvents().stream().filter(message -> mailId.toString().equals(message.getMessageProperties()
                    .getHeaders().get(MessageHeaders.STREAM_ID)))
                    .forEach(message -> published.add(new String(message.getBody(), StandardCharsets.UTF_8)));
            return published.size() == 2;
        });
        assertThat(published).noneMatch(body -> body.contains("tok-"));
    }

    @Test
    void the_same_mail_asked_for_again_under_another_command_is_not_sent_again() {
        UUID mailId = UUID.randomUUID();
        String to = address();
        send(UUID.randomUUID(), new CommunicationCommand.SendRegistrationNotice(mailId, UUID.randomUUID(), to,
                Instant.now()));
        assertSentOnce(mailId, to);

        UUID again = UUID.randomUUID();
        send(again, new CommunicationCommand.SendRegistrationNotice(mailId, UUID.randomUUID(), to, Instant.now()));

        assertThat(outcome(again).status()).isEqualTo("SUCCEEDED");
        assertSentOnce(mailId, to);
        assertThat(mailsTo(to, 1).getFirst().subject()).isEqualTo("Your EventualShop account");
    }

    @Test
    void each_order_event_mails_its_customer_once_however_often_it_is_delivered_or_published() {
        UUID customer = UUID.randomUUID();
        String to = address();
        confirmEmail(customer, to);
        UUID order = UUID.randomUUID();
        String page = "http://localhost:8080/orders/" + order;

        UUID confirmed = publishTwiceThenAgain(3, OrderMailsConfiguration.ON_CONFIRMED,
                new OrderIntegrationEvent.OrderConfirmed(order, customer.toString(), Money.of("59.80", "EUR")));
        UUID cancelled = publishTwiceThenAgain(4, OrderMailsConfiguration.ON_CANCELLED,
                new OrderIntegrationEvent.OrderCancelled(order, customer.toString(), "PAYMENT_TIMEOUT", true));
        UUID shipped = publishTwiceThenAgain(5, OrderMailsConfiguration.ON_SHIPPED,
                new OrderIntegrationEvent.OrderShipped(order, customer.toString()));

        for (UUID mail : List.of(confirmed, cancelled, shipped)) {
            await().atMost(WAIT).until(() -> eventTypes(mail).contains("communication.MailSent"));
            assertThat(eventTypes(mail))
                    .containsExactly("communication.NotificationRequested", "communication.MailSent");
        }
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> TestSmtp.server().received(to).size() == 3);
        Map<String, String> texts = TestSmtp.server().received(to).stream()
                .collect(Collectors.toMap(ReceivedMail::subject, ReceivedMail::text));
        assertThat(texts).containsOnlyKeys("Your EventualShop order is confirmed",
                "Your EventualShop order was cancelled", "Your EventualShop order is on its way");
        assertThat(texts.get("Your EventualShop order is confirmed")).contains("59.80 EUR").contains(page);
        assertThat(texts.get("Your EventualShop order was cancelled"))
                .contains("because the payment was not confirmed in time.").contains("refunded").contains(page);
        assertThat(texts.get("Your EventualShop order is on its way")).contains(page);
    }

    @Test
    void an_order_mail_for_a_customer_without_a_confirmed_address_is_rejected_and_mails_nothing() {
        UUID order = UUID.randomUUID();
        UUID messageId = UUID.randomUUID();

        publishOrderEvent(messageId, 5, new OrderIntegrationEvent.OrderShipped(order, UUID.randomUUID().toString()));

        OutcomeMessage outcome = outcome(Ids.reactionCommandId(messageId, OrderMailsConfiguration.ON_SHIPPED));
        assertThat(outcome.status()).isEqualTo("REJECTED");
        assertThat(outcome.reason()).isEqualTo("UNKNOWN_RECIPIENT");
        assertThat(eventTypes(OrderMails.mailId(order, OrderMails.SHIPPED))).isEmpty();
    }

    @Test
    void while_the_mail_server_is_away_attempts_fail_and_the_mail_goes_out_once_it_is_back() {
        UUID mailId = UUID.randomUUID();
        String to = address();
        TestSmtp.link().cut();

        send(UUID.randomUUID(), confirmation(mailId, to));

        await().atMost(WAIT).until(() -> eventTypes(mailId).contains("communication.MailDeliveryFailed"));
        assertThat(TestSmtp.server().received(to)).isEmpty();
        TestSmtp.link().restore();

        assertSentOnce(mailId, to);
        assertThat(eventTypes(mailId)).startsWith("communication.NotificationRequested",
                "communication.MailDeliveryFailed", "communication.MailRetryDue").endsWith("communication.MailSent");
        assertThat(jdbc.queryForObject("select count(*) from commands where command_id = ?", Integer.class,
                Uuids.v5(mailId, "retry-2"))).isEqualTo(1);
    }

    @Test
    void a_mail_that_fails_every_allowed_attempt_is_given_up_and_its_text_forgotten() {
        UUID mailId = UUID.randomUUID();
        String to = address();
        TestSmtp.link().cut();

        send(UUID.randomUUID(), confirmation(mailId, to));

        await().atMost(WAIT).until(() -> eventTypes(mailId).contains("communication.MailAbandoned"));
        assertThat(eventTypes(mailId)).containsExactly("communication.NotificationRequested",
                "communication.MailDeliveryFailed", "communication.MailRetryDue", "communication.MailDeliveryFailed",
                "communication.MailRetryDue", "communication.MailAbandoned");
        assertThat(jdbc.queryForObject("select count(*) from pending_mails where notification_id = ?", Integer.class,
                mailId)).isZero();
        TestSmtp.link().restore();
        await().during(Duration.ofSeconds(1)).atMost(WAIT)
                .until(() -> TestSmtp.server().received(to).isEmpty());
    }

    @Test
    void a_request_with_a_header_injection_in_its_address_is_rejected_and_mails_nothing() {
        UUID mailId = UUID.randomUUID();
        UUID commandId = UUID.randomUUID();

        send(commandId, new CommunicationCommand.SendRegistrationNotice(mailId, UUID.randomUUID(),
                "victim@example.com\r\nBcc: everyone@example.com", Instant.now()));

        assertThat(outcome(commandId).reason()).isEqualTo("INVALID");
        assertThat(eventTypes(mailId)).isEmpty();
        assertThat(TestSmtp.server().received("everyone@example.com")).isEmpty();
    }

    @Test
    void the_senders_reports_are_internal_and_not_taken_from_the_broker() {
        UUID mailId = UUID.randomUUID();
        String to = address();
        TestSmtp.link().cut();
        send(UUID.randomUUID(), confirmation(mailId, to));
        await().atMost(WAIT).until(() -> eventTypes(mailId).contains("communication.MailDeliveryFailed"));

        UUID forged = UUID.randomUUID();
        Message message = TestMessages.command(codec, forged, new CommunicationCommand.RecordMailSent(mailId, 2,
                Instant.now()), "mallory");
        new RabbitTemplate(connectionFactory).send(Topology.commands(CommunicationMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
        TestSmtp.link().restore();

        assertSentOnce(mailId, to);
        assertThat(jdbc.queryForObject("select count(*) from commands where command_id = ?", Integer.class, forged))
                .isZero();
        List<String> types = eventTypes(mailId);
        assertThat(types).filteredOn("communication.MailSent"::equals).hasSize(1);
    }
}

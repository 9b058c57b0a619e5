package dev.eventualshop.communication.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.communication.command.infrastructure.OrderMailsConfiguration;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.eventstore.testing.RealPostgres;
import dev.eventualshop.messaging.testing.RealRabbit;
import dev.eventualshop.order.v1.OrderIntegrationEvent;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The smoke test on this machine's real RabbitMQ (a virtual host of its own) and PostgreSQL (a database of its own):
 * a request delivered twice mails once, and so does an order event delivered twice and republished.
 */
class CommunicationCommandRabbitIT extends CommunicationCommandContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        String vhost = RealRabbit.createVirtualHost("communication-command");
        String database = RealPostgres.createDatabase("communication");
        registry.add("spring.datasource.url", () -> database);
        registry.add("spring.datasource.username", RealPostgres::user);
        registry.add("spring.datasource.password", RealPostgres::password);
        registry.add("spring.rabbitmq.host", () -> RealRabbit.HOST);
        registry.add("spring.rabbitmq.port", () -> RealRabbit.PORT);
        registry.add("spring.rabbitmq.username", () -> "guest");
        registry.add("spring.rabbitmq.password", () -> "guest");
        registry.add("spring.rabbitmq.virtual-host", () -> vhost);
        TestSmtp.register(registry);
    }

    @Test
    void a_request_delivered_twice_is_mailed_once() {
        UUID mailId = UUID.randomUUID();
        UUID commandId = UUID.randomUUID();
        String to = address();

        send(commandId, confirmation(mailId, to));
        send(commandId, confirmation(mailId, to));

        assertThat(outcome(commandId).status()).isEqualTo("SUCCEEDED");
        assertSentOnce(mailId, to);
        assertThat(pendingMails()).isZero();
    }

    @Test
    void an_order_event_delivered_twice_and_republished_mails_its_customer_once() {
        UUID customer = UUID.randomUUID();
        String to = address();
        confirmEmail(customer, to);

        UUID mailId = publishTwiceThenAgain(3, OrderMailsConfiguration.ON_CONFIRMED,
                new OrderIntegrationEvent.OrderConfirmed(UUID.randomUUID(), customer.toString(),
                        Money.of("12.50", "EUR")));

        assertSentOnce(mailId, to);
        assertThat(mailsTo(to, 1).getFirst().subject()).isEqualTo("Your EventualShop order is confirmed");
    }
}

package dev.eventualshop.communication.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.messaging.testing.RealRabbit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The smoke test on this machine's real RabbitMQ (a virtual host of its own): a request delivered twice mails once. */
class CommunicationCommandRabbitIT extends CommunicationCommandContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        String vhost = RealRabbit.createVirtualHost("communication-command");
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:communication-command-rabbit-it;MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
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
}

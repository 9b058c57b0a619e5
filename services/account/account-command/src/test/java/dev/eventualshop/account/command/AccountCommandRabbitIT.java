package dev.eventualshop.account.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.account.commands.AccountCommand;
import dev.eventualshop.messaging.testing.RealRabbit;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The smoke test on this machine's real RabbitMQ (a virtual host of its own): a registration delivered twice opens
 * one account, the owner's command succeeds and another user's is REJECTED(NOT_FOUND).
 */
class AccountCommandRabbitIT extends AccountCommandContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        String vhost = RealRabbit.createVirtualHost("account-command");
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:account-command-rabbit-it;MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        registry.add("spring.rabbitmq.host", () -> RealRabbit.HOST);
        registry.add("spring.rabbitmq.port", () -> RealRabbit.PORT);
        registry.add("spring.rabbitmq.username", () -> "guest");
        registry.add("spring.rabbitmq.password", () -> "guest");
        registry.add("spring.rabbitmq.virtual-host", () -> vhost);
    }

    @Test
    void a_registration_twice_opens_one_account_that_only_its_owner_changes() {
        UUID user = UUID.randomUUID();
        UUID messageId = UUID.randomUUID();
        publishRegistered(messageId, user, "Ada", "Lovelace");
        publishRegistered(messageId, user, "Ada", "Lovelace");
        await().atMost(WAIT).until(() -> eventTypes(user).contains("account.AccountOpened"));

        String owner = user.toString();
        UUID home = UUID.randomUUID();
        assertSucceeded(send(new AccountCommand.AddAddress(user, owner, home, "12 St James's Sq", "London", "SW1Y 4JH",
                "GB"), owner));
        String mallory = UUID.randomUUID().toString();
        assertRejected(send(new AccountCommand.DeleteAddress(user, mallory, home), mallory), "NOT_FOUND");

        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> eventTypes(user).size() == 2);
        assertThat(eventTypes(user)).containsExactly("account.AccountOpened", "account.AddressAdded");
    }
}

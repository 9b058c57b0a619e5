package dev.eventualshop.account.command;

import static org.awaitility.Awaitility.await;

import dev.eventualshop.account.AccountMessages;
import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.identity.v1.IdentityIntegrationEvent;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.CommandServiceContract;
import dev.eventualshop.messaging.testing.TestMessages;
import java.util.List;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * account-command as it runs: its own configuration file, H2, and a broker carrying Identity's registrations as
 * Identity's relay publishes them and Account's commands as the gateway publishes them. Each subclass brings the
 * broker; its context is closed after it.
 */
@SpringBootTest(classes = AccountCommandApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + AccountCommandApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms",
                "eventualshop.messaging.relay.poll-interval=100ms"})
@DirtiesContext
abstract class AccountCommandContract extends CommandServiceContract {

    AccountCommandContract() {
        super(AccountMessages.CONTEXT);
    }

    /** {@code identity.v1.UserRegistered} as Identity's relay publishes it, under the message id {@code messageId}. */
    void publishRegistered(UUID messageId, UUID user, String firstName, String lastName) {
        Message message = TestMessages.event(codec, messageId, IdentityMessages.USER_STREAM, user.toString(), 1,
                new IdentityIntegrationEvent.UserRegistered(user, "someone@example.com", firstName, lastName), true);
        new RabbitTemplate(connectionFactory).send(Topology.events(IdentityMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
    }

    /** A registered user whose account is open (its stream holds {@code account.AccountOpened}). */
    UUID openedAccount() {
        UUID user = UUID.randomUUID();
        publishRegistered(UUID.randomUUID(), user, "Ada", "Lovelace");
        await().atMost(WAIT).until(() -> eventTypes(user).contains("account.AccountOpened"));
        return user;
    }

    /** {@code command} sent to {@code account.commands} as the gateway publishes it, by {@code issuer}. */
    UUID send(Object command, String issuer) {
        UUID commandId = UUID.randomUUID();
        send(commandId, command, issuer);
        return commandId;
    }

    /** The types of the events on the account stream of {@code user}, in order. */
    List<String> eventTypes(UUID user) {
        return storedEventTypes(AccountMessages.ACCOUNT_STREAM, user.toString());
    }
}

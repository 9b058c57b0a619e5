package dev.eventualshop.account.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.account.AccountMessages;
import dev.eventualshop.account.command.infrastructure.AccountCommandConfiguration;
import dev.eventualshop.account.commands.AccountCommand;
import dev.eventualshop.contracts.Ids;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.TestMessages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * account-command on the embedded broker and H2: Identity's registrations open accounts (once, however often
 * delivered), the owner's commands from {@code account.commands} change the account, another user's are
 * REJECTED(NOT_FOUND) and change nothing, and the relay publishes the account's domain events.
 */
class AccountCommandIT extends AccountCommandContract {

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().commandServiceProperties("account-command-it")
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    @Test
    void a_registration_delivered_twice_opens_exactly_one_account() {
        UUID user = UUID.randomUUID();
        UUID messageId = UUID.randomUUID();

        publishRegistered(messageId, user, "Ada", "Lovelace");
        publishRegistered(messageId, user, "Ada", "Lovelace");

        await().atMost(WAIT).until(() -> eventTypes(user).contains("account.AccountOpened"));
        UUID reactionCommand = Ids.reactionCommandId(messageId, AccountCommandConfiguration.OPEN_ACCOUNT_REACTION);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> jdbc.queryForObject(
                "select count(*) from commands where command_id = ?", Integer.class, reactionCommand) == 1);
        assertThat(eventTypes(user)).containsExactly("account.AccountOpened");
        assertThat(jdbc.queryForObject("select count(*) from commands where issuer like 'system:reaction:%' and "
                + "causation_id = ?", Integer.class, messageId)).isEqualTo(1);
    }

    @Test
    void a_second_registration_message_for_the_same_user_is_rejected_as_an_existing_account() {
        UUID user = openedAccount();
        UUID secondMessage = UUID.randomUUID();

        publishRegistered(secondMessage, user, "Ada", "Lovelace");

        UUID reactionCommand = Ids.reactionCommandId(secondMessage, AccountCommandConfiguration.OPEN_ACCOUNT_REACTION);
        assertRejected(reactionCommand, "ACCOUNT_EXISTS");
        assertThat(eventTypes(user)).containsExactly("account.AccountOpened");
    }

    @Test
    void the_owner_changes_the_profile_adds_and_deletes_addresses() {
        UUID user = openedAccount();
        String owner = user.toString();
        UUID home = UUID.randomUUID();
        UUID work = UUID.randomUUID();

        assertSucceeded(send(new AccountCommand.ChangeProfile(user, owner, "Augusta Ada", "King"), owner));
        assertSucceeded(send(new AccountCommand.AddAddress(user, owner, home, "12 St James's Sq", "London", "SW1Y 4JH",
                "GB"), owner));
        assertSucceeded(send(new AccountCommand.AddAddress(user, owner, work, "1 Analytical Way", "Cambridge", "CB2 1TN",
                "GB"), owner));
        assertSucceeded(send(new AccountCommand.DeleteAddress(user, owner, home), owner));

        assertThat(eventTypes(user)).containsExactly("account.AccountOpened", "account.ProfileChanged",
                "account.AddressAdded", "account.AddressAdded", "account.AddressDeleted");
        assertThat(outcome(send(new AccountCommand.DeleteAddress(user, owner, home), owner)).reason())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void another_users_commands_are_rejected_as_not_found_and_change_nothing() {
        UUID victim = openedAccount();
        String owner = victim.toString();
        UUID home = UUID.randomUUID();
        assertSucceeded(send(new AccountCommand.AddAddress(victim, owner, home, "12 St James's Sq", "London",
                "SW1Y 4JH", "GB"), owner));
        String mallory = openedAccount().toString();

        assertRejected(send(new AccountCommand.DeleteAddress(victim, mallory, home), mallory), "NOT_FOUND");
        assertRejected(send(new AccountCommand.ChangeProfile(victim, mallory, "Mallory", "Evil"), mallory), "NOT_FOUND");
        assertRejected(send(new AccountCommand.AddAddress(victim, mallory, UUID.randomUUID(), "Evil St", "Evil City",
                "666", "XX"), mallory), "NOT_FOUND");

        assertThat(eventTypes(victim)).containsExactly("account.AccountOpened", "account.AddressAdded");
    }

    @Test
    void a_command_on_an_account_that_does_not_exist_is_not_found() {
        UUID nobody = UUID.randomUUID();

        assertRejected(send(new AccountCommand.ChangeProfile(nobody, nobody.toString(), "Ada", "King"),
                nobody.toString()), "NOT_FOUND");
        assertThat(eventTypes(nobody)).isEmpty();
    }

    @Test
    void a_command_sent_twice_under_one_id_runs_once() {
        UUID user = openedAccount();
        String owner = user.toString();
        UUID commandId = UUID.randomUUID();
        AccountCommand.AddAddress add = new AccountCommand.AddAddress(user, owner, UUID.randomUUID(), "Street", "City",
                "1000", "CH");

        send(commandId, add, owner);
        send(commandId, add, owner);

        assertSucceeded(commandId);
        await().during(Duration.ofMillis(500)).atMost(WAIT)
                .until(() -> eventTypes(user).equals(List.of("account.AccountOpened", "account.AddressAdded")));
    }

    @Test
    void hostile_text_is_stored_as_given_and_overlong_text_is_rejected() {
        UUID user = openedAccount();
        String owner = user.toString();

        assertSucceeded(send(new AccountCommand.ChangeProfile(user, owner, "Zoë 🚀 {\"$ne\": null}",
                "'; drop table events; --"), owner));
        assertRejected(send(new AccountCommand.ChangeProfile(user, owner, "x".repeat(10_000), "King"), owner),
                "INVALID");

        String stored = jdbc.queryForObject("select payload from events where stream_id = ? and event_type = ?",
                String.class, owner, "account.ProfileChanged");
        assertThat(stored).contains("Zoë 🚀").contains("drop table events");
        assertThat(eventTypes(user)).containsExactly("account.AccountOpened", "account.ProfileChanged");
    }

    @Test
    void a_malformed_command_is_dead_lettered_unread_and_changes_nothing() {
        UUID user = openedAccount();
        String owner = user.toString();
        UUID commandId = UUID.randomUUID();
        Message message = TestMessages.command(codec, commandId,
                new AccountCommand.ChangeProfile(user, owner, "Ada", "King"), owner);
        Message broken = new Message("{\"accountId\": \"".concat(owner).concat("\", \"firstName\": ")
                .getBytes(StandardCharsets.UTF_8), message.getMessageProperties());

        new RabbitTemplate(connectionFactory).send(
                Topology.commands(AccountMessages.CONTEXT), "account.ChangeProfile", broken);

        String deadLetters = Topology.deadLetters(Topology.queue(
                AccountCommandApplication.NAME, Topology.commands(AccountMessages.CONTEXT)));
        RabbitTemplate template = new RabbitTemplate(connectionFactory);
        List<String> deadIds = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            Message dead;
            while ((dead = template.receive(deadLetters)) != null) {
                deadIds.add(dead.getMessageProperties().getMessageId());
            }
            return deadIds.contains(commandId.toString());
        });
        assertThat(eventTypes(user)).containsExactly("account.AccountOpened");
        assertThat(jdbc.queryForObject("select count(*) from commands where command_id = ?", Integer.class, commandId))
                .isZero();
    }

    @Test
    void the_relay_publishes_the_accounts_domain_events_with_their_stream_headers() {
        UUID user = openedAccount();

        List<Message> published = publishedDomainEvents(1);

        Message opened = published.stream().filter(message -> user.toString().equals(
                message.getMessageProperties().getHeaders().get(MessageHeaders.STREAM_ID))).findFirst().orElseThrow();
        assertThat(opened.getMessageProperties().getType()).isEqualTo("account.AccountOpened");
        assertThat(opened.getMessageProperties().<Object>getHeader(MessageHeaders.STREAM_TYPE))
                .isEqualTo(AccountMessages.ACCOUNT_STREAM);
        assertThat(new String(opened.getBody(), StandardCharsets.UTF_8)).contains("Lovelace")
                .doesNotContain("someone@example.com");
    }

    @Test
    void the_service_serves_its_health_only_and_keeps_no_read_model() throws Exception {
        assertThat(context.getBeanNamesForType(DataSource.class)).isNotEmpty();
        assertThat(context.containsBean("mongoTemplate")).isFalse();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        HttpResponse<String> env = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/env")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(env.statusCode()).isEqualTo(404);
    }
}

package dev.eventualshop.account.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.account.AccountMessages;
import dev.eventualshop.account.command.AccountCommandApplication;
import dev.eventualshop.account.commands.AccountCommand;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.identity.v1.IdentityIntegrationEvent;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.web.testing.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * account-command and account-query in one JVM on the embedded broker, as local mode runs them: Identity's
 * registration (published twice, as a redelivery would) opens one account that its owner reads; the owner's
 * commands sent to {@code account.commands} as the gateway publishes them change the view; another user's
 * command is REJECTED(NOT_FOUND), changes nothing, and neither user sees the other's account.
 */
@SpringBootTest(classes = AccountQueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + AccountQueryApplication.NAME)
@DirtiesContext
class AccountJourneyIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TestTokens TOKENS = TestTokens.start();
    static ConfigurableApplicationContext command;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;
    @Autowired
    ConnectionFactory connectionFactory;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().serviceProperties(AccountQueryApplication.NAME)
                .forEach((name, value) -> registry.add(name, () -> value));
        TOKENS.register(registry);
    }

    @BeforeAll
    static void startCommandService() {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.shared();
        // Arguments, not the builder's default properties: account-command.yml would override those.
        List<String> arguments = new ArrayList<>(infra.brokerArguments());
        arguments.addAll(List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:account-journey-it;MODE=MSSQLServer;DB_CLOSE_DELAY=-1",
                "--eventualshop.messaging.relay.poll-interval=100ms"));
        command = AccountCommandApplication.application().run(arguments.toArray(String[]::new));
    }

    @AfterAll
    static void stopCommandService() {
        if (command != null) {
            command.close();
        }
        TOKENS.close();
    }

    @Test
    void a_registered_user_edits_their_account_and_no_one_else_can() {
        UUID ada = UUID.randomUUID();
        UUID registration = UUID.randomUUID();
        publishRegistered(registration, ada, "Ada", "Lovelace");
        publishRegistered(registration, ada, "Ada", "Lovelace");
        JsonNode opened = awaitAccount(ada, body -> body.path("profile").path("lastName").asString().equals("Lovelace"));
        assertThat(opened.path("addresses").isEmpty()).isTrue();
        assertThat(commandJdbc().queryForObject("select count(*) from events where stream_id = ?", Integer.class,
                ada.toString())).isEqualTo(1);

        String owner = ada.toString();
        UUID home = UUID.randomUUID();
        send(new AccountCommand.ChangeProfile(ada, owner, "Augusta Ada", "King"), owner);
        send(new AccountCommand.AddAddress(ada, owner, home, "12 St James's Sq", "London", "SW1Y 4JH", "GB"), owner);
        JsonNode edited = awaitAccount(ada, body -> body.path("addresses").size() == 1);
        assertThat(edited.path("profile").path("firstName").asString()).isEqualTo("Augusta Ada");
        assertThat(edited.path("addresses").get(0).path("addressId").asString()).isEqualTo(home.toString());

        UUID mallory = UUID.randomUUID();
        publishRegistered(UUID.randomUUID(), mallory, "Mallory", "Evil");
        awaitAccount(mallory, body -> body.path("accountId").asString().equals(mallory.toString()));
        UUID attack = send(new AccountCommand.DeleteAddress(ada, mallory.toString(), home), mallory.toString());
        await().atMost(WAIT).until(() -> commandJdbc().queryForList(
                "select reason from commands where command_id = ?", String.class, attack).equals(List.of("NOT_FOUND")));

        HttpResponse<String> malloryReads = account(mallory);
        assertThat(malloryReads.body()).doesNotContain(home.toString()).doesNotContain("St James");
        send(new AccountCommand.ChangeProfile(ada, owner, "Ada", "Lovelace"), owner);
        JsonNode after = awaitAccount(ada, body -> body.path("profile").path("firstName").asString().equals("Ada"));
        assertThat(after.path("addresses").get(0).path("addressId").asString())
                .as("another user's delete left the address").isEqualTo(home.toString());
    }

    private void publishRegistered(UUID messageId, UUID user, String firstName, String lastName) {
        Message message = TestMessages.event(command.getBean(MessageCodec.class), messageId,
                IdentityMessages.USER_STREAM, user.toString(), 1,
                new IdentityIntegrationEvent.UserRegistered(user, "someone@example.com", firstName, lastName), true);
        new RabbitTemplate(connectionFactory).send(Topology.events(IdentityMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
    }

    private UUID send(AccountCommand accountCommand, String issuer) {
        UUID commandId = UUID.randomUUID();
        Message message = TestMessages.command(command.getBean(MessageCodec.class), commandId, accountCommand, issuer);
        new RabbitTemplate(connectionFactory).send(Topology.commands(AccountMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
        return commandId;
    }

    private JdbcTemplate commandJdbc() {
        return command.getBean(JdbcTemplate.class);
    }

    private JsonNode awaitAccount(UUID user, java.util.function.Predicate<JsonNode> until) {
        List<JsonNode> seen = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            HttpResponse<String> response = account(user);
            if (response.statusCode() != 200) {
                return false;
            }
            JsonNode body = JSON.readTree(response.body());
            seen.add(body);
            return until.test(body);
        });
        return seen.getLast();
    }

    private HttpResponse<String> account(UUID user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/account"))
                .header("Authorization", "Bearer " + TOKENS.valid(user.toString(), "CUSTOMER"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

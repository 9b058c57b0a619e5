package dev.eventualshop.communication.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.communication.CommunicationMessages;
import dev.eventualshop.communication.command.CommunicationCommandApplication;
import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.TestMessages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * communication-command and communication-query in one JVM on the embedded broker and SMTP, as local mode runs
 * them: the mails Identity asks for (one request delivered twice, as a redelivery would) are sent once each, and
 * each recipient lists their own, newest first, as SENT, without the address or the link; another user lists
 * only theirs.
 */
class CommunicationJourneyIT extends CommunicationQueryContract {

    static ConfigurableApplicationContext command;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().serviceProperties(CommunicationQueryApplication.NAME)
                .forEach((name, value) -> registry.add(name, () -> value));
        TOKENS.register(registry);
    }

    @BeforeAll
    static void startCommandService() {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.shared();
        // Arguments, not the builder's default properties: communication-command.yml would override those.
        List<String> arguments = new ArrayList<>(infra.brokerArguments());
        arguments.addAll(List.of(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:communication-journey-it;MODE=MSSQLServer;DB_CLOSE_DELAY=-1",
                "--spring.mail.host=" + infra.smtp().host(),
                "--spring.mail.port=" + infra.smtp().port(),
                "--eventualshop.messaging.relay.poll-interval=100ms"));
        command = CommunicationCommandApplication.application().run(arguments.toArray(String[]::new));
    }

    @AfterAll
    static void stopCommandService() {
        if (command != null) {
            command.close();
        }
    }

    @Test
    void each_recipient_lists_the_mails_sent_to_them_and_no_one_elses() {
        UUID ada = UUID.randomUUID();
        UUID mallory = UUID.randomUUID();
        String adaAddress = "ada-" + ada + "@example.com";
        Instant first = Instant.now().minusSeconds(2);
        UUID confirmation = UUID.randomUUID();
        UUID notice = UUID.randomUUID();
        UUID malloryNotice = UUID.randomUUID();
        String link = "http://localhost:8080/confirm-email?userId=" + ada + "&token=tok-secret";
        UUID confirmationCommand = UUID.randomUUID();
        CommunicationCommand.SendEmailConfirmation confirm = new CommunicationCommand.SendEmailConfirmation(
                confirmation, ada, adaAddress, link, first.plusSeconds(86_400), first);
        send(confirmationCommand, confirm);
        send(confirmationCommand, confirm);
        send(UUID.randomUUID(), new CommunicationCommand.SendRegistrationNotice(notice, ada, adaAddress,
                first.plusMillis(1_500)));
        send(UUID.randomUUID(), new CommunicationCommand.SendRegistrationNotice(malloryNotice, mallory,
                "mallory-" + mallory + "@example.com", first.plusSeconds(1)));

        JsonNode adas = await().atMost(WAIT).until(() -> listing(ada), body -> body.size() == 2
                && body.get(0).path("status").asString().equals("SENT")
                && body.get(1).path("status").asString().equals("SENT"));

        assertThat(ids(adas)).containsExactly(notice.toString(), confirmation.toString());
        assertThat(adas.get(1).path("kind").asString()).isEqualTo("EMAIL_CONFIRMATION");
        assertThat(adas.get(0).path("attempts").asInt()).isEqualTo(1);
        assertThat(adas.toString()).doesNotContain(adaAddress).doesNotContain("tok-secret");
        assertThat(EmbeddedInfrastructure.shared().smtp().received(adaAddress)).as("one mail per request").hasSize(2);
        JsonNode mallorys = await().atMost(WAIT).until(() -> listing(mallory), body -> body.size() == 1);
        assertThat(ids(mallorys)).containsExactly(malloryNotice.toString());
    }

    private JsonNode listing(UUID user) {
        return JSON.readTree(notifications(TOKENS.valid(user.toString(), "CUSTOMER")).body());
    }

    /** {@code request} on {@code communication.commands}, as Identity's relay publishes it. */
    private void send(UUID commandId, CommunicationCommand request) {
        Message message = TestMessages.command(command.getBean(MessageCodec.class), commandId, request,
                "system:identity");
        new RabbitTemplate(connectionFactory).send(Topology.commands(CommunicationMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
    }
}

package dev.eventualshop.identity.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.identity.internal.UserEvent;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.Topology;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What identity-command's events might carry by mistake or malice: unreadable messages go to the dead-letter
 * queue without stopping other users' streams, fields the view does not know (a password, say) are dropped, and
 * markup or operators in values are data, stored and returned unchanged.
 */
class HostileEventsIT extends IdentityQueryContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedServices.register(registry);
        registerIdentity(registry);
    }

    @Test
    void an_unreadable_message_goes_to_the_dead_letter_queue_and_other_users_keep_flowing() {
        UUID broken = UUID.randomUUID();
        publishRaw(broken, 1, "identity.UserRenamed", "{\"userId\":\"" + broken + "\"}");
        publishRaw(broken, 1, "identity.UserRegistered", "{not json");

        UUID next = registeredUser("after-poison@example.com");

        RabbitTemplate template = new RabbitTemplate(connectionFactory);
        String deadLetters = Topology.deadLetters(Topology.queue(IdentityQueryApplication.NAME,
                Topology.domainEvents("identity")));
        List<String> deadTypes = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            Message message = template.receive(deadLetters);
            if (message != null && broken.toString().equals(message.getMessageProperties().getHeaders()
                    .get(MessageHeaders.STREAM_ID))) {
                deadTypes.add(message.getMessageProperties().getType());
            }
            return deadTypes.size() == 2;
        });
        assertThat(deadTypes).containsExactlyInAnyOrder("identity.UserRenamed", "identity.UserRegistered");
        assertThat(document(broken)).isNull();
        assertThat(me(IDENTITY.token(next.toString())).statusCode()).isEqualTo(200);
    }

    @Test
    void a_secret_smuggled_into_an_event_never_reaches_the_read_model_or_the_api() {
        UUID user = UUID.randomUUID();
        publishRaw(user, 1, "identity.UserRegistered", """
                {"userId":"%s","email":"smuggled@example.com","firstName":"Eve","lastName":"Smith",
                 "roles":["CUSTOMER"],"registeredAt":"2026-11-25T10:00:00Z",
                 "password":"hunter2-plain","passwordHash":"$2a$10$hunter2hash","confirmationToken":"tok-hunter2"}
                """.formatted(user));
        awaitVersion(user, 1);

        HttpResponse<String> response = me(IDENTITY.token(user.toString()));

        assertThat(json(response).path("email").asString()).isEqualTo("smuggled@example.com");
        assertThat(response.body()).doesNotContain("hunter2");
        assertThat(document(user).toJson()).doesNotContain("hunter2");
    }

    @Test
    void hostile_values_in_an_event_are_stored_and_returned_as_data_unchanged() {
        UUID user = UUID.randomUUID();
        String name = "<script>alert(1)</script> {\"$gt\": \"\"} \u05e9\u05dc\u05d5\u05dd \ud83d\ude00";
        publish(user, 1, new UserEvent.UserRegistered(user, "odd@example.com", name, "$where", List.of("CUSTOMER"),
                Instant.now()));
        awaitVersion(user, 1);

        JsonNode me = json(me(IDENTITY.token(user.toString())));

        assertThat(me.path("firstName").asString()).isEqualTo(name);
        assertThat(me.path("lastName").asString()).isEqualTo("$where");
    }
}

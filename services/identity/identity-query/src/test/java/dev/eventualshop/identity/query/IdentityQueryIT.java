package dev.eventualshop.identity.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.identity.internal.UserEvent;
import dev.eventualshop.identity.query.domain.UsersProjection;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.projection.ProjectionUpdate;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * identity-query on the embedded broker and MongoDB stand-in: the users read model follows Identity's domain
 * events as the relay publishes them (in order or not, once or twice, readable or not), and
 * {@code GET /api/v1/me} serves it with its version.
 */
class IdentityQueryIT extends IdentityQueryContract {

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedServices.register(registry);
        registerIdentity(registry);
    }

    @Test
    void a_registered_user_reads_their_account_with_the_version_as_etag() {
        UUID user = UUID.randomUUID();
        publish(user, 1, registered(user, "ada@example.com", "CUSTOMER"));
        awaitVersion(user, 1);

        HttpResponse<String> response = me(IDENTITY.token(user.toString()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
        JsonNode me = json(response);
        assertThat(me.path("userId").asString()).isEqualTo(user.toString());
        assertThat(me.path("email").asString()).isEqualTo("ada@example.com");
        assertThat(me.path("firstName").asString()).isEqualTo("Ada");
        assertThat(me.path("lastName").asString()).isEqualTo("Lovelace");
        assertThat(me.path("emailConfirmed").asBoolean(true)).isFalse();
        assertThat(me.path("roles").values()).extracting(JsonNode::asString).containsExactly("CUSTOMER");
        assertThat(me.propertyNames()).containsExactlyInAnyOrder("userId", "email", "firstName", "lastName",
                "emailConfirmed", "roles");
    }

    @Test
    void confirming_the_email_shows_in_the_account_and_moves_the_etag() {
        UUID user = registeredUser("grace@example.com");
        Instant now = Instant.now();
        publish(user, 2, new UserEvent.ConfirmationRequested(user, now, now.plus(Duration.ofHours(24))));
        publish(user, 3, new UserEvent.EmailConfirmed(user, "grace@example.com", now));
        awaitVersion(user, 3);

        HttpResponse<String> response = me(IDENTITY.token(user.toString()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("emailConfirmed").asBoolean()).isTrue();
        assertThat(response.headers().firstValue("ETag")).contains("\"3\"");
        HttpResponse<String> revalidated = get("/api/v1/me", Map.of("Authorization",
                "Bearer " + IDENTITY.token(user.toString()), "If-None-Match", "\"3\""));
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        HttpResponse<String> stale = get("/api/v1/me", Map.of("Authorization",
                "Bearer " + IDENTITY.token(user.toString()), "If-None-Match", "\"1\""));
        assertThat(stale.statusCode()).isEqualTo(200);
    }

    @Test
    void the_roles_come_from_the_read_model_not_from_the_token() {
        UUID admin = UUID.randomUUID();
        publish(admin, 1, registered(admin, "root@example.com", "CUSTOMER", "ADMIN"));
        awaitVersion(admin, 1);

        HttpResponse<String> response = me(IDENTITY.token(admin.toString(),
                claims -> claims.claim("roles", List.of("CUSTOMER"))));

        assertThat(json(response).path("roles").values()).extracting(JsonNode::asString)
                .containsExactly("CUSTOMER", "ADMIN");
    }

    @Test
    void events_delivered_out_of_order_and_twice_end_at_the_latest_version_applied_once() {
        UUID user = UUID.randomUUID();
        Instant now = Instant.now();
        UserEvent.UserRegistered registered = registered(user, "late@example.com", "CUSTOMER");
        publish(user, 3, new UserEvent.PasswordChanged(user, now));
        publish(user, 2, new UserEvent.EmailConfirmed(user, "late@example.com", now));
        await().atMost(WAIT).until(() -> !pendingVersions(user).isEmpty());
        assertThat(me(IDENTITY.token(user.toString())).statusCode()).as("nothing to read before the registration")
                .isEqualTo(404);

        publish(user, 1, registered);
        awaitVersion(user, 3);
        publish(user, 1, registered);
        publish(user, 2, new UserEvent.EmailConfirmed(user, "late@example.com", now));

        HttpResponse<String> response = me(IDENTITY.token(user.toString()));
        assertThat(json(response).path("emailConfirmed").asBoolean()).isTrue();
        assertThat(response.headers().firstValue("ETag")).contains("\"3\"");
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> versionOf(user) == 3
                && ((Number) document(user).get("revision")).longValue() == 3);
        assertThat(pendingVersions(user)).isEmpty();
    }

    @Test
    void many_users_streams_interleaved_and_shuffled_each_end_at_their_latest_version_applied_once() {
        Random random = new Random(4);
        Instant now = Instant.now();
        List<UUID> users = new ArrayList<>();
        List<Runnable> deliveries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID user = UUID.randomUUID();
            String email = "crowd-" + i + "@example.com";
            users.add(user);
            deliveries.add(() -> publish(user, 1, registered(user, email, "CUSTOMER")));
            deliveries.add(() -> publish(user, 2, new UserEvent.ConfirmationRequested(user, now, now.plusSeconds(60))));
            deliveries.add(() -> publish(user, 3, new UserEvent.EmailConfirmed(user, email, now)));
            deliveries.add(() -> publish(user, 4, new UserEvent.PasswordChanged(user, now)));
        }
        Collections.shuffle(deliveries, random);
        deliveries.forEach(Runnable::run);

        await().atMost(WAIT).until(() -> users.stream().allMatch(user -> versionOf(user) == 4));
        for (UUID user : users) {
            assertThat(((Number) document(user).get("revision")).longValue()).as("writes of %s", user).isEqualTo(4);
            assertThat(pendingVersions(user)).as("waiting events of %s", user).isEmpty();
            HttpResponse<String> response = me(IDENTITY.token(user.toString()));
            assertThat(json(response).path("userId").asString()).isEqualTo(user.toString());
            assertThat(json(response).path("emailConfirmed").asBoolean()).isTrue();
        }
    }

    @Test
    void each_write_is_announced_on_projections_updates_to_the_user_alone() {
        RabbitAdmin admin = new RabbitAdmin(connectionFactory);
        // A plain queue: Qpid refuses the RabbitMQ-only arguments of Spring's AnonymousQueue.
        Queue queue = new Queue("identity-query-it.updates." + UUID.randomUUID(), false, false, true);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(new FanoutExchange(Topology.PROJECTION_UPDATES)));
        try {
            UUID user = registeredUser("hopper@example.com");

            List<JsonNode> updates = new ArrayList<>();
            RabbitTemplate template = new RabbitTemplate(connectionFactory);
            await().atMost(WAIT).until(() -> {
                Message message = template.receive(queue.getName());
                if (message != null) {
                    assertThat(message.getMessageProperties().getType()).isEqualTo(ProjectionUpdate.TYPE);
                    updates.add(MessageJson.mapper().readTree(message.getBody()));
                }
                return updates.stream().anyMatch(update -> user.toString().equals(update.path("id").asString()));
            });
            JsonNode update = updates.stream().filter(u -> user.toString().equals(u.path("id").asString()))
                    .findFirst().orElseThrow();
            assertThat(update.path("view").asString()).isEqualTo(UsersProjection.VIEW);
            assertThat(update.path("version").asLong()).isEqualTo(1);
            assertThat(update.path("owners").values()).extracting(JsonNode::asString).containsExactly(user.toString());
        } finally {
            admin.deleteQueue(queue.getName());
        }
    }

    @Test
    void the_read_model_lives_in_the_services_own_database_and_holds_no_credential() {
        UUID user = registeredUser("lin@example.com");

        assertThat(mongo.getDb().getName()).isEqualTo(IdentityQueryApplication.NAME);
        assertThat(document(user).getList("owners", String.class)).containsExactly(user.toString());
        assertThat(document(user).toJson().toLowerCase()).doesNotContain("password").doesNotContain("hash")
                .doesNotContain("token");
    }

    /** The tokens Identity did not issue, for this API, as they are; all name {@link #TARGET}'s account. */

    @Test
    void the_service_has_no_datasource_and_its_health_is_public() {
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();

        for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> health = get(probe, Map.of());
            assertThat(health.statusCode()).as(probe).isEqualTo(200);
            assertThat(json(health).path("status").asString()).as(probe).isEqualTo("UP");
            assertThat(json(health).has("components")).as("%s shows no details to the public", probe).isFalse();
        }
        assertProblem(get("/actuator/env", Map.of()), 401);
    }

    private List<Long> pendingVersions(UUID user) {
        return mongo.getCollection(UsersProjection.VIEW + ".pending")
                .find(new org.bson.Document("docId", user.toString()))
                .map(d -> ((Number) d.get("version")).longValue()).into(new ArrayList<>());
    }
}

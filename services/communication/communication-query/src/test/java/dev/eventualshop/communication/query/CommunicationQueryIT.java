package dev.eventualshop.communication.query;

import static dev.eventualshop.web.testing.TestHttp.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.communication.internal.NotificationEvent;
import dev.eventualshop.communication.query.domain.NotificationsProjection;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * communication-query on the embedded broker and MongoDB stand-in: the notifications read model follows
 * Communication's domain events as communication-command's relay publishes them, and
 * {@code GET /api/v1/notifications} lists the caller's notifications only, newest first, from the token's
 * {@code sub}.
 */
class CommunicationQueryIT extends CommunicationQueryContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().serviceProperties(CommunicationQueryApplication.NAME)
                .forEach((name, value) -> registry.add(name, () -> value));
        TOKENS.register(registry);
    }

    @Test
    void the_recipient_lists_their_notifications_newest_first_with_how_delivery_stands() {
        UUID ada = UUID.randomUUID();
        UUID confirmation = requested(ada, "Confirm your email", NOON);
        UUID notice = requested(ada, "Someone tried to register with your address", NOON.plusMillis(500));
        UUID welcome = requested(ada, "Welcome", NOON.plusSeconds(1));
        UUID bounced = requested(ada, "Your order", NOON.plusSeconds(2));
        Instant sentAt = NOON.plusMillis(1_250);
        publish(confirmation, 2, new NotificationEvent.MailSent(confirmation, 1, sentAt));
        publish(notice, 2, new NotificationEvent.MailDeliveryFailed(notice, 1, "421", NOON.plusSeconds(1),
                NOON.plusSeconds(31)));
        publish(bounced, 2, new NotificationEvent.MailAbandoned(bounced, 1, "550 no such user", NOON.plusSeconds(3)));
        awaitVersion(confirmation, 2);
        awaitVersion(notice, 2);
        awaitVersion(welcome, 1);
        awaitVersion(bounced, 2);

        HttpResponse<String> response = notifications(TOKENS.valid(ada.toString(), "CUSTOMER"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(ids(body)).as("newest first: .5 s after noon is after noon")
                .containsExactly(bounced.toString(), welcome.toString(), notice.toString(), confirmation.toString());
        assertThat(body.get(3).propertyNames()).containsExactlyInAnyOrder("notificationId", "kind", "subject",
                "requestedAt", "sentAt", "status", "attempts");
        assertThat(body.get(3).path("subject").asString()).isEqualTo("Confirm your email");
        assertThat(body.get(3).path("status").asString()).isEqualTo("SENT");
        assertThat(Instant.parse(body.get(3).path("sentAt").asString())).isEqualTo(sentAt);
        assertThat(body.get(2).path("status").asString()).isEqualTo("RETRYING");
        assertThat(body.get(2).path("attempts").asInt()).isEqualTo(1);
        assertThat(body.get(1).path("status").asString()).isEqualTo("PENDING");
        assertThat(body.get(1).path("sentAt").isNull()).isTrue();
        assertThat(body.get(0).path("status").asString()).isEqualTo("FAILED");
        assertThat(response.body()).doesNotContain("@example.com").doesNotContain(ada.toString());
    }

    @Test
    void each_caller_sees_only_their_own_notifications() {
        UUID ada = UUID.randomUUID();
        UUID mallory = UUID.randomUUID();
        UUID secret = requested(ada, "Secret subject", NOON);
        UUID own = requested(mallory, "Mallory's mail", NOON);
        awaitVersion(secret, 1);
        awaitVersion(own, 1);
        Map<String, String> auth = Map.of("Authorization", "Bearer " + TOKENS.valid(mallory.toString(), "CUSTOMER"));

        for (String query : new String[] {"", "?recipientId=" + ada, "?owners=" + ada, "?userId=" + ada,
                "?owners%5B%24ne%5D=x", "?%24where=1", "/" + secret}) {
            HttpResponse<String> response = get("/api/v1/notifications" + query, auth);
            assertThat(response.body()).as(query).doesNotContain("Secret");
            if (response.statusCode() == 200) {
                assertThat(ids(JSON.readTree(response.body()))).as(query).containsExactly(own.toString());
            } else {
                assertProblem(response, 404);
            }
        }
        assertThat(mongo.getCollection(NotificationsProjection.VIEW).find(new Document("_id", secret.toString()))
                .first().getList("owners", String.class)).containsExactly(ada.toString());
    }

    @Test
    void a_user_without_notifications_or_a_subject_that_is_no_user_id_gets_an_empty_list() {
        requested(UUID.randomUUID(), "Someone else's", NOON);

        for (String subject : new String[] {UUID.randomUUID().toString(), "not-a-user-id", "{\"$ne\": null}"}) {
            HttpResponse<String> response = notifications(TOKENS.valid(subject, "CUSTOMER"));
            assertThat(response.statusCode()).as(subject).isEqualTo(200);
            assertThat(response.body()).as(subject).isEqualTo("[]");
        }
    }

    @Test
    void a_listing_holds_the_newest_hundred() {
        UUID ada = UUID.randomUUID();
        List<UUID> oldestFirst = new ArrayList<>();
        for (int i = 0; i < 103; i++) {
            oldestFirst.add(requested(ada, "Mail " + i, NOON.plusSeconds(i)));
        }
        await().atMost(WAIT).until(() -> mongo.getCollection(NotificationsProjection.VIEW)
                .countDocuments(new Document("owners", ada.toString())) == 103);

        JsonNode body = JSON.readTree(notifications(TOKENS.valid(ada.toString(), "CUSTOMER")).body());

        assertThat(body.size()).isEqualTo(100);
        assertThat(body.get(0).path("notificationId").asString()).isEqualTo(oldestFirst.get(102).toString());
        assertThat(body.get(99).path("notificationId").asString()).isEqualTo(oldestFirst.get(3).toString());
    }

    @Test
    void events_out_of_order_and_twice_end_at_the_latest_version() {
        UUID ada = UUID.randomUUID();
        UUID mail = UUID.randomUUID();
        NotificationEvent.NotificationRequested request = new NotificationEvent.NotificationRequested(mail, ada,
                "ada@example.com", "EMAIL_CONFIRMATION", "Confirm your email", NOON);
        NotificationEvent.MailDeliveryFailed failed = new NotificationEvent.MailDeliveryFailed(mail, 1, "421",
                NOON.plusSeconds(1), NOON.plusSeconds(31));
        publish(mail, 3, new NotificationEvent.MailSent(mail, 2, NOON.plusSeconds(32)));
        publish(mail, 2, failed);
        assertThat(notifications(TOKENS.valid(ada.toString(), "CUSTOMER")).body()).isEqualTo("[]");
        publish(mail, 1, request);
        awaitVersion(mail, 3);
        publish(mail, 2, failed);
        publish(mail, 1, request);

        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> versionOf(mail) == 3);
        JsonNode body = JSON.readTree(notifications(TOKENS.valid(ada.toString(), "CUSTOMER")).body());
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get(0).path("status").asString()).isEqualTo("SENT");
        assertThat(body.get(0).path("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void tokens_identity_did_not_issue_for_this_api_are_401_problem_details() {
        assertProblem(notifications(null), 401);
        for (String token : TOKENS.refused(UUID.randomUUID().toString())) {
            assertProblem(notifications(token), 401);
        }
    }

    @Test
    void other_methods_are_4xx_problem_details_and_health_is_public_the_rest_of_actuator_admin_only() {
        Map<String, String> auth = Map.of("Authorization",
                "Bearer " + TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER"));
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> response = send(method, "/api/v1/notifications", auth);
            assertThat(response.statusCode()).as(method).isBetween(400, 499);
        }
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(mongo.getDb().getName()).isEqualTo(CommunicationQueryApplication.NAME);
        assertThat(get("/actuator/health", Map.of()).statusCode()).isEqualTo(200);
        assertProblem(get("/actuator/parked", Map.of()), 401);
        assertProblem(get("/actuator/parked", auth), 403);
    }
}

package dev.eventualshop.communication.query;

import static org.awaitility.Awaitility.await;

import dev.eventualshop.communication.CommunicationMessages;
import dev.eventualshop.communication.internal.NotificationEvent;
import dev.eventualshop.communication.query.domain.NotificationsProjection;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.projection.mongo.StoredVersions;
import dev.eventualshop.web.testing.TestHttp;
import dev.eventualshop.web.testing.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * communication-query as it runs: its own configuration file, a broker carrying Communication's domain events as
 * communication-command's relay publishes them, MongoDB, and tokens from a stand-in Identity. Each subclass brings
 * the broker and MongoDB; its context is closed after it.
 */
@SpringBootTest(classes = CommunicationQueryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + CommunicationQueryApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms"})
@DirtiesContext
abstract class CommunicationQueryContract {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** One stand-in Identity for every suite of the test JVM (it stops with the JVM). */
    static final TestTokens TOKENS = TestTokens.start();
    static final Instant NOON = Instant.parse("2026-05-01T12:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    MessageCodec codec;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    /** A new notification for {@code recipient}, requested at {@code at}; its id. */
    UUID requested(UUID recipient, String subject, Instant at) {
        UUID notification = UUID.randomUUID();
        publish(notification, 1, new NotificationEvent.NotificationRequested(notification, recipient,
                "someone@example.com", "EMAIL_CONFIRMATION", subject, at));
        return notification;
    }

    /** {@code event} at {@code version} of the notification's stream, as communication-command's relay does. */
    void publish(UUID notification, long version, NotificationEvent event) {
        TestMessages.publishDomainEvent(connectionFactory, codec, CommunicationMessages.CONTEXT,
                CommunicationMessages.NOTIFICATION_STREAM, notification.toString(), version, event);
    }

    void awaitVersion(UUID notification, long version) {
        await().atMost(WAIT).until(() -> versionOf(notification) == version);
    }

    long versionOf(UUID notification) {
        return StoredVersions.versionOf(mongo, NotificationsProjection.VIEW, notification.toString());
    }

    static List<String> ids(JsonNode listing) {
        List<String> ids = new ArrayList<>();
        listing.forEach(notification -> ids.add(notification.path("notificationId").asString()));
        return ids;
    }

    HttpResponse<String> notifications(String token) {
        return TestHttp.on(port).get("/api/v1/notifications", token);
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        return TestHttp.on(port).get(path, headers);
    }

    HttpResponse<String> send(String method, String path, Map<String, String> headers) {
        return TestHttp.on(port).send(method, path, headers);
    }
}

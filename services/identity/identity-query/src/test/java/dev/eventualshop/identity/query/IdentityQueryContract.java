package dev.eventualshop.identity.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.identity.internal.UserEvent;
import dev.eventualshop.identity.query.domain.UsersProjection;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.Topology;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.bson.Document;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * identity-query as it runs: its own configuration file, a broker carrying Identity's domain events as the
 * relay publishes them, MongoDB, and tokens from a stand-in Identity. Each subclass brings the broker and
 * MongoDB; its context is closed after it.
 */
@SpringBootTest(classes = IdentityQueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + IdentityQueryApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms",
                "eventualshop.messaging.consumer.outage-backoff=300ms"})
@DirtiesContext
abstract class IdentityQueryContract {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    MessageCodec codec;
    @Autowired
    MongoTemplate mongo;

    /** One stand-in Identity for every suite of the test JVM. */
    static final TestIdentity IDENTITY = TestIdentity.start();

    /** Points identity-query at the stand-in Identity's keys and issuer. */
    static void registerIdentity(DynamicPropertyRegistry registry) {
        registry.add("eventualshop.identity.jwk-set-uri", IDENTITY::jwkSetUri);
        registry.add("eventualshop.identity.issuer", IDENTITY::issuer);
    }

    /** {@code event} at {@code version} of the user's stream, as identity-command's relay publishes it. */
    void publish(UUID user, long version, UserEvent event) {
        MessageCodec.Serialized serialized = codec.serialize(event);
        publishRaw(user, version, serialized.type(), serialized.revision(), serialized.json());
    }

    /** A message on the user's stream with the relay's properties and headers, and whatever type and body. */
    void publishRaw(UUID user, long version, String type, String json) {
        publishRaw(user, version, type, 1, json);
    }

    private void publishRaw(UUID user, long version, String type, int revision, String json) {
        MessageProperties properties = MessageHeaders.properties(UUID.randomUUID(), type, revision, UUID.randomUUID(),
                UUID.randomUUID(), user.toString(), null, Instant.now());
        properties.setHeader(MessageHeaders.STREAM_TYPE, IdentityMessages.USER_STREAM);
        properties.setHeader(MessageHeaders.STREAM_ID, user.toString());
        properties.setHeader(MessageHeaders.VERSION, version);
        new RabbitTemplate(connectionFactory).send(Topology.domainEvents(IdentityMessages.CONTEXT), type,
                new Message(json.getBytes(StandardCharsets.UTF_8), properties));
    }

    static UserEvent.UserRegistered registered(UUID user, String email, String... roles) {
        return new UserEvent.UserRegistered(user, email, "Ada", "Lovelace", List.of(roles), Instant.now());
    }

    /** A new user, registered through the broker, whose view the read model has (at version 1). */
    UUID registeredUser(String email) {
        UUID user = UUID.randomUUID();
        publish(user, 1, registered(user, email, "CUSTOMER"));
        awaitVersion(user, 1);
        return user;
    }

    void awaitVersion(UUID user, long version) {
        await().atMost(WAIT).until(() -> versionOf(user) == version);
    }

    /** The stored document's version, -1 without one. */
    long versionOf(UUID user) {
        Document stored = document(user);
        return stored == null ? -1 : ((Number) stored.get("version")).longValue();
    }

    Document document(UUID user) {
        return mongo.getCollection(UsersProjection.VIEW).find(new Document("_id", user.toString())).first();
    }

    HttpResponse<String> me(String token) {
        return get("/api/v1/me", token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        return send("GET", path, headers);
    }

    HttpResponse<String> send(String method, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** Asserts an RFC 9457 problem with {@code status}, and returns it. */
    static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get(InstanceOfAssertFactories.STRING)
                .startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }
}

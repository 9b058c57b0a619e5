package dev.eventualshop.identity.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.embedded.EmbeddedMongo;
import dev.eventualshop.embedded.MongoSettings;
import dev.eventualshop.identity.internal.UserEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * MongoDB down (RELIABILITY.md F12): {@code GET /api/v1/me} answers 503 problem+json with {@code Retry-After}
 * within the driver's timeouts, never a hung request or a bare 500, and serves again once MongoDB is back;
 * events published meanwhile are applied after.
 */
class MongoOutageIT extends IdentityQueryContract {

    private static MongoSettings mongoSettings;
    private static EmbeddedMongo mongo;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedServices.registerBroker(registry);
        registry.add("spring.mongodb.uri", () -> mongo().connectionString() + "/" + IdentityQueryApplication.NAME
                + "?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000");
        registerIdentity(registry);
    }

    private static synchronized EmbeddedMongo mongo() {
        if (mongo == null) {
            try {
                mongoSettings = MongoSettings.defaults(Files.createTempDirectory("identity-query-outage")).withPort(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            mongo = EmbeddedMongo.start(mongoSettings);
            mongoSettings = mongoSettings.withPort(mongo.port());
        }
        return mongo;
    }

    @Test
    void while_mongodb_is_down_the_account_is_503_and_it_catches_up_after() {
        UUID user = registeredUser("outage@example.com");
        String token = IDENTITY.token(user.toString());

        mongo.close();
        try {
            publish(user, 2, new UserEvent.EmailConfirmed(user, "outage@example.com", Instant.now()));
            long started = System.nanoTime();
            HttpResponse<String> response = me(token);

            assertProblem(response, 503);
            assertThat(response.headers().firstValue("Retry-After")).contains("5");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
        } finally {
            mongo = EmbeddedMongo.start(mongoSettings);
        }

        await().atMost(WAIT).until(() -> versionOf(user) == 2);
        HttpResponse<String> after = me(token);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(json(after).path("emailConfirmed").asBoolean()).isTrue();
    }
}

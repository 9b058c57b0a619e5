package dev.eventualshop.identity.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.embedded.EmbeddedMongo;
import dev.eventualshop.embedded.MongoSettings;
import dev.eventualshop.identity.internal.UserEvent;
import dev.eventualshop.messaging.testing.RealRabbit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The smoke test on this machine's real RabbitMQ, in a virtual host of its own (MongoDB stays the embedded
 * stand-in: there is no real one here). Skipped where RabbitMQ is not reachable, failed there when real
 * infrastructure is required.
 */
class IdentityQueryRabbitIT extends IdentityQueryContract {

    private static String virtualHost;
    private static EmbeddedMongo mongo;

    @BeforeAll
    static void requireRabbit() {
        RealRabbit.requireReachable();
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.rabbitmq.host", () -> RealRabbit.HOST);
        registry.add("spring.rabbitmq.port", () -> RealRabbit.PORT);
        registry.add("spring.rabbitmq.username", () -> "guest");
        registry.add("spring.rabbitmq.password", () -> "guest");
        registry.add("spring.rabbitmq.virtual-host", IdentityQueryRabbitIT::virtualHost);
        registry.add("spring.mongodb.uri", () -> mongo().connectionString() + "/" + IdentityQueryApplication.NAME);
        registerIdentity(registry);
    }

    private static synchronized String virtualHost() {
        if (virtualHost == null) {
            virtualHost = RealRabbit.createVirtualHost("identity-query");
        }
        return virtualHost;
    }

    private static synchronized EmbeddedMongo mongo() {
        if (mongo == null) {
            try {
                mongo = EmbeddedMongo.start(MongoSettings.defaults(Files.createTempDirectory("identity-query-rabbit"))
                        .withPort(0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mongo;
    }

    @Test
    void a_registration_and_confirmation_relayed_through_rabbitmq_reach_the_users_account() {
        UUID user = registeredUser("rabbit@example.com");
        publish(user, 2, new UserEvent.EmailConfirmed(user, "rabbit@example.com",
                Instant.now()));
        awaitVersion(user, 2);

        HttpResponse<String> response = me(IDENTITY.token(user.toString()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("userId").asString()).isEqualTo(user.toString());
        assertThat(json(response).path("emailConfirmed").asBoolean()).isTrue();
        assertThat(response.headers().firstValue("ETag")).contains("\"2\"");
        assertProblem(me(null), 401);
    }
}

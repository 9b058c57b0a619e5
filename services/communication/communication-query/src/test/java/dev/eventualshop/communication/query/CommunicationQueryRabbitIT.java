package dev.eventualshop.communication.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.messaging.testing.RealRabbit;
import java.net.http.HttpResponse;
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
class CommunicationQueryRabbitIT extends CommunicationQueryContract {

    @BeforeAll
    static void requireRabbit() {
        RealRabbit.requireReachable();
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        RealRabbit.register(registry, CommunicationQueryApplication.NAME);
        registry.add("spring.mongodb.uri",
                () -> EmbeddedInfrastructure.shared().mongo().connectionString() + "/" + CommunicationQueryApplication.NAME + "-rabbit");
        TOKENS.register(registry);
    }

    @Test
    void notifications_relayed_through_rabbitmq_are_listed_to_their_recipient_newest_first() {
        UUID ada = UUID.randomUUID();
        UUID older = requested(ada, "Confirm your email", NOON);
        UUID newer = requested(ada, "Welcome", NOON.plusMillis(1));
        awaitVersion(older, 1);
        awaitVersion(newer, 1);

        HttpResponse<String> response = notifications(TOKENS.valid(ada.toString(), "CUSTOMER"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ids(JSON.readTree(response.body()))).containsExactly(newer.toString(), older.toString());
        assertThat(notifications(TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER")).body()).isEqualTo("[]");
    }
}

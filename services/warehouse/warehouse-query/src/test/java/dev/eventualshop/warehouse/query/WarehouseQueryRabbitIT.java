package dev.eventualshop.warehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.messaging.testing.RealRabbit;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The smoke test on this machine's real RabbitMQ, in a virtual host of its own (MongoDB stays the embedded
 * stand-in: there is no real one here). Skipped where RabbitMQ is not reachable, failed there when real
 * infrastructure is required.
 */
class WarehouseQueryRabbitIT extends WarehouseQueryContract {

    @BeforeAll
    static void requireRabbit() {
        RealRabbit.requireReachable();
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        RealRabbit.register(registry, WarehouseQueryApplication.NAME);
        registry.add("spring.mongodb.uri",
                () -> EmbeddedInfrastructure.shared().mongo().connectionString() + "/" + WarehouseQueryApplication.NAME + "-rabbit");
        TOKENS.register(registry);
    }

    @Test
    void stock_relayed_through_rabbitmq_is_shown_to_an_admin() {
        UUID mug = stocked("MUG-" + UUID.randomUUID(), 6);
        awaitVersion(mug, 2);

        HttpResponse<String> response = stock("?productId=" + mug, admin());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get(0).path("onHand").asLong()).isEqualTo(6);
        assertThat(body.get(0).path("available").asLong()).isEqualTo(6);
        assertThat(JSON.readTree(stock("", admin()).body()).size()).isEqualTo(1);
    }
}

package dev.eventualshop.order.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.messaging.testing.RealRabbit;
import dev.eventualshop.order.internal.OrderEvent;
import java.net.http.HttpResponse;
import java.time.Instant;
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
class OrderQueryRabbitIT extends OrderQueryContract {

    static final String CUSTOMER_ID = "7a1e5b0c-2d3f-4e5a-9b8c-1d2e3f4a5b6c";

    @BeforeAll
    static void requireRabbit() {
        RealRabbit.requireReachable();
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        RealRabbit.register(registry, OrderQueryApplication.NAME);
        registry.add("spring.mongodb.uri",
                () -> EmbeddedInfrastructure.shared().mongo().connectionString() + "/" + OrderQueryApplication.NAME + "-rabbit");
        TOKENS.register(registry);
    }

    @Test
    void an_order_relayed_through_rabbitmq_and_cancelled_is_listed_and_read_by_its_customer_only() {
        UUID ada = UUID.randomUUID();
        UUID order = placed(ada, Instant.parse("2026-11-20T12:00:00Z"), 2);

        HttpResponse<String> listed = get("/api/v1/orders", customer(ada));

        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode orders = JSON.readTree(listed.body());
        assertThat(orders).singleElement().satisfies(summary ->
                assertThat(summary.path("orderId").asString()).isEqualTo(order.toString()));
        publish(order, 2, new OrderEvent.OrderCancelled(order, CUSTOMER_ID, "CUSTOMER_CANCELLED", false, false, false,
                Instant.parse("2026-11-20T12:05:00Z")));
        awaitVersion(order, 2);
        JsonNode body = JSON.readTree(get("/api/v1/orders/" + order, customer(ada)).body());
        assertThat(body.path("total").path("amount").asString()).isEqualTo("25.00");
        assertThat(body.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(body.path("cancellationReason").asString()).isEqualTo("CUSTOMER_CANCELLED");
        assertThat(get("/api/v1/orders/" + order, customer(UUID.randomUUID())).statusCode()).isEqualTo(404);
    }
}

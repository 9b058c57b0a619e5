package dev.eventualshop.catalog.query;

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
class CatalogQueryRabbitIT extends CatalogQueryContract {

    @BeforeAll
    static void requireRabbit() {
        RealRabbit.requireReachable();
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        RealRabbit.register(registry, CatalogQueryApplication.NAME);
        registry.add("spring.mongodb.uri",
                () -> EmbeddedInfrastructure.shared().mongo().connectionString() + "/" + CatalogQueryApplication.NAME + "-rabbit");
        TOKENS.register(registry);
    }

    @Test
    void items_and_stock_relayed_through_rabbitmq_are_listed_to_anyone() {
        UUID kettle = item("KETTLE-1", "Kettle", "Whistling", "30", true);
        UUID hidden = item("HIDDEN-1", "Hidden kettle", "Not on sale", "30", false);
        stock(kettle, 1, 4);
        awaitAvailable(kettle, 4);

        HttpResponse<String> response = get("/api/v1/catalog/items?query=KETTLE", (String) null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = JSON.readTree(response.body());
        assertThat(ids(page)).containsExactly(kettle.toString()).doesNotContain(hidden.toString());
        assertThat(page.path("items").get(0).path("available").asLong()).isEqualTo(4);
        assertThat(page.path("items").get(0).path("price").path("amount").asString()).isEqualTo("30.00");
    }
}

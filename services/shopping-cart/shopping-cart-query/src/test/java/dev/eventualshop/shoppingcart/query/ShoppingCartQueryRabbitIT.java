package dev.eventualshop.shoppingcart.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.messaging.testing.RealRabbit;
import dev.eventualshop.shoppingcart.internal.CartEvent;
import java.net.http.HttpResponse;
import java.util.List;
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
class ShoppingCartQueryRabbitIT extends ShoppingCartQueryContract {

    @BeforeAll
    static void requireRabbit() {
        RealRabbit.requireReachable();
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        RealRabbit.register(registry, ShoppingCartQueryApplication.NAME);
        registry.add("spring.mongodb.uri",
                () -> EmbeddedInfrastructure.shared().mongo().connectionString() + "/" + ShoppingCartQueryApplication.NAME + "-rabbit");
        TOKENS.register(registry);
    }

    @Test
    void a_cart_relayed_through_rabbitmq_is_read_by_its_owner_at_the_catalogs_price() {
        UUID ada = UUID.randomUUID();
        UUID cart = UUID.randomUUID();
        UUID mug = listed("MUG-R", "11.00");
        history(cart, List.of(new CartEvent.CartCreated(cart, ada.toString()),
                new CartEvent.ItemAdded(cart, mug, "MUG-R", "Mug", Money.of("10.00", "EUR"), 2)));

        HttpResponse<String> response = get("/api/v1/carts/current", customer(ada));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("cartId").asString()).isEqualTo(cart.toString());
        assertThat(body.path("total").path("amount").asString()).isEqualTo("22.00");
        assertThat(get("/api/v1/carts/" + cart, customer(UUID.randomUUID())).statusCode()).isEqualTo(404);
    }
}

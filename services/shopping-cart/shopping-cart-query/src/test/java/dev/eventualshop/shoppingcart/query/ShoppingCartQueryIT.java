package dev.eventualshop.shoppingcart.query;

import static dev.eventualshop.web.testing.TestHttp.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.catalog.v1.CatalogIntegrationEvent;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.shoppingcart.internal.CartEvent;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * shopping-cart-query on the embedded broker and MongoDB stand-in: carts follow Shopping Cart's domain events, the
 * price table follows Catalog's integration events, and a customer reads their own carts at the current prices,
 * with an ETag over every version the answer was built from.
 */
class ShoppingCartQueryIT extends ShoppingCartQueryContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().serviceProperties(ShoppingCartQueryApplication.NAME)
                .forEach((name, value) -> registry.add(name, () -> value));
        TOKENS.register(registry);
    }

    static CartEvent.ItemAdded added(UUID cart, UUID product, String sku, String price, int quantity) {
        return new CartEvent.ItemAdded(cart, product, sku, "Item " + sku, Money.of(price, "EUR"), quantity);
    }

    @Test
    void a_cart_built_from_published_events_reads_back_with_items_totals_address_and_payment_method()
            throws IOException {
        UUID ada = UUID.randomUUID();
        UUID cart = UUID.randomUUID();
        UUID mug = listed("MUG-1", "12.50");
        UUID tea = listed("TEA-1", "4.00");
        history(cart, List.of(new CartEvent.CartCreated(cart, ada.toString()),
                added(cart, mug, "MUG-1", "12.50", 1),
                added(cart, tea, "TEA-1", "4.00", 3),
                new CartEvent.ItemQuantityChanged(cart, mug, 2),
                new CartEvent.ShippingAddressSet(cart, "1 Main St", "Springfield", "12345", "DE"),
                new CartEvent.PaymentMethodSet(cart, "tok_visa")));

        HttpResponse<String> response = get("/api/v1/carts/" + cart, customer(ada));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).matches("\".+\""));
        Files.writeString(Path.of("target", "cart-response.json"), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("cartId", "status", "items", "total",
                "shippingAddress", "paymentMethod", "version");
        assertThat(body.path("cartId").asString()).isEqualTo(cart.toString());
        assertThat(body.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(body.path("version").asLong()).isEqualTo(6);
        assertThat(body.path("items").size()).isEqualTo(2);
        JsonNode first = body.path("items").get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("productId", "sku", "name", "unitPrice",
                "quantity", "lineTotal");
        assertThat(first.path("productId").asString()).isEqualTo(mug.toString());
        assertThat(first.path("sku").asString()).isEqualTo("MUG-1");
        assertThat(first.path("name").asString()).isEqualTo("Item MUG-1");
        assertThat(first.path("quantity").asInt()).isEqualTo(2);
        assertThat(first.path("unitPrice").path("amount").isString()).isTrue();
        assertThat(first.path("unitPrice").path("amount").asString()).isEqualTo("12.50");
        assertThat(first.path("unitPrice").path("currency").asString()).isEqualTo("EUR");
        assertThat(first.path("lineTotal").path("amount").asString()).isEqualTo("25.00");
        assertThat(body.path("items").get(1).path("lineTotal").path("amount").asString()).isEqualTo("12.00");
        assertThat(body.path("total").path("amount").asString()).isEqualTo("37.00");
        assertThat(body.path("total").path("currency").asString()).isEqualTo("EUR");
        assertThat(body.path("shippingAddress").path("street").asString()).isEqualTo("1 Main St");
        assertThat(body.path("shippingAddress").path("country").asString()).isEqualTo("DE");
        assertThat(body.path("paymentMethod").asString()).isEqualTo("tok_visa");

        HttpResponse<String> current = get("/api/v1/carts/current", customer(ada));
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(current.body())).isEqualTo(body);
        assertThat(current.headers().firstValue("ETag")).isEqualTo(response.headers().firstValue("ETag"));
    }

    @Test
    void a_later_price_change_shows_in_unit_price_line_total_total_and_the_etag() {
        UUID ada = UUID.randomUUID();
        UUID cart = UUID.randomUUID();
        UUID mug = listed("MUG-2", "12.50");
        history(cart, List.of(new CartEvent.CartCreated(cart, ada.toString()), added(cart, mug, "MUG-2", "12.50", 2)));
        String path = "/api/v1/carts/" + cart;
        String before = get(path, customer(ada)).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> unchanged = get(path, customer(ada), before);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.headers().firstValue("ETag")).hasValue(before);

        publishCatalog(mug, 2, new CatalogIntegrationEvent.ItemPriceChanged(mug, Money.of("9.99", "EUR")));
        awaitPriceVersion(mug, 2);

        HttpResponse<String> changed = get(path, customer(ada), before);
        assertThat(changed.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(changed.body());
        assertThat(body.path("items").get(0).path("unitPrice").path("amount").asString()).isEqualTo("9.99");
        assertThat(body.path("items").get(0).path("lineTotal").path("amount").asString()).isEqualTo("19.98");
        assertThat(body.path("total").path("amount").asString()).isEqualTo("19.98");
        assertThat(body.path("version").asLong()).as("the cart did not change").isEqualTo(2);
        String after = changed.headers().firstValue("ETag").orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(get(path, customer(ada), after).statusCode()).isEqualTo(304);

        publishCatalog(mug, 1, new CatalogIntegrationEvent.ItemListed(mug, "MUG-2", "Mug", "",
                Money.of("50.00", "EUR"), null, true));
        publish(cart, 3, new CartEvent.ItemQuantityChanged(cart, mug, 3));
        awaitCartVersion(cart, 3);
        HttpResponse<String> later = get(path, customer(ada), after);
        assertThat(later.statusCode()).as("the cart's version is in the ETag").isEqualTo(200);
        assertThat(JSON.readTree(later.body()).path("total").path("amount").asString())
                .as("the older catalog event changed nothing").isEqualTo("29.97");
    }

    @Test
    void a_product_missing_from_the_price_table_is_priced_as_it_was_added() {
        UUID ada = UUID.randomUUID();
        UUID cart = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        history(cart, List.of(new CartEvent.CartCreated(cart, ada.toString()),
                added(cart, unknown, "OLD-1", "3.10", 2)));

        JsonNode body = JSON.readTree(get("/api/v1/carts/" + cart, customer(ada)).body());

        assertThat(body.path("items").get(0).path("unitPrice").path("amount").asString()).isEqualTo("3.10");
        assertThat(body.path("total").path("amount").asString()).isEqualTo("6.20");
    }

    @Test
    void another_users_cart_is_as_unknown_as_a_missing_one_and_a_malformed_id_is_400() {
        UUID ada = UUID.randomUUID();
        UUID mallory = UUID.randomUUID();
        UUID cart = UUID.randomUUID();
        history(cart, List.of(new CartEvent.CartCreated(cart, ada.toString())));

        JsonNode other = assertProblem(get("/api/v1/carts/" + cart, customer(mallory)), 404);
        JsonNode unknown = assertProblem(get("/api/v1/carts/" + UUID.randomUUID(), customer(mallory)), 404);
        for (String field : new String[] {"type", "title", "status", "detail"}) {
            assertThat(other.path(field)).as(field).isEqualTo(unknown.path(field));
        }
        assertProblem(get("/api/v1/carts/current", customer(mallory)), 404);
        for (String malformed : new String[] {"not-a-uuid", cart.toString().toUpperCase(), "1-1-1-1-1", "%24ne"}) {
            assertProblem(get("/api/v1/carts/" + malformed, customer(ada)), 400);
        }
    }

    @Test
    void the_current_cart_is_404_before_creation_and_after_discard() {
        UUID ada = UUID.randomUUID();
        UUID cart = UUID.randomUUID();
        assertProblem(get("/api/v1/carts/current", customer(ada)), 404);
        history(cart, List.of(new CartEvent.CartCreated(cart, ada.toString())));
        assertThat(JSON.readTree(get("/api/v1/carts/current", customer(ada)).body()).path("cartId").asString())
                .isEqualTo(cart.toString());

        publish(cart, 2, new CartEvent.CartDiscarded(cart, ada.toString()));
        awaitCartVersion(cart, 2);

        assertProblem(get("/api/v1/carts/current", customer(ada)), 404);
        HttpResponse<String> discarded = get("/api/v1/carts/" + cart, customer(ada));
        assertThat(discarded.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(discarded.body()).path("status").asString()).isEqualTo("DISCARDED");
        assertThat(JSON.readTree(discarded.body()).path("total").isNull()).as("an empty cart has no total").isTrue();
    }

    @Test
    void without_a_valid_token_it_is_401_and_without_the_customer_role_403_as_problem_details() {
        UUID ada = UUID.randomUUID();
        for (String path : new String[] {"/api/v1/carts/current", "/api/v1/carts/" + UUID.randomUUID()}) {
            assertProblem(get(path, (String) null), 401);
            for (String token : TOKENS.refused(ada.toString())) {
                assertProblem(get(path, token), 401);
            }
            assertProblem(get(path, TOKENS.valid(ada.toString())), 403);
        }
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(mongo.getDb().getName()).isEqualTo(ShoppingCartQueryApplication.NAME);
        assertThat(get("/actuator/health", (String) null).statusCode()).isEqualTo(200);
    }
}

package dev.eventualshop.launcher;

import static dev.eventualshop.launcher.ShoppingJourneyIT.assertSucceeded;
import static dev.eventualshop.launcher.ShoppingJourneyIT.cart;
import static dev.eventualshop.launcher.ShoppingJourneyIT.productId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.contracts.Ids;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Checkout through the gateway: a customer with a confirmed email checks a cart out at the current prices, the cart
 * closes and the customer may open a new one, and the order named after the cart is placed, confirmed and listed for
 * them alone; nobody else can check that cart out or see the order. {@link CheckoutSagaJourneyIT} follows the saga
 * down every path.
 */
@ExtendWith(RunningShop.class)
class CheckoutJourneyIT {

    @Test
    void a_confirmed_customer_checks_out_a_cart_and_may_open_a_new_one(Launcher shop) {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        String shopper = AccountJourneyIT.Newcomer.registered(shop, api, "Buyer").token();
        String intruder = AccountJourneyIT.Newcomer.registered(shop, api, "Intruder").token();
        HttpResponse<String> created = api.send("POST", "/api/v1/carts", shopper, "{}");
        assertSucceeded(api, shopper, created);
        String cartId = ShopClient.json(created.body()).path("resourceId").asString();
        String cart = "/api/v1/carts/" + cartId;
        assertSucceeded(api, shopper, api.send("POST", cart + "/items", shopper,
                "{\"productId\": \"" + productId(api, "CANDLE-CEDAR") + "\", \"quantity\": 2}"));
        assertSucceeded(api, shopper, api.send("PUT", cart + "/shipping-address", shopper,
                "{\"street\": \"1 Rue de Rivoli\", \"city\": \"Paris\", \"postalCode\": \"75001\", \"country\": \"FR\"}"));
        assertSucceeded(api, shopper, api.send("PUT", cart + "/payment-method", shopper, "{\"token\": \"tok_visa\"}"));
        JsonNode open = cart(api, cart, shopper, view -> view.path("paymentMethod").asString().equals("tok_visa"));

        HttpResponse<String> stolen = api.send("POST", cart + "/checkout", intruder, null);
        assertThat(api.outcome(stolen, intruder).path("reason").asString()).isEqualTo("NOT_FOUND");

        HttpResponse<String> checkout = api.send("POST", cart + "/checkout", shopper, null);
        assertThat(checkout.statusCode()).as(checkout.body()).isEqualTo(202);
        assertThat(ShopClient.json(checkout.body()).path("resourceId").asString())
                .isEqualTo(Ids.orderId(UUID.fromString(cartId)).toString());
        assertSucceeded(api, shopper, checkout);

        JsonNode checkedOut = cart(api, cart, shopper, view -> view.path("status").asString().equals("CHECKED_OUT"));
        assertThat(checkedOut.path("total")).isEqualTo(open.path("total"));
        assertThat(api.get("/api/v1/carts/current", shopper).statusCode()).isEqualTo(404);
        HttpResponse<String> again = api.send("POST", cart + "/checkout", shopper, null);
        assertThat(api.outcome(again, shopper).path("reason").asString()).isEqualTo("CART_CHECKED_OUT");
        assertSucceeded(api, shopper, api.send("POST", "/api/v1/carts", shopper, "{}"));

        String order = "/api/v1/orders/" + Ids.orderId(UUID.fromString(cartId));
        JsonNode placed = await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<String> response = api.get(order, shopper);
            return response.statusCode() == 200 ? ShopClient.json(response.body()) : null;
        }, view -> view != null && view.path("status").asString().equals("CONFIRMED"));
        assertThat(placed.path("total")).isEqualTo(open.path("total"));
        assertThat(placed.path("timeline").get(0).path("status").asString()).isEqualTo("PLACED");
        assertThat(placed.toString()).doesNotContain("tok_visa");
        JsonNode mine = ShopClient.json(api.get("/api/v1/orders", shopper).body());
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("orderId").asString()).isEqualTo(placed.path("orderId").asString());
        assertThat(api.get(order, intruder).statusCode()).isEqualTo(404);
        assertThat(ShopClient.json(api.get("/api/v1/orders", intruder).body())).isEmpty();
        assertThat(api.get("/api/v1/admin/orders?status=PLACED", shopper).statusCode()).isEqualTo(403);
    }
}

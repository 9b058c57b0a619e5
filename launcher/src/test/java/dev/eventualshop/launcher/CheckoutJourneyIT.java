package dev.eventualshop.launcher;

import static dev.eventualshop.launcher.ShoppingJourneyIT.assertSucceeded;
import static dev.eventualshop.launcher.ShoppingJourneyIT.cart;
import static dev.eventualshop.launcher.ShoppingJourneyIT.productId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Ids;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Checkout through the gateway, as far as Shopping Cart takes it: a customer with a confirmed email checks a cart
 * out at the current prices, the cart becomes the order named after it and closes, and the customer may open a
 * new one; nobody else can check that cart out.
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
    }
}

package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.contracts.Ids;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * What the checkout journeys do through the gateway, as a shopper and an operator would: items of their own (so no
 * other journey moves their stock), a cart checked out with a payment token, the order and the stock read back.
 */
final class Checkouts {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String ADDRESS = "{\"street\": \"1 Rue de Rivoli\", \"city\": \"Paris\", \"postalCode\": \"75001\", "
            + "\"country\": \"FR\"}";

    final Launcher shop;
    final ShopClient api;
    final String admin;

    Checkouts(Launcher shop) {
        this.shop = shop;
        this.api = new ShopClient(shop.settings().shopUrl());
        this.admin = ShoppingJourneyIT.admin(shop);
    }

    /** A new item on sale at {@code price} EUR with {@code units} in stock, once the cart can sell it. */
    String product(String price, int units) {
        String sku = "SAGA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        HttpResponse<String> created = api.accepted("POST", "/api/v1/catalog/items", admin, "{\"sku\": \"" + sku
                + "\", \"name\": \"Saga item " + sku + "\", \"description\": \"For the checkout journeys\", "
                + "\"price\": {\"amount\": \"" + price + "\", \"currency\": \"EUR\"}}");
        ShoppingJourneyIT.assertSucceeded(api, admin, created);
        String id = ShopClient.json(created.body()).path("resourceId").asString();
        succeeded(admin, "POST", "/api/v1/catalog/items/" + id + "/activate", null);
        if (units > 0) {
            // Warehouse opens the item's stock when Catalog's listing reaches it: receive once it has.
            await().atMost(PATIENCE).until(() -> "SUCCEEDED".equals(outcome(admin, "POST",
                    "/api/v1/warehouse/stock/" + id + "/receipts", "{\"quantity\": " + units + "}")
                    .path("status").asString()));
        }
        return id;
    }

    /** The item's stock as an operator reads it: {@code onHand}, {@code reserved}, {@code available}. */
    JsonNode stock(String productId) {
        HttpResponse<String> response = api.get("/api/v1/warehouse/stock?productId=" + productId, admin);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ShopClient.json(response.body()).get(0);
    }

    /** Waits until the item's stock reads {@code onHand} and {@code reserved}. */
    JsonNode stockBecomes(String productId, long onHand, long reserved) {
        return await().atMost(PATIENCE).until(() -> stock(productId),
                stock -> stock.path("onHand").asLong() == onHand && stock.path("reserved").asLong() == reserved);
    }

    /** A cart of {@code shopper} with {@code lines} (product id to quantity), an address and {@code paymentToken}. */
    String cart(String shopper, Map<String, Integer> lines, String paymentToken) {
        HttpResponse<String> created = api.accepted("POST", "/api/v1/carts", shopper, "{}");
        ShoppingJourneyIT.assertSucceeded(api, shopper, created);
        String cart = "/api/v1/carts/" + ShopClient.json(created.body()).path("resourceId").asString();
        lines.forEach((product, quantity) -> await().atMost(PATIENCE).until(() -> "SUCCEEDED".equals(outcome(
                shopper, "POST", cart + "/items", "{\"productId\": \"" + product + "\", \"quantity\": " + quantity
                        + "}").path("status").asString())));
        succeeded(shopper, "PUT", cart + "/shipping-address", ADDRESS);
        succeeded(shopper, "PUT", cart + "/payment-method", "{\"token\": \"" + paymentToken + "\"}");
        return cart;
    }

    /** Checks {@code cart} out; the order's id. */
    String checkOut(String shopper, String cart) {
        HttpResponse<String> checkout = api.accepted("POST", cart + "/checkout", shopper, null);
        ShoppingJourneyIT.assertSucceeded(api, shopper, checkout);
        String order = ShopClient.json(checkout.body()).path("resourceId").asString();
        assertThat(order).isEqualTo(Ids.orderId(UUID.fromString(cart.substring(cart.lastIndexOf('/') + 1)))
                .toString());
        return order;
    }

    /** The outcome of a command sent until the gateway accepted it (see {@link ShopClient#accepted}). */
    JsonNode outcome(String token, String method, String path, String body) {
        return api.outcome(api.accepted(method, path, token, body), token);
    }

    void succeeded(String token, String method, String path, String body) {
        JsonNode outcome = outcome(token, method, path, body);
        assertThat(outcome.path("status").asString()).as(method + " " + path + ": " + outcome).isEqualTo("SUCCEEDED");
    }

    /** A new cart of {@code shopper} with {@code lines}, checked out with {@code paymentToken}: the order's id. */
    String order(String shopper, Map<String, Integer> lines, String paymentToken) {
        return checkOut(shopper, cart(shopper, lines, paymentToken));
    }

    /** The order as its owner (or an operator) reads it, once {@code ready}. */
    JsonNode orderBecomes(String orderId, String token, Predicate<JsonNode> ready) {
        return await().atMost(PATIENCE).until(() -> {
            HttpResponse<String> response = api.get("/api/v1/orders/" + orderId, token);
            return response.statusCode() == 200 ? ShopClient.json(response.body()) : null;
        }, view -> view != null && ready.test(view));
    }

    JsonNode orderIs(String orderId, String token, String status) {
        return orderBecomes(orderId, token, view -> view.path("status").asString().equals(status));
    }

    /** The subjects of the mails {@code email} received so far, once there are {@code atLeast}. */
    List<String> mailSubjects(String email, int atLeast) {
        return await().atMost(PATIENCE).until(() -> api.mail(email).stream()
                .map(mail -> mail.path("subject").asString()).toList(), subjects -> subjects.size() >= atLeast);
    }
}

package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6's journeys through the gateway of one running launcher: the seeded catalog is browsed and searched by
 * anyone; a customer fills a cart and reads it back; an admin's price change shows in an open cart's view and
 * total; admin routes refuse customers; ten concurrent adds to one cart all apply; another user's cart is
 * invisible and unchangeable.
 */
@ExtendWith(RunningShop.class)
class ShoppingJourneyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void anyone_browses_and_searches_the_seeded_catalog(Launcher shop) {
        ShopClient api = new ShopClient(shop.settings().shopUrl());

        JsonNode all = await().atMost(PATIENCE).until(() -> catalog(api, "?size=100", null),
                page -> page != null && page.path("total").asInt() >= DemoCatalog.ITEMS.size()
                        && stream(page.path("items")).allMatch(item -> item.path("available").asLong() > 0));
        JsonNode mug = stream(all.path("items")).filter(item -> item.path("sku").asString().equals("MUG-STONE-350"))
                .findFirst().orElseThrow();
        assertThat(mug.path("price").path("amount").asString()).isEqualTo("14.90");
        assertThat(mug.path("price").path("currency").asString()).isEqualTo("EUR");
        assertThat(mug.path("imageUrl").asString()).isEqualTo("/images/catalog/mug-stone-350.svg");
        assertThat(api.get(mug.path("imageUrl").asString(), null).statusCode()).isEqualTo(200);

        JsonNode mugs = catalog(api, "?query=MuG", null);
        assertThat(stream(mugs.path("items")).map(item -> item.path("sku").asString()).toList())
                .contains("MUG-STONE-350", "MUG-ENAMEL-300");
        assertThat(catalog(api, "?query=.*", null).path("total").asInt()).as("search text is literal").isZero();
        assertThat(catalog(api, "?size=5&page=1", null).path("items")).hasSize(5);
        assertThat(api.get("/api/v1/catalog/items/" + mug.path("id").asString(), null).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/catalog/items?includeInactive=true", null).statusCode()).isIn(401, 403);
    }

    @Test
    void a_customer_fills_a_cart_and_an_admin_price_change_shows_in_it(Launcher shop) {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        String shopper = AccountJourneyIT.Newcomer.registered(shop, api, "Shopper").token();
        String admin = admin(shop);
        String mug = productId(api, "MUG-STONE-350");
        String tea = productId(api, "TEA-SENCHA-100");

        HttpResponse<String> created = api.send("POST", "/api/v1/carts", shopper, "{}");
        assertThat(api.outcome(created, shopper).path("status").asString()).isEqualTo("SUCCEEDED");
        String cart = "/api/v1/carts/" + ShopClient.json(created.body()).path("resourceId").asString();
        assertSucceeded(api, shopper, api.send("POST", cart + "/items", shopper,
                "{\"productId\": \"" + mug + "\", \"quantity\": 2}"));
        assertSucceeded(api, shopper, api.send("POST", cart + "/items", shopper,
                "{\"productId\": \"" + tea + "\", \"quantity\": 1}"));
        assertSucceeded(api, shopper, api.send("PUT", cart + "/items/" + tea, shopper, "{\"quantity\": 3}"));
        assertSucceeded(api, shopper, api.send("DELETE", cart + "/items/" + tea, shopper, null));
        assertSucceeded(api, shopper, api.send("PUT", cart + "/shipping-address", shopper,
                "{\"street\": \"12 St James's Square\", \"city\": \"London\", \"postalCode\": \"SW1Y 4JH\", "
                        + "\"country\": \"GB\"}"));
        assertSucceeded(api, shopper, api.send("PUT", cart + "/payment-method", shopper, "{\"token\": \"tok_visa\"}"));

        JsonNode view = cart(api, cart, shopper, c -> c.path("paymentMethod").toString().contains("tok_visa"));
        assertThat(view.path("items")).hasSize(1);
        assertThat(view.path("items").get(0).path("quantity").asInt()).isEqualTo(2);
        assertThat(view.path("items").get(0).path("unitPrice").path("amount").asString()).isEqualTo("14.90");
        assertThat(view.path("total").path("amount").asString()).isEqualTo("29.80");
        assertThat(view.path("shippingAddress").path("city").asString()).isEqualTo("London");
        assertThat(ShopClient.json(api.get("/api/v1/carts/current", shopper).body()).path("cartId").asString())
                .isEqualTo(view.path("cartId").asString());

        assertSucceeded(api, admin, api.send("PUT", "/api/v1/catalog/items/" + mug + "/price", admin,
                "{\"amount\": \"15.50\", \"currency\": \"EUR\"}"));
        JsonNode repriced = cart(api, cart, shopper,
                c -> c.path("total").path("amount").asString().equals("31.00"));
        assertThat(repriced.path("items").get(0).path("unitPrice").path("amount").asString()).isEqualTo("15.50");
        assertSucceeded(api, admin, api.send("PUT", "/api/v1/catalog/items/" + mug + "/price", admin,
                "{\"amount\": \"14.90\", \"currency\": \"EUR\"}"));
    }

    @Test
    void the_cart_view_is_pushed_to_its_owner_over_the_event_stream(Launcher shop) throws Exception {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        String shopper = AccountJourneyIT.Newcomer.registered(shop, api, "Watcher").token();
        String other = AccountJourneyIT.Newcomer.registered(shop, api, "Bystander").token();
        try (OwnerEvents mine = OwnerEvents.open(shop.settings().shopUrl(), shopper);
             OwnerEvents theirs = OwnerEvents.open(shop.settings().shopUrl(), other)) {
            HttpResponse<String> created = api.send("POST", "/api/v1/carts", shopper, "{}");
            String cartId = ShopClient.json(created.body()).path("resourceId").asString();
            HttpResponse<String> added = api.send("POST", "/api/v1/carts/" + cartId + "/items", shopper,
                    "{\"productId\": \"" + productId(api, "CANDLE-CEDAR") + "\", \"quantity\": 1}");
            assertSucceeded(api, shopper, added);

            String addition = ShopClient.json(added.body()).path("commandId").asString();
            await().atMost(PATIENCE).until(() -> mine.shownAt(cartId, addition) != null);
            assertThat(mine.announced(cartId, 2)).as("the view at the version the addition made").isTrue();
            assertThat(theirs.announced(cartId, 1)).as("another user hears nothing of it").isFalse();
        }
    }

    @Test
    void admin_routes_refuse_a_customer(Launcher shop) {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        String customer = AccountJourneyIT.Newcomer.registered(shop, api, "Curious").token();
        String mug = productId(api, "MUG-STONE-350");

        assertThat(api.send("POST", "/api/v1/catalog/items", customer, "{\"sku\": \"X-1\", \"name\": \"x\", "
                + "\"price\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}").statusCode()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/v1/catalog/items/" + mug + "/price", customer,
                "{\"amount\": \"0.01\", \"currency\": \"EUR\"}").statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/warehouse/stock/" + mug + "/receipts", customer, "{\"quantity\": 5}")
                .statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/warehouse/stock", customer).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/catalog/items?includeInactive=true", customer).statusCode()).isEqualTo(403);
    }

    @Test
    void ten_concurrent_adds_to_one_cart_all_apply_with_continuous_versions(Launcher shop) throws Exception {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        String shopper = AccountJourneyIT.Newcomer.registered(shop, api, "Busy").token();
        HttpResponse<String> created = api.send("POST", "/api/v1/carts", shopper, "{}");
        assertThat(api.outcome(created, shopper).path("status").asString()).isEqualTo("SUCCEEDED");
        String cart = "/api/v1/carts/" + ShopClient.json(created.body()).path("resourceId").asString();
        List<String> products = DemoCatalog.ITEMS.stream().limit(10).map(item -> productId(api, item.sku())).toList();

        List<HttpResponse<String>> accepted = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(10)) {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (String product : products) {
                sent.add(clients.submit(() -> api.send("POST", cart + "/items", shopper,
                        "{\"productId\": \"" + product + "\", \"quantity\": 1}")));
            }
            for (Future<HttpResponse<String>> response : sent) {
                accepted.add(response.get());
            }
        }

        for (HttpResponse<String> response : accepted) {
            assertThat(api.outcome(response, shopper).path("status").asString()).isEqualTo("SUCCEEDED");
        }
        JsonNode view = cart(api, cart, shopper, c -> c.path("items").size() == 10);
        assertThat(view.path("version").asLong()).as("created + 10 adds, no gap").isEqualTo(11);
    }

    @Test
    void another_users_cart_is_invisible_and_unchangeable(Launcher shop) {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        String owner = AccountJourneyIT.Newcomer.registered(shop, api, "Owner").token();
        String mallory = AccountJourneyIT.Newcomer.registered(shop, api, "Mallory").token();
        HttpResponse<String> created = api.send("POST", "/api/v1/carts", owner, "{}");
        assertThat(api.outcome(created, owner).path("status").asString()).isEqualTo("SUCCEEDED");
        String cart = "/api/v1/carts/" + ShopClient.json(created.body()).path("resourceId").asString();
        String mug = productId(api, "MUG-STONE-350");
        assertSucceeded(api, owner, api.send("POST", cart + "/items", owner,
                "{\"productId\": \"" + mug + "\", \"quantity\": 1}"));
        cart(api, cart, owner, c -> c.path("items").size() == 1);

        assertThat(api.get(cart, mallory).statusCode()).isEqualTo(404);
        JsonNode refused = api.outcome(api.send("DELETE", cart + "/items/" + mug, mallory, null), mallory);
        assertThat(refused.path("status").asString()).isEqualTo("REJECTED");
        assertThat(refused.path("reason").asString()).isEqualTo("NOT_FOUND");
        assertThat(api.outcome(api.send("POST", cart + "/items", owner,
                "{\"productId\": \"" + UUID.randomUUID() + "\", \"quantity\": 1}"), owner).path("reason").asString())
                .isEqualTo("UNKNOWN_PRODUCT");
        assertThat(cart(api, cart, owner, c -> true).path("items")).as("the owner's line survives").hasSize(1);
    }

    static String admin(Launcher shop) {
        return IdentityJourneyIT.identity(shop).signInWithPkce(shop.secrets().adminEmail(),
                shop.secrets().adminPassword()).get("access_token").asString();
    }

    static String productId(ShopClient api, String sku) {
        JsonNode found = await().atMost(PATIENCE).until(() -> catalog(api, "?query=" + sku, null),
                page -> page != null && page.path("items").size() == 1);
        return found.path("items").get(0).path("id").asString();
    }

    private static JsonNode catalog(ShopClient api, String query, String token) {
        HttpResponse<String> response = api.get("/api/v1/catalog/items" + query, token);
        return response.statusCode() == 200 ? ShopClient.json(response.body()) : null;
    }

    static JsonNode cart(ShopClient api, String path, String token, Predicate<JsonNode> ready) {
        return await().atMost(PATIENCE).until(() -> {
            HttpResponse<String> response = api.get(path, token);
            return response.statusCode() == 200 ? ShopClient.json(response.body()) : null;
        }, view -> view != null && ready.test(view));
    }

    static void assertSucceeded(ShopClient api, String token, HttpResponse<String> accepted) {
        JsonNode outcome = api.outcome(accepted, token);
        assertThat(outcome.path("status").asString()).as(outcome.toString()).isEqualTo("SUCCEEDED");
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }
}

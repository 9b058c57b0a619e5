package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The checkout saga through the gateway, every path to its end: confirmed (stock committed, money captured, a
 * mail, the status pushed over the event stream) and shipped; declined, out of stock, timed out (each cancelled
 * with its reason, the stock as it was, a mail); cancelled by the customer after capture (refunded, the stock
 * returned); and a reorder after a decline. Each journey sells items of its own, so their stock is theirs to read.
 * The shop's payment timeout is a few seconds ({@link RunningShop}), so a card that never answers is not waited
 * for through the production default.
 */
@ExtendWith(RunningShop.class)
class CheckoutSagaJourneyIT {

    @Test
    void a_visa_payment_confirms_the_order_live_commits_the_stock_mails_and_ships(Launcher shop) throws Exception {
        Checkouts checkouts = new Checkouts(shop);
        AccountJourneyIT.Newcomer shopper = AccountJourneyIT.Newcomer.registered(shop, checkouts.api, "Visa");
        String product = checkouts.product("12.50", 10);

        try (OwnerEvents events = OwnerEvents.open(shop.settings().shopUrl(), shopper.token())) {
            String order = checkouts.order(shopper.token(), Map.of(product, 2), "tok_visa");

            JsonNode confirmed = checkouts.orderBecomes(order, shopper.token(),
                    view -> view.path("status").asString().equals("CONFIRMED")
                            && view.path("payment").path("status").asString().equals("CAPTURED"));
            assertThat(confirmed.path("total").path("amount").asString()).isEqualTo("25.00");
            assertThat(confirmed.path("timeline").findValuesAsString("status"))
                    .containsExactly("PLACED", "AWAITING_PAYMENT", "CONFIRMED");
            await().atMost(Checkouts.PATIENCE).until(() -> events.announced(order, 4));
        }
        checkouts.stockBecomes(product, 8, 0);
        assertThat(checkouts.mailSubjects(shopper.email(), 2)).contains("Your EventualShop order is confirmed");

        String order = checkouts.api.get("/api/v1/orders", shopper.token()).body();
        String orderId = ShopClient.json(order).get(0).path("orderId").asString();
        // payment-query follows payment-command's domain events: an ADMIN sets the money captured against the order.
        await().atMost(Checkouts.PATIENCE).untilAsserted(() -> {
            JsonNode payments = ShopClient.json(checkouts.api.get("/api/v1/admin/payments?orderId=" + orderId,
                    checkouts.admin).body());
            assertThat(payments).singleElement().satisfies(payment -> {
                assertThat(payment.path("status").asString()).isEqualTo("CAPTURED");
                assertThat(payment.path("captured").path("amount").asString()).isEqualTo("25.00");
            });
        });
        assertThat(checkouts.api.get("/api/v1/admin/payments?orderId=" + orderId, shopper.token()).statusCode())
                .isEqualTo(403);
        assertThat(checkouts.api.send("POST", "/api/v1/orders/" + orderId + "/ship", shopper.token(), null)
                .statusCode()).isEqualTo(403);
        ShoppingJourneyIT.assertSucceeded(checkouts.api, checkouts.admin,
                checkouts.api.send("POST", "/api/v1/orders/" + orderId + "/ship", checkouts.admin, null));
        checkouts.orderIs(orderId, shopper.token(), "SHIPPED");
        assertThat(checkouts.api.outcome(checkouts.api.send("POST", "/api/v1/orders/" + orderId + "/cancel",
                shopper.token(), null), shopper.token()).path("reason").asString()).isEqualTo("ORDER_SHIPPED");
        assertThat(checkouts.mailSubjects(shopper.email(), 3)).contains("Your EventualShop order is on its way");
    }

    @Test
    void a_declined_card_cancels_the_order_gives_the_stock_back_and_the_customer_reorders(Launcher shop) {
        Checkouts checkouts = new Checkouts(shop);
        AccountJourneyIT.Newcomer shopper = AccountJourneyIT.Newcomer.registered(shop, checkouts.api, "Declined");
        String product = checkouts.product("9.90", 5);

        String order = checkouts.order(shopper.token(), Map.of(product, 2), "tok_chargeDeclined");

        JsonNode cancelled = checkouts.orderIs(order, shopper.token(), "CANCELLED");
        assertThat(cancelled.path("cancellationReason").asString()).isEqualTo("PAYMENT_DECLINED");
        assertThat(cancelled.path("payment").path("status").asString()).isEqualTo("DECLINED");
        checkouts.stockBecomes(product, 5, 0);
        assertThat(checkouts.mailSubjects(shopper.email(), 2)).contains("Your EventualShop order was cancelled");
        assertThat(checkouts.api.mail(shopper.email()).stream().map(mail -> mail.path("text").asString()))
                .anySatisfy(text -> assertThat(text).contains("declined"));

        HttpResponse<String> reorder = checkouts.api.send("POST", "/api/v1/orders/" + order + "/reorder",
                shopper.token(), null);
        ShoppingJourneyIT.assertSucceeded(checkouts.api, shopper.token(), reorder);
        String cart = "/api/v1/carts/" + ShopClient.json(reorder.body()).path("resourceId").asString();
        JsonNode refilled = ShoppingJourneyIT.cart(checkouts.api, cart, shopper.token(),
                view -> view.path("items").size() == 1);
        assertThat(refilled.path("items").get(0).path("productId").asString()).isEqualTo(product);
        assertThat(refilled.path("items").get(0).path("quantity").asInt()).isEqualTo(2);
        ShoppingJourneyIT.assertSucceeded(checkouts.api, shopper.token(), checkouts.api.send("PUT",
                cart + "/shipping-address", shopper.token(), Checkouts.ADDRESS));
        ShoppingJourneyIT.assertSucceeded(checkouts.api, shopper.token(), checkouts.api.send("PUT",
                cart + "/payment-method", shopper.token(), "{\"token\": \"tok_visa\"}"));
        String second = checkouts.checkOut(shopper.token(), cart);
        checkouts.orderIs(second, shopper.token(), "CONFIRMED");
        checkouts.stockBecomes(product, 3, 0);
        assertThat(checkouts.orderIs(order, shopper.token(), "CANCELLED").path("reorderedInto").toString())
                .contains(cart.substring(cart.lastIndexOf('/') + 1));
    }

    @Test
    void too_little_stock_cancels_the_order_out_of_stock_and_touches_no_stock(Launcher shop) {
        Checkouts checkouts = new Checkouts(shop);
        AccountJourneyIT.Newcomer shopper = AccountJourneyIT.Newcomer.registered(shop, checkouts.api, "Scarce");
        String scarce = checkouts.product("30.00", 1);
        String plenty = checkouts.product("4.00", 10);

        String order = checkouts.order(shopper.token(), Map.of(scarce, 2, plenty, 1), "tok_visa");

        JsonNode cancelled = checkouts.orderIs(order, shopper.token(), "CANCELLED");
        assertThat(cancelled.path("cancellationReason").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(checkouts.stock(scarce).path("onHand").asLong()).isEqualTo(1);
        assertThat(checkouts.stock(plenty).path("onHand").asLong()).isEqualTo(10);
        assertThat(checkouts.stock(plenty).path("reserved").asLong()).as("all lines or none").isZero();
        assertThat(checkouts.mailSubjects(shopper.email(), 2)).contains("Your EventualShop order was cancelled");
    }

    @Test
    void a_card_that_never_answers_times_out_and_its_stock_comes_back(Launcher shop) {
        Checkouts checkouts = new Checkouts(shop);
        AccountJourneyIT.Newcomer shopper = AccountJourneyIT.Newcomer.registered(shop, checkouts.api, "Silent");
        String product = checkouts.product("7.00", 4);

        String order = checkouts.order(shopper.token(), Map.of(product, 3), "tok_timeout");

        checkouts.orderBecomes(order, shopper.token(), view -> view.path("payment").path("status").asString()
                .equals("PENDING") && view.path("status").asString().equals("AWAITING_PAYMENT"));
        JsonNode cancelled = checkouts.orderBecomes(order, shopper.token(),
                view -> view.path("status").asString().equals("CANCELLED")
                        && view.path("payment").path("status").asString().equals("VOIDED"));
        assertThat(cancelled.path("cancellationReason").asString()).isEqualTo("PAYMENT_TIMEOUT");
        checkouts.stockBecomes(product, 4, 0);
    }

    @Test
    void the_customer_cancels_after_capture_is_refunded_and_the_stock_returned(Launcher shop) {
        Checkouts checkouts = new Checkouts(shop);
        AccountJourneyIT.Newcomer shopper = AccountJourneyIT.Newcomer.registered(shop, checkouts.api, "Regret");
        AccountJourneyIT.Newcomer stranger = AccountJourneyIT.Newcomer.registered(shop, checkouts.api, "Stranger");
        String product = checkouts.product("15.00", 6);
        String order = checkouts.order(shopper.token(), Map.of(product, 2), "tok_visa");
        checkouts.orderBecomes(order, shopper.token(), view -> view.path("payment").path("status").asString()
                .equals("CAPTURED"));
        checkouts.stockBecomes(product, 4, 0);

        assertThat(checkouts.api.get("/api/v1/orders/" + order, stranger.token()).statusCode()).isEqualTo(404);
        assertThat(checkouts.api.outcome(checkouts.api.send("POST", "/api/v1/orders/" + order + "/cancel",
                stranger.token(), null), stranger.token()).path("reason").asString()).isEqualTo("NOT_FOUND");
        ShoppingJourneyIT.assertSucceeded(checkouts.api, shopper.token(), checkouts.api.send("POST",
                "/api/v1/orders/" + order + "/cancel", shopper.token(), null));

        JsonNode cancelled = checkouts.orderBecomes(order, shopper.token(),
                view -> view.path("status").asString().equals("CANCELLED")
                        && view.path("payment").path("status").asString().equals("REFUNDED"));
        assertThat(cancelled.path("cancellationReason").asString()).isEqualTo("CUSTOMER_CANCELLED");
        checkouts.stockBecomes(product, 6, 0);
        List<String> subjects = checkouts.mailSubjects(shopper.email(), 3);
        assertThat(subjects).contains("Your EventualShop order is confirmed", "Your EventualShop order was cancelled");
    }
}

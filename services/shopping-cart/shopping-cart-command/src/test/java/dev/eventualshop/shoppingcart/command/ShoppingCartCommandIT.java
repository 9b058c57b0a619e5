package dev.eventualshop.shoppingcart.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.catalog.v1.CatalogIntegrationEvent;
import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.shoppingcart.ShoppingCartMessages;
import dev.eventualshop.shoppingcart.command.infrastructure.ShoppingCartCommandConfiguration;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * shopping-cart-command on the embedded broker and H2: the price list follows Catalog's integration events on
 * {@code catalog.events}, a customer fills a cart of their own at the list's prices from
 * {@code shoppingcart.commands}, another user finds nothing, a customer has one active cart, and concurrent
 * commands on one cart all land with continuous versions.
 */
class ShoppingCartCommandIT extends ShoppingCartCommandContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().commandServiceProperties("shopping-cart-command-it")
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    @Test
    void a_customer_fills_a_cart_at_the_price_lists_prices() {
        UUID product = productOnSale();
        String alice = customer();
        UUID cart = UUID.randomUUID();

        assertSucceeded(send(new CartCommand.CreateCart(cart, alice)));
        assertSucceeded(send(new CartCommand.AddItem(cart, alice, product, 2, Money.of("0.01", "EUR"), "hacked",
                "Free mug")));
        assertSucceeded(send(new CartCommand.ChangeQuantity(cart, alice, product, 3)));
        assertSucceeded(send(new CartCommand.RemoveItem(cart, alice, product)));
        assertSucceeded(send(new CartCommand.SetShippingAddress(cart, alice, "1 Main St", "Springfield", "12345",
                "DE")));
        assertSucceeded(send(new CartCommand.SetPaymentMethod(cart, alice, "tok_visa")));

        assertThat(eventTypes(cart)).containsExactly("shoppingcart.CartCreated", "shoppingcart.ItemAdded",
                "shoppingcart.ItemQuantityChanged", "shoppingcart.ItemRemoved", "shoppingcart.ShippingAddressSet",
                "shoppingcart.PaymentMethodSet");
        String added = jdbc.queryForObject("select payload from events where stream_id = ? and event_type = ?",
                String.class, cart.toString(), "shoppingcart.ItemAdded");
        assertThat(added).contains("19.99").contains("\"name\":\"Mug\"").doesNotContain("0.01")
                .doesNotContain("hacked").doesNotContain("Free mug");
    }

    @Test
    void the_price_list_ignores_duplicate_and_older_catalog_events() {
        UUID product = productOnSale();
        publishCatalogEvent(product, 3, new CatalogIntegrationEvent.ItemPriceChanged(product, Money.of("25.00", "EUR")));
        awaitPriceListVersion(product, 3);

        publishCatalogEvent(product, 3, new CatalogIntegrationEvent.ItemPriceChanged(product, Money.of("25.00", "EUR")));
        publishCatalogEvent(product, 2, new CatalogIntegrationEvent.ItemDeactivated(product));
        publishCatalogEvent(product, 1, new CatalogIntegrationEvent.ItemListed(product, "other", "Other", null,
                Money.of("1.00", "EUR"), null, false));
        // The queue is ordered: once version 4 is applied, the three before it were handled.
        publishCatalogEvent(product, 4, new CatalogIntegrationEvent.ItemDetailsChanged(product, "Big mug", null, null));
        awaitPriceListVersion(product, 4);

        assertThat(jdbc.queryForMap("select sku, name, amount, currency, active from price_list where product_id = ?",
                product)).containsEntry("NAME", "Big mug").containsEntry("CURRENCY", "EUR")
                .containsEntry("ACTIVE", true).containsEntry("AMOUNT", new BigDecimal("25.00"))
                .doesNotContainEntry("SKU", "other");
    }

    @Test
    void an_unknown_or_inactive_product_cannot_be_added() {
        UUID inactive = UUID.randomUUID();
        publishCatalogEvent(inactive, 1, new CatalogIntegrationEvent.ItemListed(inactive, "hidden-1", "Hidden",
                null, PRICE, null, false));
        awaitPriceListVersion(inactive, 1);
        String alice = customer();
        UUID cart = UUID.randomUUID();
        assertSucceeded(send(new CartCommand.CreateCart(cart, alice)));

        assertRejected(send(new CartCommand.AddItem(cart, alice, UUID.randomUUID(), 1, PRICE, null, null)),
                "UNKNOWN_PRODUCT");
        assertRejected(send(new CartCommand.AddItem(cart, alice, inactive, 1, PRICE, null, null)), "UNKNOWN_PRODUCT");
        assertThat(eventTypes(cart)).containsExactly("shoppingcart.CartCreated");
    }

    @Test
    void another_users_command_finds_nothing_and_stores_nothing() {
        UUID product = productOnSale();
        String alice = customer();
        String mallory = customer();
        UUID cart = UUID.randomUUID();
        assertSucceeded(send(new CartCommand.CreateCart(cart, alice)));

        UUID add = send(new CartCommand.AddItem(cart, mallory, product, 1, null, null, null));
        UUID discard = send(new CartCommand.DiscardCart(cart, mallory));

        assertRejected(add, "NOT_FOUND");
        assertRejected(discard, "NOT_FOUND");
        assertThat(eventTypes(cart)).containsExactly("shoppingcart.CartCreated");
        assertThat(jdbc.queryForObject("select count(*) from commands where command_id in (?, ?) and outcome = ?",
                Integer.class, add, discard, "REJECTED")).isEqualTo(2);
    }

    @Test
    void a_customer_has_one_active_cart_until_they_discard_it() {
        String alice = customer();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        assertSucceeded(send(new CartCommand.CreateCart(first, alice)));

        assertRejected(send(new CartCommand.CreateCart(second, alice)), "ACTIVE_CART_EXISTS");
        assertThat(eventTypes(second)).isEmpty();
        assertRejected(send(new CartCommand.CreateCart(first, alice)), "CART_EXISTS");

        assertSucceeded(send(new CartCommand.DiscardCart(first, alice)));
        assertRejected(send(new CartCommand.SetPaymentMethod(first, alice, "tok_visa")), "CART_DISCARDED");
        assertSucceeded(send(new CartCommand.CreateCart(second, alice)));
        assertSucceeded(send(new CartCommand.CreateCart(UUID.randomUUID(), customer())));
    }

    @Test
    void ten_concurrent_adds_to_one_cart_all_land_with_continuous_versions() throws Exception {
        List<UUID> products = IntStream.range(0, 10).mapToObj(i -> productOnSale()).toList();
        String alice = customer();
        UUID cart = UUID.randomUUID();
        assertSucceeded(send(new CartCommand.CreateCart(cart, alice)));

        List<UUID> commands;
        try (ExecutorService senders = Executors.newFixedThreadPool(10)) {
            List<Future<UUID>> sent = products.stream().map(product -> senders.submit(
                    () -> send(new CartCommand.AddItem(cart, alice, product, 1, null, null, null)))).toList();
            commands = sent.stream().map(ShoppingCartCommandIT::get).toList();
        }

        commands.forEach(this::assertSucceeded);
        assertThat(versions(cart)).containsExactlyElementsOf(LongStream.rangeClosed(1, 11).boxed().toList());
        assertThat(eventTypes(cart)).filteredOn("shoppingcart.ItemAdded"::equals).hasSize(10);
    }

    @Test
    void a_long_cart_stream_is_snapshotted_and_decided_from_its_snapshot_as_from_its_history() {
        UUID kept = productOnSale();
        UUID changed = productOnSale();
        String alice = customer();
        UUID cart = UUID.randomUUID();
        assertSucceeded(send(new CartCommand.CreateCart(cart, alice)));
        assertSucceeded(send(new CartCommand.AddItem(cart, alice, kept, 1, null, null, null)));
        assertSucceeded(send(new CartCommand.SetPaymentMethod(cart, alice, "tok_visa")));
        assertSucceeded(send(new CartCommand.AddItem(cart, alice, changed, 1, null, null, null)));
        for (int i = 0; i < ShoppingCartCommandConfiguration.SNAPSHOT_EVERY; i++) {
            assertSucceeded(send(new CartCommand.ChangeQuantity(cart, alice, changed, i % 9 + 2)));
        }
        assertThat(jdbc.queryForObject("select count(*) from snapshots where stream_type = ? and stream_id = ?",
                Integer.class, ShoppingCartMessages.CART_STREAM, cart.toString())).isEqualTo(1);

        // Owner, lines and the rest of the state come back from the snapshot.
        assertRejected(send(new CartCommand.RemoveItem(cart, customer(), kept)), "NOT_FOUND");
        assertSucceeded(send(new CartCommand.RemoveItem(cart, alice, kept)));
        assertRejected(send(new CartCommand.ChangeQuantity(cart, alice, kept, 2)), "NOT_FOUND");
        assertSucceeded(send(new CartCommand.ChangeQuantity(cart, alice, changed, 7)));
        assertThat(versions(cart)).containsExactlyElementsOf(
                LongStream.rangeClosed(1, ShoppingCartCommandConfiguration.SNAPSHOT_EVERY + 6L).boxed().toList());
    }

    @Test
    void a_confirmed_customer_checks_out_at_the_current_prices_and_may_open_a_new_cart() {
        UUID product = productOnSale();
        String alice = confirmedCustomer();
        UUID cart = readyCart(alice, product, 2);
        publishCatalogEvent(product, 3, new CatalogIntegrationEvent.ItemPriceChanged(product, Money.of("25.00", "EUR")));
        awaitPriceListVersion(product, 3);

        UUID checkout = send(new CartCommand.CheckOutCart(cart, alice,
                List.of(new CartCommand.CheckOutCart.LinePrice(product, Money.of("0.01", "EUR"), "x", "x")), false));

        assertSucceeded(checkout);
        assertThat(outcome(checkout).aggregateVersion()).isEqualTo(5);
        String checkedOut = jdbc.queryForObject("select payload from events where stream_id = ? and event_type = ?",
                String.class, cart.toString(), "shoppingcart.CartCheckedOut");
        assertThat(checkedOut).contains("\"orderId\":\"" + Ids.orderId(cart) + "\"").contains("\"amount\":25.00")
                .contains("\"amount\":50.00").doesNotContain("0.01");
        List<Message> published = publishedIntegrationEvents(messages -> !messages.isEmpty());
        assertThat(published).hasSize(1);
        assertThat(published.getFirst().getMessageProperties().getType()).isEqualTo("shoppingcart.v1.CartCheckedOut");
        String integration = new String(published.getFirst().getBody(), StandardCharsets.UTF_8);
        assertThat(integration).contains("\"orderId\":\"" + Ids.orderId(cart) + "\"")
                .contains("\"customerId\":\"" + alice + "\"").contains("\"paymentToken\":\"tok_visa\"")
                .contains("\"amount\":50.00").contains("\"city\":\"Springfield\"");
        assertRejected(send(new CartCommand.ChangeQuantity(cart, alice, product, 3)), "CART_CHECKED_OUT");
        assertSucceeded(send(new CartCommand.CreateCart(UUID.randomUUID(), alice)));
    }

    @Test
    void a_customer_who_has_not_confirmed_their_email_cannot_check_out_and_nothing_is_stored() {
        UUID product = productOnSale();
        String bob = customer();
        UUID cart = readyCart(bob, product, 1);

        assertRejected(send(new CartCommand.CheckOutCart(cart, bob, List.of(), true)), "EMAIL_NOT_CONFIRMED");

        assertThat(eventTypes(cart)).doesNotContain("shoppingcart.CartCheckedOut").hasSize(4);
        assertRejected(send(new CartCommand.CreateCart(UUID.randomUUID(), bob)), "ACTIVE_CART_EXISTS");
    }

    /** A new cart of {@code customer}'s with {@code quantity} of {@code product}, an address and a payment method. */
    private UUID readyCart(String customer, UUID product, int quantity) {
        UUID cart = UUID.randomUUID();
        assertSucceeded(send(new CartCommand.CreateCart(cart, customer)));
        assertSucceeded(send(new CartCommand.AddItem(cart, customer, product, quantity, null, null, null)));
        assertSucceeded(send(new CartCommand.SetShippingAddress(cart, customer, "1 Main St", "Springfield", "12345",
                "DE")));
        assertSucceeded(send(new CartCommand.SetPaymentMethod(cart, customer, "tok_visa")));
        return cart;
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.eventualshop.shoppingcart.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.decider.test.DeciderSpec;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import dev.eventualshop.shoppingcart.internal.CartEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartDeciderTest {

    static final UUID CART = UUID.fromString("0c5b1a2e-3d4f-4a6b-8c7d-9e0f1a2b3c4d");
    static final String ALICE = "7a1e5b0c-2d3f-4e5a-9b8c-1d2e3f4a5b6c";
    static final String MALLORY = "3f2e1d0c-9b8a-4765-8432-10fedcba9876";
    static final UUID MUG = UUID.fromString("5b8e2f1a-7c3d-4e5f-8a9b-0c1d2e3f4a5b");
    static final UUID TEA = UUID.fromString("6c9f3a2b-8d4e-4f60-9bac-1d2e3f4a5b6c");
    static final Money PRICE = Money.of("19.99", "EUR");

    static final CartEvent.CartCreated CREATED = new CartEvent.CartCreated(CART, ALICE);
    static final CartEvent.ItemAdded MUG_ADDED = new CartEvent.ItemAdded(CART, MUG, "mug-01", "Mug", PRICE, 2);
    static final CartEvent.CartDiscarded DISCARDED = new CartEvent.CartDiscarded(CART, ALICE);

    final DeciderSpec<CartCommand, Cart, CartEvent> cart = DeciderSpec.of(new CartDecider());

    static CartCommand.AddItem add(String issuer, UUID product, int quantity, Money price) {
        return new CartCommand.AddItem(CART, issuer, product, quantity, price, "sku-" + product, "Product");
    }

    static CartCommand.AddItem add(UUID product, int quantity) {
        return add(ALICE, product, quantity, PRICE);
    }

    static CartCommand.SetShippingAddress address(String street, String city, String postalCode, String country) {
        return new CartCommand.SetShippingAddress(CART, ALICE, street, city, postalCode, country);
    }

    @Test
    void a_customer_creates_a_cart_of_their_own() {
        cart.given().when(new CartCommand.CreateCart(CART, ALICE)).then(CREATED)
                .thenState(state -> assertThat(((Cart.Active) state).customerId()).isEqualTo(ALICE));
    }

    @Test
    void a_cart_id_is_created_once_even_after_discard() {
        cart.given(CREATED).when(new CartCommand.CreateCart(CART, ALICE)).thenRejects("CART_EXISTS");
        cart.given(CREATED, DISCARDED).when(new CartCommand.CreateCart(CART, ALICE)).thenRejects("CART_EXISTS");
    }

    @Test
    void a_cart_needs_a_customer() {
        cart.given().when(new CartCommand.CreateCart(CART, " ")).thenRejects("INVALID");
        cart.given().when(new CartCommand.CreateCart(CART, null)).thenRejects("INVALID");
    }

    @Test
    void another_users_command_finds_nothing_as_a_missing_cart_does() {
        cart.given(CREATED).when(add(MALLORY, MUG, 1, PRICE)).thenRejects("NOT_FOUND");
        cart.given(CREATED, MUG_ADDED).when(new CartCommand.RemoveItem(CART, MALLORY, MUG)).thenRejects("NOT_FOUND");
        cart.given(CREATED).when(new CartCommand.DiscardCart(CART, MALLORY)).thenRejects("NOT_FOUND");
        cart.given(CREATED, DISCARDED).when(new CartCommand.DiscardCart(CART, MALLORY)).thenRejects("NOT_FOUND");
        cart.given().when(add(MUG, 1)).thenRejects("NOT_FOUND");
        cart.given().when(new CartCommand.SetPaymentMethod(CART, ALICE, "tok_visa")).thenRejects("NOT_FOUND");
    }

    @Test
    void a_discarded_cart_takes_no_command() {
        cart.given(CREATED).when(new CartCommand.DiscardCart(CART, ALICE)).then(DISCARDED)
                .thenState(state -> assertThat(state).isInstanceOf(Cart.Discarded.class));
        cart.given(CREATED, DISCARDED).when(add(MUG, 1)).thenRejects("CART_DISCARDED");
        cart.given(CREATED, DISCARDED).when(new CartCommand.DiscardCart(CART, ALICE)).thenRejects("CART_DISCARDED");
    }

    @Test
    void an_item_is_added_at_the_price_it_arrived_with() {
        cart.given(CREATED).when(new CartCommand.AddItem(CART, ALICE, MUG, 2, PRICE, "mug-01", "Mug"))
                .then(MUG_ADDED);
    }

    @Test
    void an_item_without_a_price_is_an_unknown_product() {
        cart.given(CREATED).when(add(ALICE, MUG, 1, null)).thenRejects("UNKNOWN_PRODUCT");
    }

    @Test
    void a_quantity_is_1_to_99() {
        cart.given(CREATED).when(add(MUG, 0)).thenRejects("INVALID");
        cart.given(CREATED).when(add(MUG, -1)).thenRejects("INVALID");
        cart.given(CREATED).when(add(MUG, 100)).thenRejects("INVALID");
        cart.given(CREATED).when(add(null, 1)).thenRejects("INVALID");
        cart.given(CREATED).when(add(MUG, 99)).then(new CartEvent.ItemAdded(CART, MUG, "sku-" + MUG, "Product",
                PRICE, 99));
        cart.given(CREATED, MUG_ADDED).when(new CartCommand.ChangeQuantity(CART, ALICE, MUG, 0)).thenRejects("INVALID");
        cart.given(CREATED, MUG_ADDED).when(new CartCommand.ChangeQuantity(CART, ALICE, MUG, 100))
                .thenRejects("INVALID");
    }

    @Test
    void adding_a_product_the_cart_has_adds_to_its_line_up_to_99() {
        cart.given(CREATED, MUG_ADDED).when(add(MUG, 3)).then(new CartEvent.ItemQuantityChanged(CART, MUG, 5))
                .thenState(state -> assertThat(((Cart.Active) state).lines().get(MUG).quantity()).isEqualTo(5));
        cart.given(CREATED, MUG_ADDED).when(add(MUG, 97)).then(new CartEvent.ItemQuantityChanged(CART, MUG, 99));
        cart.given(CREATED, MUG_ADDED).when(add(MUG, 98)).thenRejects("QUANTITY_LIMIT");
    }

    @Test
    void a_cart_holds_at_most_50_lines() {
        List<CartEvent> fifty = new ArrayList<>(List.of(CREATED));
        for (int line = 0; line < 50; line++) {
            fifty.add(new CartEvent.ItemAdded(CART, UUID.randomUUID(), "sku", "Product", PRICE, 1));
        }
        cart.given(fifty).when(add(TEA, 1)).thenRejects("LINE_LIMIT");
        cart.given(fifty.subList(0, 50)).when(add(TEA, 1))
                .then(new CartEvent.ItemAdded(CART, TEA, "sku-" + TEA, "Product", PRICE, 1));
    }

    @Test
    void every_line_of_a_cart_is_in_one_currency() {
        cart.given(CREATED, MUG_ADDED).when(add(ALICE, TEA, 1, Money.of("5.00", "USD")))
                .thenRejects("CURRENCY_MISMATCH");
        cart.given(CREATED, MUG_ADDED, new CartEvent.ItemRemoved(CART, MUG))
                .when(add(ALICE, TEA, 1, Money.of("5.00", "USD")))
                .then(new CartEvent.ItemAdded(CART, TEA, "sku-" + TEA, "Product", Money.of("5.00", "USD"), 1));
    }

    @Test
    void a_line_is_changed_or_removed_only_if_the_cart_has_it() {
        cart.given(CREATED, MUG_ADDED).when(new CartCommand.ChangeQuantity(CART, ALICE, MUG, 7))
                .then(new CartEvent.ItemQuantityChanged(CART, MUG, 7));
        cart.given(CREATED, MUG_ADDED).when(new CartCommand.ChangeQuantity(CART, ALICE, MUG, 2)).thenNothing();
        cart.given(CREATED, MUG_ADDED).when(new CartCommand.ChangeQuantity(CART, ALICE, TEA, 2))
                .thenRejects("NOT_FOUND");
        cart.given(CREATED, MUG_ADDED).when(new CartCommand.RemoveItem(CART, ALICE, MUG))
                .then(new CartEvent.ItemRemoved(CART, MUG))
                .thenState(state -> assertThat(((Cart.Active) state).lines()).isEmpty());
        cart.given(CREATED, MUG_ADDED).when(new CartCommand.RemoveItem(CART, ALICE, TEA)).thenRejects("NOT_FOUND");
        cart.given(CREATED, MUG_ADDED, new CartEvent.ItemRemoved(CART, MUG))
                .when(new CartCommand.RemoveItem(CART, ALICE, MUG)).thenRejects("NOT_FOUND");
    }

    @Test
    void a_shipping_address_has_every_field_within_200_characters_and_an_iso_country() {
        cart.given(CREATED).when(address("1 Main St", "Springfield", "12345", "DE"))
                .then(new CartEvent.ShippingAddressSet(CART, "1 Main St", "Springfield", "12345", "DE"));
        cart.given(CREATED).when(address("S".repeat(200), "C", "P", "FR"))
                .then(new CartEvent.ShippingAddressSet(CART, "S".repeat(200), "C", "P", "FR"));
        cart.given(CREATED).when(address("S".repeat(201), "C", "P", "FR")).thenRejects("INVALID");
        cart.given(CREATED).when(address(" ", "C", "P", "FR")).thenRejects("INVALID");
        cart.given(CREATED).when(address("S", null, "P", "FR")).thenRejects("INVALID");
        cart.given(CREATED).when(address("S", "C", "", "FR")).thenRejects("INVALID");
        cart.given(CREATED).when(address("S", "C", "P", "de")).thenRejects("INVALID");
        cart.given(CREATED).when(address("S", "C", "P", "DEU")).thenRejects("INVALID");
        cart.given(CREATED).when(address("S", "C", "P", "XX")).thenRejects("INVALID");
        cart.given(CREATED).when(address("S", "C", "P", null)).thenRejects("INVALID");
    }

    @Test
    void a_payment_method_is_a_provider_token() {
        cart.given(CREATED).when(new CartCommand.SetPaymentMethod(CART, ALICE, "tok_visa"))
                .then(new CartEvent.PaymentMethodSet(CART, "tok_visa"));
        cart.given(CREATED, new CartEvent.PaymentMethodSet(CART, "tok_visa"))
                .when(new CartCommand.SetPaymentMethod(CART, ALICE, "tok_visa")).thenNothing();
        for (String bad : new String[] {"4242424242424242", "tok_", "tok_" + "a".repeat(61), "tok-visa",
                "tok_visa\n", "TOK_visa", null}) {
            cart.given(CREATED).when(new CartCommand.SetPaymentMethod(CART, ALICE, bad)).thenRejects("INVALID");
        }
        cart.given(CREATED).when(new CartCommand.SetPaymentMethod(CART, ALICE, "tok_" + "a".repeat(60)))
                .then(new CartEvent.PaymentMethodSet(CART, "tok_" + "a".repeat(60)));
    }

    static CartCommand.CreateCartFromOrder.Item item(UUID product, int quantity, Money price) {
        return new CartCommand.CreateCartFromOrder.Item(product, quantity, price, price == null ? null : "mug-01",
                price == null ? null : "Mug");
    }

    @Test
    void a_reorder_opens_a_cart_with_the_lines_still_on_sale_at_their_current_prices() {
        UUID order = UUID.randomUUID();
        cart.given().when(new CartCommand.CreateCartFromOrder(CART, ALICE, order, List.of(item(MUG, 2, PRICE),
                        item(TEA, 1, null), item(MUG, 5, PRICE))))
                .then(CREATED, MUG_ADDED)
                .thenState(state -> assertThat(((Cart.Active) state).lines()).containsOnlyKeys(MUG));
    }

    @Test
    void a_reorder_keeps_the_carts_rules() {
        UUID order = UUID.randomUUID();
        cart.given().when(new CartCommand.CreateCartFromOrder(CART, ALICE, order, List.of(item(MUG, 500, PRICE))))
                .then(CREATED, new CartEvent.ItemAdded(CART, MUG, "mug-01", "Mug", PRICE, CartDecider.MAX_QUANTITY));
        cart.given(CREATED).when(new CartCommand.CreateCartFromOrder(CART, ALICE, order, List.of()))
                .thenRejects("CART_EXISTS");
        cart.given().when(new CartCommand.CreateCartFromOrder(CART, ALICE, null, List.of())).thenRejects("INVALID");
    }
}

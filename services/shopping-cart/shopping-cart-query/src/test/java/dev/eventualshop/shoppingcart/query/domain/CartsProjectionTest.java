package dev.eventualshop.shoppingcart.query.domain;

import static dev.eventualshop.projection.ProjectionRunner.Outcome.APPLIED;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.DUPLICATE;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.WAITING;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.projection.test.ProjectionSpec;
import dev.eventualshop.shoppingcart.internal.CartEvent;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartsProjectionTest {

    static final UUID CART = UUID.fromString("0b6f2c1e-3d4a-4e5b-8c6d-7e8f9a0b1c2d");
    static final String ADA = "3f2b8c1e-6d4a-4e0b-9a7c-1b2d3e4f5a60";
    static final UUID MUG = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    static final UUID TEA = UUID.fromString("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");

    final ProjectionSpec<CartView> carts = ProjectionSpec.of(new CartsProjection()).onStream(CART.toString());

    final CartEvent.CartCreated created = new CartEvent.CartCreated(CART, ADA);
    final CartEvent.ItemAdded mug = new CartEvent.ItemAdded(CART, MUG, "MUG-1", "Mug", Money.of("12.50", "EUR"), 2);
    final CartEvent.ItemAdded tea = new CartEvent.ItemAdded(CART, TEA, "TEA-1", "Tea", Money.of("4", "EUR"), 1);
    final CartEvent.ItemQuantityChanged threeMugs = new CartEvent.ItemQuantityChanged(CART, MUG, 3);
    final CartEvent.ShippingAddressSet address =
            new CartEvent.ShippingAddressSet(CART, "1 Main St", "Springfield", "12345", "DE");
    final CartEvent.PaymentMethodSet visa = new CartEvent.PaymentMethodSet(CART, "tok_visa");

    static CartView.Line line(CartEvent.ItemAdded added, int quantity) {
        return new CartView.Line(added.productId(), added.sku(), added.name(), added.unitPrice(), quantity);
    }

    static CartView cart(CartView.Status status, List<CartView.Line> lines, CartView.Address address, String token) {
        return new CartView(CART, ADA, status, lines, address, token);
    }

    @Test
    void a_created_cart_is_its_customers_active_and_empty_cart() {
        carts.given().when(created)
                .then(cart(CartView.Status.ACTIVE, List.of(), null, null))
                .thenOwners(ADA).thenVersion(1);
    }

    @Test
    void items_are_added_changed_and_removed_at_the_price_they_were_added_with() {
        carts.given(created, mug, tea).when(threeMugs, new CartEvent.ItemRemoved(CART, TEA))
                .then(cart(CartView.Status.ACTIVE, List.of(line(mug, 3)), null, null))
                .thenVersion(5).thenAnnounced(4L, 5L);
    }

    @Test
    void the_shipping_address_and_the_payment_token_are_kept() {
        carts.given(created, mug).when(address, visa)
                .then(cart(CartView.Status.ACTIVE, List.of(line(mug, 2)),
                        new CartView.Address("1 Main St", "Springfield", "12345", "DE"), "tok_visa"));
    }

    @Test
    void a_discarded_cart_stays_readable_but_is_no_longer_active() {
        carts.given(created, mug).when(new CartEvent.CartDiscarded(CART, ADA))
                .then(cart(CartView.Status.DISCARDED, List.of(line(mug, 2)), null, null)).thenOwners(ADA);
    }

    @Test
    void a_checked_out_cart_keeps_the_prices_of_the_checkout_and_is_no_longer_active() {
        Money newPrice = Money.of("14.00", "EUR");
        CartEvent.CartCheckedOut checkedOut = new CartEvent.CartCheckedOut(CART, ADA, UUID.randomUUID(),
                List.of(new CartEvent.CheckedOutLine(MUG, "MUG-1", "Mug", newPrice, 2, Money.of("28.00", "EUR"))),
                Money.of("28.00", "EUR"), "1 Main St", "Springfield", "12345", "DE", "tok_visa");

        carts.given(created, mug, address, visa).when(checkedOut)
                .then(cart(CartView.Status.CHECKED_OUT,
                        List.of(new CartView.Line(MUG, "MUG-1", "Mug", newPrice, 2)),
                        new CartView.Address("1 Main St", "Springfield", "12345", "DE"), "tok_visa"))
                .thenOwners(ADA).thenVersion(5);
        carts.given(created, mug, address, visa, checkedOut).when(carts.at(5, checkedOut))
                .thenOutcomes(DUPLICATE).thenVersion(5);
    }

    @Test
    void a_duplicate_event_changes_nothing() {
        carts.given(created, mug, threeMugs).when(carts.at(2, mug), carts.at(1, created))
                .thenOutcomes(DUPLICATE, DUPLICATE)
                .then(cart(CartView.Status.ACTIVE, List.of(line(mug, 3)), null, null)).thenVersion(3);
    }

    @Test
    void an_event_ahead_of_its_predecessors_waits_for_them_and_then_applies_in_order() {
        carts.given(created).when(carts.at(3, threeMugs), carts.at(2, mug))
                .thenOutcomes(WAITING, APPLIED)
                .then(cart(CartView.Status.ACTIVE, List.of(line(mug, 3)), null, null))
                .thenVersion(3).thenWaiting();
    }

    @Test
    void events_before_the_cart_was_created_wait_and_nobody_reads_a_cart_meanwhile() {
        carts.given().when(carts.at(2, mug), carts.at(3, visa))
                .thenOutcomes(WAITING, WAITING).thenNoView().thenWaiting(2L, 3L);
        carts.given(carts.at(2, mug)).when(carts.at(1, created))
                .thenOutcomes(APPLIED)
                .then(cart(CartView.Status.ACTIVE, List.of(line(mug, 2)), null, null)).thenVersion(2);
    }
}

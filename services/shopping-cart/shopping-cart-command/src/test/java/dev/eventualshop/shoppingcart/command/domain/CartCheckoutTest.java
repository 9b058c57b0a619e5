package dev.eventualshop.shoppingcart.command.domain;

import static dev.eventualshop.shoppingcart.command.domain.CartDeciderTest.ALICE;
import static dev.eventualshop.shoppingcart.command.domain.CartDeciderTest.CART;
import static dev.eventualshop.shoppingcart.command.domain.CartDeciderTest.CREATED;
import static dev.eventualshop.shoppingcart.command.domain.CartDeciderTest.DISCARDED;
import static dev.eventualshop.shoppingcart.command.domain.CartDeciderTest.MALLORY;
import static dev.eventualshop.shoppingcart.command.domain.CartDeciderTest.MUG;
import static dev.eventualshop.shoppingcart.command.domain.CartDeciderTest.MUG_ADDED;
import static dev.eventualshop.shoppingcart.command.domain.CartDeciderTest.TEA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.decider.test.DeciderSpec;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import dev.eventualshop.shoppingcart.commands.CartCommand.CheckOutCart.LinePrice;
import dev.eventualshop.shoppingcart.internal.CartEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class CartCheckoutTest {

    static final CartEvent.ItemAdded TEA_ADDED =
            new CartEvent.ItemAdded(CART, TEA, "tea-01", "Tea", Money.of("4.00", "EUR"), 3);
    static final CartEvent.ShippingAddressSet ADDRESS =
            new CartEvent.ShippingAddressSet(CART, "1 Main St", "Springfield", "12345", "DE");
    static final CartEvent.PaymentMethodSet VISA = new CartEvent.PaymentMethodSet(CART, "tok_visa");
    static final LinePrice MUG_NOW = new LinePrice(MUG, Money.of("21.00", "EUR"), "mug-01", "Stoneware mug");
    static final LinePrice TEA_NOW = new LinePrice(TEA, Money.of("4.00", "EUR"), "tea-01", "Tea");

    final DeciderSpec<CartCommand, Cart, CartEvent> cart = DeciderSpec.of(new CartDecider());

    static CartCommand.CheckOutCart checkout(String issuer, boolean emailConfirmed, LinePrice... prices) {
        return new CartCommand.CheckOutCart(CART, issuer, List.of(prices), emailConfirmed);
    }

    @Test
    void a_ready_cart_becomes_an_order_at_the_current_prices() {
        cart.given(CREATED, MUG_ADDED, TEA_ADDED, ADDRESS, VISA).when(checkout(ALICE, true, MUG_NOW, TEA_NOW))
                .then(new CartEvent.CartCheckedOut(CART, ALICE, Ids.orderId(CART), List.of(
                        new CartEvent.CheckedOutLine(MUG, "mug-01", "Stoneware mug", Money.of("21.00", "EUR"), 2,
                                Money.of("42.00", "EUR")),
                        new CartEvent.CheckedOutLine(TEA, "tea-01", "Tea", Money.of("4.00", "EUR"), 3,
                                Money.of("12.00", "EUR"))),
                        Money.of("54.00", "EUR"), "1 Main St", "Springfield", "12345", "DE", "tok_visa"))
                .thenState(state -> assertThat(state).isEqualTo(new Cart.CheckedOut(CART, ALICE, Ids.orderId(CART))));
    }

    @Test
    void a_customer_whose_email_is_not_confirmed_cannot_check_out() {
        cart.given(CREATED, MUG_ADDED, ADDRESS, VISA).when(checkout(ALICE, false, MUG_NOW))
                .thenRejects("EMAIL_NOT_CONFIRMED");
    }

    @Test
    void a_cart_needs_lines_an_address_and_a_payment_method() {
        cart.given(CREATED, ADDRESS, VISA).when(checkout(ALICE, true)).thenRejects("EMPTY_CART");
        cart.given(CREATED, MUG_ADDED, VISA).when(checkout(ALICE, true, MUG_NOW)).thenRejects("NO_SHIPPING_ADDRESS");
        cart.given(CREATED, MUG_ADDED, ADDRESS).when(checkout(ALICE, true, MUG_NOW)).thenRejects("NO_PAYMENT_METHOD");
    }

    @Test
    void a_product_no_longer_on_sale_or_a_line_without_a_price_stops_the_checkout() {
        cart.given(CREATED, MUG_ADDED, ADDRESS, VISA).when(checkout(ALICE, true, new LinePrice(MUG, null, null, null)))
                .thenRejects("UNKNOWN_PRODUCT");
        cart.given(CREATED, MUG_ADDED, TEA_ADDED, ADDRESS, VISA).when(checkout(ALICE, true, MUG_NOW))
                .thenRejects("CART_CHANGED");
    }

    @Test
    void another_users_checkout_finds_nothing() {
        cart.given(CREATED, MUG_ADDED, ADDRESS, VISA).when(checkout(MALLORY, true, MUG_NOW)).thenRejects("NOT_FOUND");
        cart.given().when(checkout(ALICE, true, MUG_NOW)).thenRejects("NOT_FOUND");
    }

    @Test
    void a_checked_out_cart_takes_no_command_and_only_its_customer_learns_why() {
        CartEvent.CartCheckedOut checkedOut = new CartEvent.CartCheckedOut(CART, ALICE, Ids.orderId(CART),
                List.of(new CartEvent.CheckedOutLine(MUG, "mug-01", "Mug", Money.of("19.99", "EUR"), 2,
                        Money.of("39.98", "EUR"))), Money.of("39.98", "EUR"), "1 Main St", "Springfield", "12345",
                "DE", "tok_visa");
        cart.given(CREATED, MUG_ADDED, ADDRESS, VISA, checkedOut).when(checkout(ALICE, true, MUG_NOW))
                .thenRejects("CART_CHECKED_OUT");
        cart.given(CREATED, MUG_ADDED, ADDRESS, VISA, checkedOut)
                .when(new CartCommand.ChangeQuantity(CART, ALICE, MUG, 3)).thenRejects("CART_CHECKED_OUT");
        cart.given(CREATED, MUG_ADDED, ADDRESS, VISA, checkedOut).when(checkout(MALLORY, true, MUG_NOW))
                .thenRejects("NOT_FOUND");
        cart.given(CREATED, DISCARDED).when(checkout(ALICE, true, MUG_NOW)).thenRejects("CART_DISCARDED");
    }
}

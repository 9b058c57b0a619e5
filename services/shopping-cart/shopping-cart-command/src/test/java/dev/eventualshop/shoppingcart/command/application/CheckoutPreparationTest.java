package dev.eventualshop.shoppingcart.command.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import dev.eventualshop.shoppingcart.commands.CartCommand.CheckOutCart.LinePrice;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckoutPreparationTest {

    static final UUID CART = UUID.randomUUID();
    static final UUID MUG = UUID.randomUUID();
    static final UUID HIDDEN = UUID.randomUUID();
    static final Money PRICE = Money.of("19.99", "EUR");

    final Map<UUID, PriceList.Entry> entries = Map.of(
            MUG, new PriceList.Entry(MUG, "mug-01", "Mug", PRICE, true),
            HIDDEN, new PriceList.Entry(HIDDEN, "hidden-01", "Hidden", PRICE, false));
    final CheckoutPreparation preparation = new CheckoutPreparation(cart -> cart.equals(CART) ? Set.of(MUG, HIDDEN)
            : Set.of(), product -> Optional.ofNullable(entries.get(product)), "alice"::equals);

    @Test
    void a_checkout_gets_the_current_price_of_each_product_in_the_cart_and_the_customers_confirmation() {
        CartCommand.CheckOutCart sent = new CartCommand.CheckOutCart(CART, "alice",
                List.of(new LinePrice(MUG, Money.of("0.01", "EUR"), "x", "x")), false);

        CartCommand.CheckOutCart prepared = (CartCommand.CheckOutCart) preparation.prepare(sent);

        assertThat(prepared.emailConfirmed()).isTrue();
        assertThat(prepared.prices()).containsExactlyInAnyOrder(new LinePrice(MUG, PRICE, "mug-01", "Mug"),
                new LinePrice(HIDDEN, null, null, null));
    }

    @Test
    void a_customer_without_a_confirmed_email_is_said_so_whatever_the_message_claimed() {
        CartCommand.CheckOutCart prepared = (CartCommand.CheckOutCart) preparation.prepare(
                new CartCommand.CheckOutCart(CART, "bob", List.of(), true));

        assertThat(prepared.emailConfirmed()).isFalse();
    }

    @Test
    void other_commands_pass_unchanged() {
        CartCommand.DiscardCart discard = new CartCommand.DiscardCart(CART, "alice");
        assertThat(preparation.prepare(discard)).isSameAs(discard);
    }
}

package dev.eventualshop.shoppingcart.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.messaging.testing.RealRabbit;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The smoke test on this machine's real RabbitMQ (a virtual host of its own): the price list takes a product from
 * {@code catalog.events}, a customer adds it to a new cart at its listed price, and a second cart of theirs is
 * REJECTED(ACTIVE_CART_EXISTS).
 */
class ShoppingCartCommandRabbitIT extends ShoppingCartCommandContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        RealRabbit.register(registry, "shopping-cart-command");
        database(registry, "shopping-cart-command-rabbit-it");
    }

    @Test
    void a_customer_adds_a_listed_product_to_their_one_cart() {
        UUID product = productOnSale();
        String alice = customer();
        UUID cart = UUID.randomUUID();

        assertSucceeded(send(new CartCommand.CreateCart(cart, alice)));
        assertSucceeded(send(new CartCommand.AddItem(cart, alice, product, 2, null, null, null)));
        assertRejected(send(new CartCommand.CreateCart(UUID.randomUUID(), alice)), "ACTIVE_CART_EXISTS");

        assertThat(eventTypes(cart)).containsExactly("shoppingcart.CartCreated", "shoppingcart.ItemAdded");
        assertThat(jdbc.queryForObject("select payload from events where stream_id = ? and event_type = ?",
                String.class, cart.toString(), "shoppingcart.ItemAdded")).contains("19.99");
    }
}

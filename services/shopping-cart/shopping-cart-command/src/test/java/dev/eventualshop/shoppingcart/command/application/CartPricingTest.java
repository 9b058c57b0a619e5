package dev.eventualshop.shoppingcart.command.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartPricingTest {

    static final UUID CART = UUID.randomUUID();
    static final UUID MUG = UUID.randomUUID();
    static final UUID HIDDEN = UUID.randomUUID();
    static final Money PRICE = Money.of("19.99", "EUR");

    final Map<UUID, PriceList.Entry> entries = Map.of(
            MUG, new PriceList.Entry(MUG, "mug-01", "Mug", PRICE, true),
            HIDDEN, new PriceList.Entry(HIDDEN, "hidden-01", "Hidden", PRICE, false));
    final CartPricing pricing = new CartPricing(productId -> Optional.ofNullable(entries.get(productId)));

    static CartCommand.AddItem add(UUID product, Money sentPrice) {
        return new CartCommand.AddItem(CART, "alice", product, 2, sentPrice, "sent-sku", "Sent name");
    }

    @Test
    void an_active_product_is_priced_from_the_list_whatever_the_message_said() {
        assertThat(pricing.price(add(MUG, Money.of("0.01", "EUR"))))
                .isEqualTo(new CartCommand.AddItem(CART, "alice", MUG, 2, PRICE, "mug-01", "Mug"));
        assertThat(pricing.price(add(MUG, null)))
                .isEqualTo(new CartCommand.AddItem(CART, "alice", MUG, 2, PRICE, "mug-01", "Mug"));
    }

    @Test
    void an_unknown_or_inactive_product_loses_any_price_it_was_sent_with() {
        UUID unknown = UUID.randomUUID();
        assertThat(pricing.price(add(unknown, PRICE)))
                .isEqualTo(new CartCommand.AddItem(CART, "alice", unknown, 2, null, null, null));
        assertThat(pricing.price(add(HIDDEN, PRICE)))
                .isEqualTo(new CartCommand.AddItem(CART, "alice", HIDDEN, 2, null, null, null));
        assertThat(pricing.price(add(null, PRICE)))
                .isEqualTo(new CartCommand.AddItem(CART, "alice", null, 2, null, null, null));
    }

    @Test
    void a_reorder_is_priced_line_by_line_and_loses_the_price_of_what_is_not_on_sale() {
        UUID order = UUID.randomUUID();
        CartCommand.CreateCartFromOrder reorder = new CartCommand.CreateCartFromOrder(CART, "alice", order, List.of(
                new CartCommand.CreateCartFromOrder.Item(MUG, 2, Money.of("0.01", "EUR"), "sent", "Sent"),
                new CartCommand.CreateCartFromOrder.Item(HIDDEN, 1, PRICE, "hidden-01", "Hidden")));

        assertThat(pricing.price(reorder)).isEqualTo(new CartCommand.CreateCartFromOrder(CART, "alice", order,
                List.of(new CartCommand.CreateCartFromOrder.Item(MUG, 2, PRICE, "mug-01", "Mug"),
                        new CartCommand.CreateCartFromOrder.Item(HIDDEN, 1, null, null, null))));
    }

    @Test
    void other_commands_pass_unchanged() {
        CartCommand.RemoveItem remove = new CartCommand.RemoveItem(CART, "alice", MUG);
        assertThat(pricing.price(remove)).isSameAs(remove);
    }
}

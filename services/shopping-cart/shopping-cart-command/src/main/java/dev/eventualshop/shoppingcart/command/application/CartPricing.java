package dev.eventualshop.shoppingcart.command.application;

import dev.eventualshop.shoppingcart.commands.CartCommand;
import java.util.Optional;
import java.util.UUID;

/**
 * Prices what a customer puts into a cart from the price list, whatever the message said: the price, SKU and name
 * of an active product, or none at all for a product that is unknown or not on sale (the cart then rejects it as
 * {@code UNKNOWN_PRODUCT}, or leaves it out of a reorder). Other commands pass unchanged.
 */
public final class CartPricing {

    private final PriceList prices;

    public CartPricing(PriceList prices) {
        this.prices = prices;
    }

    public Object price(Object command) {
        return switch (command) {
            case CartCommand.AddItem add -> add.productId() == null ? add.priced(null, null, null)
                    : onSale(add.productId())
                            .map(entry -> add.priced(entry.price(), entry.sku(), entry.name()))
                            .orElseGet(() -> add.priced(null, null, null));
            case CartCommand.CreateCartFromOrder reorder -> reorder.priced(reorder.items().stream()
                    .map(item -> onSale(item.productId())
                            .map(entry -> new CartCommand.CreateCartFromOrder.Item(item.productId(), item.quantity(),
                                    entry.price(), entry.sku(), entry.name()))
                            .orElseGet(() -> new CartCommand.CreateCartFromOrder.Item(item.productId(),
                                    item.quantity(), null, null, null)))
                    .toList());
            default -> command;
        };
    }

    private Optional<PriceList.Entry> onSale(UUID productId) {
        return productId == null ? Optional.empty() : prices.find(productId).filter(PriceList.Entry::active);
    }
}

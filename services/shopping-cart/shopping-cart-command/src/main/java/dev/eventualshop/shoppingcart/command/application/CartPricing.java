package dev.eventualshop.shoppingcart.command.application;

import dev.eventualshop.shoppingcart.commands.CartCommand;

/**
 * Prices what a customer puts into a cart from the price list, whatever the message said: the price, SKU and name
 * of an active product, or none at all for a product that is unknown or not on sale (the cart then rejects it as
 * {@code UNKNOWN_PRODUCT}). Other commands pass unchanged.
 */
public final class CartPricing {

    private final PriceList prices;

    public CartPricing(PriceList prices) {
        this.prices = prices;
    }

    public Object price(Object command) {
        if (!(command instanceof CartCommand.AddItem add)) {
            return command;
        }
        return add.productId() == null ? add.priced(null, null, null) : prices.find(add.productId())
                .filter(PriceList.Entry::active)
                .map(entry -> add.priced(entry.price(), entry.sku(), entry.name()))
                .orElseGet(() -> add.priced(null, null, null));
    }
}

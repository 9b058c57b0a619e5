package dev.eventualshop.shoppingcart.command.application;

import dev.eventualshop.shoppingcart.commands.CartCommand;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Completes a checkout with what Shopping Cart knows and a client must not say: the current price of each of the
 * cart's products from the price list (none for a product not on sale) and whether the customer confirmed their
 * email address. The cart's products are read from the cart as it stands; should a line be added before the
 * checkout is decided, the cart finds it unpriced and rejects the checkout as {@code CART_CHANGED}. Other commands
 * pass unchanged.
 */
public final class CheckoutPreparation {

    private final Function<UUID, Set<UUID>> cartProducts;
    private final PriceList prices;
    private final Customers customers;

    /** @param cartProducts the products in a cart's lines (none for a cart that is not open) */
    public CheckoutPreparation(Function<UUID, Set<UUID>> cartProducts, PriceList prices, Customers customers) {
        this.cartProducts = cartProducts;
        this.prices = prices;
        this.customers = customers;
    }

    public Object prepare(Object command) {
        if (!(command instanceof CartCommand.CheckOutCart checkout)) {
            return command;
        }
        if (checkout.cartId() == null || checkout.issuer() == null) {
            return checkout.prepared(List.of(), false);
        }
        List<CartCommand.CheckOutCart.LinePrice> current = cartProducts.apply(checkout.cartId()).stream()
                .map(product -> prices.find(product)
                        .filter(PriceList.Entry::active)
                        .map(entry -> new CartCommand.CheckOutCart.LinePrice(product, entry.price(), entry.sku(),
                                entry.name()))
                        .orElseGet(() -> new CartCommand.CheckOutCart.LinePrice(product, null, null, null)))
                .toList();
        return checkout.prepared(current, customers.emailConfirmed(checkout.issuer()));
    }
}

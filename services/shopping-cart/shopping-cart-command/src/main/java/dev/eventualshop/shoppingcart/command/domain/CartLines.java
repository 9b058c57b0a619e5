package dev.eventualshop.shoppingcart.command.domain;

import dev.eventualshop.decider.Decision;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import dev.eventualshop.shoppingcart.internal.CartEvent;

/**
 * The rules of a cart's lines: 1 to {@value CartDecider#MAX_QUANTITY} of a product per line, at most
 * {@value CartDecider#MAX_LINES} lines, all in one currency; adding a product the cart has adds to its line.
 */
final class CartLines {

    private CartLines() {
    }

    static Decision<CartEvent> add(CartCommand.AddItem add, Cart.Active cart) {
        if (add.productId() == null || !inRange(add.quantity())) {
            return CartDecider.invalid("a line needs a product and a quantity of 1 to " + CartDecider.MAX_QUANTITY);
        }
        if (add.unitPrice() == null) {
            return Decision.reject("UNKNOWN_PRODUCT", "the shop does not sell this product");
        }
        CartLine line = cart.lines().get(add.productId());
        if (line != null) {
            int quantity = line.quantity() + add.quantity();
            return quantity > CartDecider.MAX_QUANTITY
                    ? Decision.reject("QUANTITY_LIMIT", "a line holds at most " + CartDecider.MAX_QUANTITY)
                    : Decision.accept(new CartEvent.ItemQuantityChanged(cart.cartId(), add.productId(), quantity));
        }
        if (cart.lines().size() >= CartDecider.MAX_LINES) {
            return Decision.reject("LINE_LIMIT", "a cart holds at most " + CartDecider.MAX_LINES + " lines");
        }
        String currency = cart.currency();
        if (currency != null && !currency.equals(add.unitPrice().currency())) {
            return Decision.reject("CURRENCY_MISMATCH", "this cart's prices are in " + currency);
        }
        return Decision.accept(new CartEvent.ItemAdded(cart.cartId(), add.productId(), add.sku(), add.name(),
                add.unitPrice(), add.quantity()));
    }

    static Decision<CartEvent> change(CartCommand.ChangeQuantity change, Cart.Active cart) {
        if (!inRange(change.quantity())) {
            return CartDecider.invalid("a quantity is 1 to " + CartDecider.MAX_QUANTITY);
        }
        CartLine line = cart.lines().get(change.productId());
        if (line == null) {
            return CartDecider.notFound();
        }
        return line.quantity() == change.quantity() ? Decision.accept()
                : Decision.accept(new CartEvent.ItemQuantityChanged(cart.cartId(), line.productId(), change.quantity()));
    }

    static Decision<CartEvent> remove(CartCommand.RemoveItem remove, Cart.Active cart) {
        return cart.lines().containsKey(remove.productId())
                ? Decision.accept(new CartEvent.ItemRemoved(cart.cartId(), remove.productId()))
                : CartDecider.notFound();
    }

    private static boolean inRange(int quantity) {
        return quantity >= 1 && quantity <= CartDecider.MAX_QUANTITY;
    }
}

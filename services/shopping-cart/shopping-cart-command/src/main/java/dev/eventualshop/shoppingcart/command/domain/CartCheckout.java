package dev.eventualshop.shoppingcart.command.domain;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.decider.Decision;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import dev.eventualshop.shoppingcart.internal.CartEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of checking a cart out: the customer confirmed their email address, the cart has lines, a shipping
 * address and a payment method, and every product is still on sale. The lines are priced as the command was
 * prepared: each product's current price from the price list, not the price it had when it was added. The order's
 * id is {@link Ids#orderId} of the cart, so a redelivered checkout names the same order.
 */
final class CartCheckout {

    private CartCheckout() {
    }

    static Decision<CartEvent> decide(CartCommand.CheckOutCart checkout, Cart.Active cart) {
        if (!checkout.emailConfirmed()) {
            return Decision.reject("EMAIL_NOT_CONFIRMED", "confirm your email address before you check out");
        }
        if (cart.lines().isEmpty()) {
            return Decision.reject("EMPTY_CART", "the cart has no lines");
        }
        if (cart.address() == null) {
            return Decision.reject("NO_SHIPPING_ADDRESS", "the cart has no shipping address");
        }
        if (cart.paymentToken() == null) {
            return Decision.reject("NO_PAYMENT_METHOD", "the cart has no payment method");
        }
        Map<UUID, CartCommand.CheckOutCart.LinePrice> prices = checkout.prices().stream()
                .collect(Collectors.toMap(CartCommand.CheckOutCart.LinePrice::productId, Function.identity(),
                        (first, second) -> first));
        List<CartEvent.CheckedOutLine> lines = new ArrayList<>();
        Money total = null;
        for (CartLine line : cart.lines().values()) {
            CartCommand.CheckOutCart.LinePrice price = prices.get(line.productId());
            if (price == null) {
                return Decision.reject("CART_CHANGED", "the cart changed while it was checked out; try again");
            }
            if (price.unitPrice() == null) {
                return Decision.reject("UNKNOWN_PRODUCT", "the shop no longer sells " + line.name());
            }
            if (total != null && !total.currency().equals(price.unitPrice().currency())) {
                return Decision.reject("CURRENCY_MISMATCH", "this cart's prices are in " + total.currency());
            }
            Money lineTotal = price.unitPrice().times(line.quantity());
            total = total == null ? lineTotal : total.plus(lineTotal);
            lines.add(new CartEvent.CheckedOutLine(line.productId(), price.sku(), price.name(), price.unitPrice(),
                    line.quantity(), lineTotal));
        }
        Cart.ShippingAddress address = cart.address();
        return Decision.accept(new CartEvent.CartCheckedOut(cart.cartId(), cart.customerId(),
                Ids.orderId(cart.cartId()), lines, total, address.street(), address.city(), address.postalCode(),
                address.country(), cart.paymentToken()));
    }
}

package dev.eventualshop.shoppingcart.query.domain;

import dev.eventualshop.projection.Projection;
import dev.eventualshop.shoppingcart.ShoppingCartMessages;
import dev.eventualshop.shoppingcart.internal.CartEvent;
import java.util.Set;

/**
 * The carts read model: one {@link CartView} per cart stream ({@code shoppingcart.Cart/<cartId>}), at the stream's
 * version, readable by its customer only (their user id, their tokens' sub), so the gateway's event stream tells
 * them, and only them, of each change.
 */
public final class CartsProjection implements Projection<CartView> {

    public static final String VIEW = "shoppingcart.Carts";

    /** The view's field the customer's active cart is found by. */
    public static final String STATUS = "status";

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public Class<CartView> viewType() {
        return CartView.class;
    }

    @Override
    public String streamType() {
        return ShoppingCartMessages.CART_STREAM;
    }

    @Override
    public CartView evolve(CartView cart, Object event) {
        if (!(event instanceof CartEvent cartEvent)) {
            return cart;
        }
        if (cart == null && !(cartEvent instanceof CartEvent.CartCreated)) {
            return null;
        }
        return switch (cartEvent) {
            case CartEvent.CartCreated created -> CartView.created(created.cartId(), created.customerId());
            case CartEvent.ItemAdded added -> cart.withLine(new CartView.Line(added.productId(), added.sku(),
                    added.name(), added.unitPrice(), added.quantity()));
            case CartEvent.ItemQuantityChanged changed -> cart.withQuantity(changed.productId(), changed.quantity());
            case CartEvent.ItemRemoved removed -> cart.without(removed.productId());
            case CartEvent.ShippingAddressSet address -> cart.withShippingAddress(new CartView.Address(
                    address.street(), address.city(), address.postalCode(), address.country()));
            case CartEvent.PaymentMethodSet payment -> cart.withPaymentMethod(payment.token());
            case CartEvent.CartCheckedOut checkedOut -> cart.checkedOut(checkedOut.lines().stream()
                    .map(line -> new CartView.Line(line.productId(), line.sku(), line.name(), line.unitPrice(),
                            line.quantity()))
                    .toList());
            case CartEvent.CartDiscarded discarded -> cart.discarded();
        };
    }

    @Override
    public Set<String> owners(CartView cart) {
        return Set.of(cart.customerId());
    }
}

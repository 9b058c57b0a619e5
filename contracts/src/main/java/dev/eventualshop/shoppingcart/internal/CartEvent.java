package dev.eventualshop.shoppingcart.internal;

import dev.eventualshop.contracts.Money;
import java.util.List;
import java.util.UUID;

/** What happened to a shopping cart, on the stream {@code shoppingcart.Cart/<cartId>}. */
public sealed interface CartEvent {

    UUID cartId();

    /** A customer (a user id) opened the cart; it is their active cart until discarded. */
    record CartCreated(UUID cartId, String customerId) implements CartEvent {
    }

    /** A new line, at the price the price list had when it was added. */
    record ItemAdded(UUID cartId, UUID productId, String sku, String name, Money unitPrice, int quantity)
            implements CartEvent {
    }

    /** A line's quantity is now {@code quantity} (set, or the sum after the product was added again). */
    record ItemQuantityChanged(UUID cartId, UUID productId, int quantity) implements CartEvent {
    }

    record ItemRemoved(UUID cartId, UUID productId) implements CartEvent {
    }

    /** {@code country} is an ISO 3166-1 alpha-2 code. */
    record ShippingAddressSet(UUID cartId, String street, String city, String postalCode, String country)
            implements CartEvent {
    }

    /** A payment provider's token, never card data. */
    record PaymentMethodSet(UUID cartId, String token) implements CartEvent {
    }

    /**
     * The cart became the order {@code orderId}, at the prices of the moment; it takes no command any more and its
     * customer's active-cart claim is released. {@code country} is an ISO 3166-1 alpha-2 code.
     */
    record CartCheckedOut(UUID cartId, String customerId, UUID orderId, List<CheckedOutLine> lines, Money total,
                          String street, String city, String postalCode, String country, String paymentToken)
            implements CartEvent {

        public CartCheckedOut {
            lines = List.copyOf(lines);
        }
    }

    /** A line as checked out: its price then, and {@code unitPrice} x {@code quantity}. */
    record CheckedOutLine(UUID productId, String sku, String name, Money unitPrice, int quantity, Money lineTotal) {
    }

    /** The cart is given up; its customer's active-cart claim is released. */
    record CartDiscarded(UUID cartId, String customerId) implements CartEvent {
    }
}

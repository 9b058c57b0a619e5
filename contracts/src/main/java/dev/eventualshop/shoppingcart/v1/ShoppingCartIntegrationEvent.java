package dev.eventualshop.shoppingcart.v1;

import dev.eventualshop.contracts.Money;
import java.util.List;
import java.util.UUID;

/**
 * Shopping Cart's public, versioned events, on {@code shoppingcart.events}. The cart's stream version travels in
 * the message headers ({@code es-stream-id}, {@code es-version}).
 */
public sealed interface ShoppingCartIntegrationEvent {

    UUID cartId();

    /**
     * A customer checked a cart out: everything the order {@code orderId} needs, so Order places it without asking
     * anyone. The lines carry the prices of the checkout; {@code paymentToken} is a payment provider's token, never
     * card data; {@code country} is an ISO 3166-1 alpha-2 code.
     */
    record CartCheckedOut(UUID cartId, UUID orderId, String customerId, List<Line> lines, Money total,
                          ShippingAddress shippingAddress, String paymentToken) implements ShoppingCartIntegrationEvent {

        public CartCheckedOut {
            lines = List.copyOf(lines);
        }
    }

    /** A line as checked out: {@code lineTotal} is {@code unitPrice} x {@code quantity}. */
    record Line(UUID productId, String sku, String name, Money unitPrice, int quantity, Money lineTotal) {
    }

    record ShippingAddress(String street, String city, String postalCode, String country) {
    }
}

package dev.eventualshop.order.internal;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.ShippingAddress;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What happened to an order, on the stream {@code order.Order/<orderId>}. */
public sealed interface OrderEvent {

    UUID orderId();

    /**
     * A customer's checked-out cart became this order (status PLACED). {@code paymentToken} is a payment provider's
     * token, never card data.
     */
    record OrderPlaced(UUID orderId, UUID cartId, String customerId, List<OrderLine> lines, Money total,
                       ShippingAddress shippingAddress, String paymentToken, Instant placedAt) implements OrderEvent {

        public OrderPlaced {
            lines = List.copyOf(lines);
        }
    }
}

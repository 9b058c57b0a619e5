package dev.eventualshop.order.commands;

import dev.eventualshop.contracts.InternalCommand;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.ShippingAddress;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the Order context is asked to do with an order, the process manager of the checkout saga. */
public sealed interface OrderCommand {

    UUID orderId();

    /**
     * Places the order a checked-out cart became. Only Order's reaction to {@code shoppingcart.v1.CartCheckedOut}
     * sends it, so it is not bound to {@code order.commands}; {@code placedAt} is when Order took the checkout.
     */
    record PlaceOrder(UUID orderId, UUID cartId, String customerId, List<OrderLine> lines, Money total,
                      ShippingAddress shippingAddress, String paymentToken, Instant placedAt)
            implements OrderCommand, InternalCommand {

        public PlaceOrder {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }
}

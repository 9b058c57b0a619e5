package dev.eventualshop.order.command.domain;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.ShippingAddress;
import java.util.List;
import java.util.UUID;

/**
 * An order's lifecycle as the checkout saga drives it. So far an order is placed; reservation, payment,
 * confirmation, shipping and cancellation follow as the saga grows (issue 7).
 */
public sealed interface Order {

    /** No order on this stream. */
    record None() implements Order {
    }

    /** Placed from a checked-out cart, for its customer (a user id), at the prices of the checkout. */
    record Placed(UUID orderId, String customerId, List<OrderLine> lines, Money total, ShippingAddress shippingAddress,
                  String paymentToken) implements Order {

        public Placed {
            lines = List.copyOf(lines);
        }
    }
}

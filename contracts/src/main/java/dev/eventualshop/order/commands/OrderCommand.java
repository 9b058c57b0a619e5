package dev.eventualshop.order.commands;

import dev.eventualshop.contracts.InternalCommand;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.ShippingAddress;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the Order context is asked to do with an order, the process manager of the checkout saga. The internal
 * commands are Order's own: its reactions to other contexts' messages and its deadlines send them. {@code at} is
 * when Order took the message (a reaction's clock, or the deadline's due time), never a client's time.
 */
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

    /**
     * Warehouse answered the order's {@code warehouse.ReserveStock} (whose command id is the order id): reserved,
     * or refused ({@code reason}: OUT_OF_STOCK, or why the reservation failed).
     */
    record RecordStockReservation(UUID orderId, boolean reserved, String reason, Instant at)
            implements OrderCommand, InternalCommand {
    }

    /**
     * Payment reported on the order's payment: {@code status} is one of AUTHORIZED, DECLINED, CAPTURED, REFUNDED,
     * VOIDED (see API.md); {@code reason} says why a payment was declined.
     */
    record RecordPayment(UUID orderId, UUID paymentId, String status, String reason, Instant at)
            implements OrderCommand, InternalCommand {
    }

    /** The deadline of the order's stock reservation passed; {@code at} is its due time. */
    record ExpireReservation(UUID orderId, Instant at) implements OrderCommand, InternalCommand {
    }

    /** The deadline for the payment's authorization passed; {@code at} is its due time. */
    record TimeOutPayment(UUID orderId, Instant at) implements OrderCommand, InternalCommand {
    }

    /** The customer ({@code issuer}) cancels an order that has not shipped. */
    record CancelOrder(UUID orderId, String issuer, Instant at) implements OrderCommand {
    }

    /** An operator ships a confirmed order. */
    record ShipOrder(UUID orderId, String issuer, Instant at) implements OrderCommand {
    }

    /** The customer ({@code issuer}) buys the order's lines again, in the new cart {@code cartId}. */
    record Reorder(UUID orderId, String issuer, UUID cartId, Instant at) implements OrderCommand {
    }
}

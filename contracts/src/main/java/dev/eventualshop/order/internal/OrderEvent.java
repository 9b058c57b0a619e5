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

    /**
     * Warehouse holds the order's stock until {@code reservationExpiresAt}; the payment {@code paymentId} is asked
     * for, and must be authorized by {@code paymentDueAt} (status AWAITING_PAYMENT).
     */
    record PaymentRequested(UUID orderId, UUID reservationId, UUID paymentId, Money amount,
                            Instant reservationExpiresAt, Instant paymentDueAt, Instant at) implements OrderEvent {
    }

    /**
     * The payment is authorized: the order is CONFIRMED, its stock committed and its payment captured. Carries its
     * customer and total for the public {@code order.v1.OrderConfirmed}.
     */
    record OrderConfirmed(UUID orderId, String customerId, UUID paymentId, Money total, Instant at)
            implements OrderEvent {
    }

    /**
     * The payment changed status (AUTHORIZED, DECLINED, TIMED_OUT, CAPTURED, REFUNDED, VOIDED), as Payment
     * reported or as the order's deadline decided (TIMED_OUT).
     */
    record PaymentStatusChanged(UUID orderId, UUID paymentId, String status, Instant at) implements OrderEvent {
    }

    /**
     * The order is CANCELLED for {@code reason} (OUT_OF_STOCK, PAYMENT_DECLINED, PAYMENT_TIMEOUT,
     * RESERVATION_EXPIRED, CUSTOMER_CANCELLED). {@code stockReleased}: a reservation was held and is released;
     * {@code paymentVoided} / {@code paymentRefunded}: what is asked of Payment.
     */
    record OrderCancelled(UUID orderId, String customerId, String reason, boolean stockReleased, boolean paymentVoided,
                          boolean paymentRefunded, Instant at) implements OrderEvent {
    }

    /** An operator shipped the order (status SHIPPED). */
    record OrderShipped(UUID orderId, String customerId, Instant at) implements OrderEvent {
    }

    /** The customer bought the order's lines again, in the new cart {@code cartId}. */
    record OrderReordered(UUID orderId, UUID cartId, Instant at) implements OrderEvent {
    }
}

package dev.eventualshop.order.query.domain;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.ShippingAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An order as its customer (and an ADMIN) reads it: where it stands, why it was cancelled if it was, its lines and
 * total at the prices of the checkout, how its payment stands and every status it went through, with when.
 *
 * @param customerId         the user id of the customer, the only owner
 * @param status             a plain field, so orders can be listed by it
 * @param cancellationReason {@code null} unless the order was cancelled
 * @param placedAtMillis     {@code placedAt} in epoch milliseconds, the field listings sort on: instants are stored
 *                           as ISO-8601 text whose fraction digits vary, a number sorts as time does
 * @param timeline           each status the order reached, oldest first
 * @param reorderedInto      the carts the customer bought the order's lines again in, oldest first (absent from
 *                           documents written before reorders existed, hence read as empty)
 */
public record OrderView(UUID orderId, String customerId, Status status, CancellationReason cancellationReason,
                        List<OrderLine> lines, Money total, ShippingAddress shippingAddress, Payment payment,
                        List<Step> timeline, Instant placedAt, long placedAtMillis, List<UUID> reorderedInto) {

    /** Where the order stands (API.md). */
    public enum Status {
        PLACED,
        AWAITING_PAYMENT,
        CONFIRMED,
        SHIPPED,
        CANCELLED
    }

    /** Why an order was cancelled (API.md). */
    public enum CancellationReason {
        OUT_OF_STOCK,
        PAYMENT_DECLINED,
        PAYMENT_TIMEOUT,
        RESERVATION_EXPIRED,
        CUSTOMER_CANCELLED
    }

    /** How the order's payment stands (API.md). */
    public enum PaymentStatus {
        PENDING,
        AUTHORIZED,
        DECLINED,
        TIMED_OUT,
        CAPTURED,
        REFUNDED,
        VOIDED
    }

    /** The order's payment as its customer sees it: its status, never the payment token. */
    public record Payment(PaymentStatus status) {

        public Payment {
            Objects.requireNonNull(status, "status");
        }
    }

    /** The order reached {@code status} at {@code at}. */
    public record Step(Status status, Instant at) {

        public Step {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(at, "at");
        }
    }

    public OrderView {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(placedAt, "placedAt");
        lines = List.copyOf(lines);
        timeline = List.copyOf(timeline);
        reorderedInto = reorderedInto == null ? List.of() : List.copyOf(reorderedInto);
    }

    /** A new order: {@code PLACED}, its payment {@code PENDING}, placed at {@code placedAt}. */
    static OrderView placed(UUID orderId, String customerId, List<OrderLine> lines, Money total,
                            ShippingAddress shippingAddress, Instant placedAt) {
        return new OrderView(orderId, customerId, Status.PLACED, null, lines, total, shippingAddress,
                new Payment(PaymentStatus.PENDING), List.of(new Step(Status.PLACED, placedAt)), placedAt,
                placedAt.toEpochMilli(), List.of());
    }

    /**
     * The order in {@code next} since {@code at}. The timeline grows only when the status really changes, so an
     * event that repeats the status (a second cancellation, say) adds no step.
     */
    OrderView movedTo(Status next, CancellationReason reason, Instant at) {
        List<Step> steps = timeline;
        if (next != status) {
            steps = new ArrayList<>(timeline);
            steps.add(new Step(next, at));
        }
        return new OrderView(orderId, customerId, next, reason, lines, total, shippingAddress, payment, steps,
                placedAt, placedAtMillis, reorderedInto);
    }

    /** The order with its payment in {@code changed}: not a status of the order, so no step of the timeline. */
    OrderView withPayment(PaymentStatus changed) {
        return new OrderView(orderId, customerId, status, cancellationReason, lines, total, shippingAddress,
                new Payment(changed), timeline, placedAt, placedAtMillis, reorderedInto);
    }

    /** The order whose lines were bought again in the cart {@code cartId} (once, however often told). */
    OrderView reordered(UUID cartId) {
        if (reorderedInto.contains(cartId)) {
            return this;
        }
        List<UUID> carts = new ArrayList<>(reorderedInto);
        carts.add(cartId);
        return new OrderView(orderId, customerId, status, cancellationReason, lines, total, shippingAddress, payment,
                timeline, placedAt, placedAtMillis, carts);
    }
}

package dev.eventualshop.order.query.domain;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.ShippingAddress;
import java.time.Instant;
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
 */
public record OrderView(UUID orderId, String customerId, Status status, CancellationReason cancellationReason,
                        List<OrderLine> lines, Money total, ShippingAddress shippingAddress, Payment payment,
                        List<Step> timeline, Instant placedAt, long placedAtMillis) {

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
    }

    /** A new order: {@code PLACED}, its payment {@code PENDING}, placed at {@code placedAt}. */
    static OrderView placed(UUID orderId, String customerId, List<OrderLine> lines, Money total,
                            ShippingAddress shippingAddress, Instant placedAt) {
        return new OrderView(orderId, customerId, Status.PLACED, null, lines, total, shippingAddress,
                new Payment(PaymentStatus.PENDING), List.of(new Step(Status.PLACED, placedAt)), placedAt,
                placedAt.toEpochMilli());
    }
}

package dev.eventualshop.order.command.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the saga waits: Warehouse holds an order's stock for {@code reservationTtl} from the order's placing,
 * and the payment must be authorized within {@code paymentTimeout} of being asked for. A payment timeout shorter
 * than the reservation's lifetime lets a card that never answers end as PAYMENT_TIMEOUT rather than as an expiry.
 */
public record OrderPolicy(Duration reservationTtl, Duration paymentTimeout) {

    public OrderPolicy {
        Objects.requireNonNull(reservationTtl, "reservationTtl");
        Objects.requireNonNull(paymentTimeout, "paymentTimeout");
        if (reservationTtl.isNegative() || reservationTtl.isZero() || paymentTimeout.isNegative()
                || paymentTimeout.isZero()) {
            throw new IllegalArgumentException("the saga's waits are positive durations");
        }
    }
}

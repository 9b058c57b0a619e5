package dev.eventualshop.order.command.domain;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.order.OrderLine;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order's lifecycle as the checkout saga drives it: placed, awaiting its payment once the stock is reserved,
 * confirmed once the payment is authorized, then shipped; or cancelled with a reason on any failure path.
 */
public sealed interface Order {

    /** Where an order stands (API.md's order status). */
    enum Status { PLACED, AWAITING_PAYMENT, CONFIRMED, SHIPPED, CANCELLED }

    /** No order on this stream. */
    record None() implements Order {
    }

    /**
     * An order placed from a checked-out cart, for its customer (a user id), at the prices of the checkout.
     *
     * @param paymentStatus the payment's status as last reported (API.md), null before it is asked for
     * @param stockHeld     Warehouse holds (or held, then committed) the order's stock: a cancellation releases it
     */
    record Placed(UUID orderId, String customerId, List<OrderLine> lines, Money total, String paymentToken,
                  Instant placedAt, Status status, String paymentStatus, boolean stockHeld) implements Order {

        public Placed {
            lines = List.copyOf(lines);
        }

        public boolean ownedBy(String issuer) {
            return customerId.equals(issuer);
        }

        Placed with(Status changed) {
            return new Placed(orderId, customerId, lines, total, paymentToken, placedAt, changed, paymentStatus,
                    stockHeld);
        }

        Placed withPayment(String changed) {
            return new Placed(orderId, customerId, lines, total, paymentToken, placedAt, status, changed, stockHeld);
        }

        Placed holdingStock() {
            return new Placed(orderId, customerId, lines, total, paymentToken, placedAt, status, paymentStatus, true);
        }

        /** The products the order's reservation names. */
        public List<UUID> productIds() {
            return lines.stream().map(OrderLine::productId).toList();
        }
    }
}

package dev.eventualshop.order.command.domain;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.commands.OrderCommand;
import dev.eventualshop.order.internal.OrderEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An order, the process manager of the checkout saga. It is placed from a checked-out cart: its id is
 * {@link Ids#orderId} of the cart, so a checkout that arrives twice (a redelivery, a replay) finds the order placed
 * and changes nothing. A checkout whose figures do not add up (a line total that is not price x quantity, a total
 * that is not the sum of the lines, two currencies) is refused as {@code INVALID} rather than placed wrong.
 *
 * <p>Then the saga: the stock reserved, the payment is asked for (AWAITING_PAYMENT); authorized, the order is
 * CONFIRMED; declined, timed out, expired, refused for stock or cancelled by its customer, it is CANCELLED with
 * the reason, saying what must be undone (release the stock, void or refund the payment). Every reply is decided
 * on the state it finds: a late or repeated one changes nothing but the payment status it reports. The commands
 * each step sends are {@link OrderSaga}'s.
 */
public final class OrderDecider implements Decider<OrderCommand, Order, OrderEvent> {

    /** The payment statuses Payment reports (API.md); TIMED_OUT is the order's own decision. */
    static final Set<String> REPORTED_PAYMENT_STATUSES = Set.of("AUTHORIZED", "DECLINED", "CAPTURED", "REFUNDED",
            "VOIDED");

    private final OrderPolicy policy;

    public OrderDecider(OrderPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Order initialState() {
        return new Order.None();
    }

    @Override
    public Decision<OrderEvent> decide(OrderCommand command, Order state) {
        if (command instanceof OrderCommand.PlaceOrder place) {
            return place(place, state);
        }
        if (!(state instanceof Order.Placed order)) {
            return notFound();
        }
        return switch (command) {
            case OrderCommand.PlaceOrder place -> place(place, state);
            case OrderCommand.RecordStockReservation reservation -> stockReservation(reservation, order);
            case OrderCommand.RecordPayment payment -> payment(payment, order);
            case OrderCommand.ExpireReservation expire -> expire(order, expire.at());
            case OrderCommand.TimeOutPayment timeOut -> awaitingPaymentEnds(order, "PAYMENT_TIMEOUT", "TIMED_OUT",
                    timeOut.at());
            case OrderCommand.CancelOrder cancel -> cancel(cancel, order);
            case OrderCommand.ShipOrder ship -> ship(ship, order);
            case OrderCommand.Reorder reorder -> reorder(reorder, order);
        };
    }

    @Override
    public Order evolve(Order state, OrderEvent event) {
        if (event instanceof OrderEvent.OrderPlaced placed) {
            return new Order.Placed(placed.orderId(), placed.customerId(), placed.lines(), placed.total(),
                    placed.paymentToken(), placed.placedAt(), Order.Status.PLACED, null, false);
        }
        if (!(state instanceof Order.Placed order)) {
            return state;
        }
        return switch (event) {
            case OrderEvent.OrderPlaced placed -> order;
            case OrderEvent.PaymentRequested requested ->
                    order.holdingStock().with(Order.Status.AWAITING_PAYMENT).withPayment("PENDING");
            case OrderEvent.OrderConfirmed confirmed -> order.with(Order.Status.CONFIRMED);
            case OrderEvent.PaymentStatusChanged changed -> order.withPayment(changed.status());
            case OrderEvent.OrderCancelled cancelled -> order.with(Order.Status.CANCELLED);
            case OrderEvent.OrderShipped shipped -> order.with(Order.Status.SHIPPED);
            case OrderEvent.OrderReordered reordered -> order;
        };
    }

    private static Decision<OrderEvent> place(OrderCommand.PlaceOrder place, Order state) {
        if (!(state instanceof Order.None)) {
            return Decision.accept();
        }
        String problem = problem(place);
        if (problem != null) {
            return Decision.reject("INVALID", problem);
        }
        return Decision.accept(new OrderEvent.OrderPlaced(place.orderId(), place.cartId(), place.customerId(),
                place.lines(), place.total(), place.shippingAddress(), place.paymentToken(), place.placedAt()));
    }

    /** Warehouse's reply to the reservation: ask for the payment, or cancel for want of stock. */
    private Decision<OrderEvent> stockReservation(OrderCommand.RecordStockReservation reply, Order.Placed order) {
        if (order.status() != Order.Status.PLACED) {
            return Decision.accept();
        }
        if (!reply.reserved()) {
            return Decision.accept(new OrderEvent.OrderCancelled(order.orderId(), order.customerId(), "OUT_OF_STOCK",
                    false, false, false, reply.at()));
        }
        return Decision.accept(new OrderEvent.PaymentRequested(order.orderId(), SagaIds.reservationId(order.orderId()),
                SagaIds.paymentId(order.orderId()), order.total(), reservationExpiry(order),
                reply.at().plus(policy.paymentTimeout()), reply.at()));
    }

    /** When Warehouse's hold on the order's stock ends: fixed when the order is placed. */
    public Instant reservationExpiry(Order.Placed order) {
        return reservationExpiry(order.placedAt());
    }

    public Instant reservationExpiry(Instant placedAt) {
        return placedAt.plus(policy.reservationTtl());
    }

    /**
     * The reservation's lifetime is over. An order still waiting for its payment is cancelled as below; one still
     * waiting for Warehouse's answer (a reply lost or very late) is cancelled too, and its reservation released in
     * case it is made after all (a release that overtakes it, Warehouse's own expiry releases).
     */
    private static Decision<OrderEvent> expire(Order.Placed order, Instant at) {
        if (order.status() == Order.Status.PLACED) {
            return Decision.accept(new OrderEvent.OrderCancelled(order.orderId(), order.customerId(),
                    "RESERVATION_EXPIRED", true, false, false, at));
        }
        return awaitingPaymentEnds(order, "RESERVATION_EXPIRED", null, at);
    }

    private static Decision<OrderEvent> payment(OrderCommand.RecordPayment report, Order.Placed order) {
        if (!REPORTED_PAYMENT_STATUSES.contains(report.status())
                || !SagaIds.paymentId(order.orderId()).equals(report.paymentId())) {
            return Decision.reject("INVALID", "not a payment status of this order");
        }
        List<OrderEvent> events = new ArrayList<>();
        if (!report.status().equals(order.paymentStatus())) {
            events.add(new OrderEvent.PaymentStatusChanged(order.orderId(), report.paymentId(), report.status(),
                    report.at()));
        }
        if (order.status() == Order.Status.AWAITING_PAYMENT) {
            if (report.status().equals("AUTHORIZED")) {
                events.add(new OrderEvent.OrderConfirmed(order.orderId(), order.customerId(),
                        report.paymentId(), order.total(), report.at()));
            } else if (report.status().equals("DECLINED")) {
                events.add(new OrderEvent.OrderCancelled(order.orderId(), order.customerId(), "PAYMENT_DECLINED",
                        true, false, false, report.at()));
            }
        }
        return Decision.accept(events);
    }

    /**
     * A deadline of the wait for the payment passed: if the order still waits, it is cancelled, its stock released
     * and its payment voided (an authorization arriving later is released by Payment).
     */
    private static Decision<OrderEvent> awaitingPaymentEnds(Order.Placed order, String reason, String paymentStatus,
                                                            Instant at) {
        if (order.status() != Order.Status.AWAITING_PAYMENT) {
            return Decision.accept();
        }
        List<OrderEvent> events = new ArrayList<>();
        if (paymentStatus != null) {
            events.add(new OrderEvent.PaymentStatusChanged(order.orderId(), SagaIds.paymentId(order.orderId()),
                    paymentStatus, at));
        }
        events.add(new OrderEvent.OrderCancelled(order.orderId(), order.customerId(), reason, true, true, false, at));
        return Decision.accept(events);
    }

    private static Decision<OrderEvent> cancel(OrderCommand.CancelOrder cancel, Order.Placed order) {
        if (!order.ownedBy(cancel.issuer())) {
            return notFound();
        }
        return switch (order.status()) {
            case PLACED -> Decision.reject("ORDER_IN_PROGRESS",
                    "the order's stock is being reserved; cancel it again in a moment");
            case AWAITING_PAYMENT -> Decision.accept(new OrderEvent.OrderCancelled(order.orderId(),
                    order.customerId(), "CUSTOMER_CANCELLED", true, true, false, cancel.at()));
            case CONFIRMED -> Decision.accept(new OrderEvent.OrderCancelled(order.orderId(), order.customerId(),
                    "CUSTOMER_CANCELLED", true, false, true, cancel.at()));
            case SHIPPED -> Decision.reject("ORDER_SHIPPED", "a shipped order cannot be cancelled");
            case CANCELLED -> Decision.accept();
        };
    }

    private static Decision<OrderEvent> ship(OrderCommand.ShipOrder ship, Order.Placed order) {
        return switch (order.status()) {
            case CONFIRMED -> Decision.accept(new OrderEvent.OrderShipped(order.orderId(), order.customerId(),
                    ship.at()));
            case SHIPPED -> Decision.accept();
            default -> Decision.reject("ORDER_NOT_CONFIRMED", "only a confirmed order can be shipped");
        };
    }

    private static Decision<OrderEvent> reorder(OrderCommand.Reorder reorder, Order.Placed order) {
        if (!order.ownedBy(reorder.issuer())) {
            return notFound();
        }
        if (reorder.cartId() == null || reorder.at() == null) {
            return Decision.reject("INVALID", "a reorder names its new cart");
        }
        return Decision.accept(new OrderEvent.OrderReordered(order.orderId(), reorder.cartId(), reorder.at()));
    }

    private static Decision<OrderEvent> notFound() {
        return Decision.reject("NOT_FOUND", "no such order");
    }

    /** What is wrong with the checkout, or null. */
    private static String problem(OrderCommand.PlaceOrder place) {
        if (place.cartId() == null || !Ids.orderId(place.cartId()).equals(place.orderId())) {
            return "an order's id is the order id of its cart";
        }
        if (place.customerId() == null || place.customerId().isBlank() || place.placedAt() == null) {
            return "an order needs a customer and a time";
        }
        if (place.shippingAddress() == null || place.paymentToken() == null) {
            return "an order needs a shipping address and a payment method";
        }
        if (place.lines().isEmpty() || place.total() == null) {
            return "an order needs lines and a total";
        }
        Money sum = null;
        for (OrderLine line : place.lines()) {
            if (line.quantity() < 1 || !line.unitPrice().times(line.quantity()).equals(line.lineTotal())
                    || !line.lineTotal().currency().equals(place.total().currency())) {
                return "line " + line.productId() + " does not add up";
            }
            sum = sum == null ? line.lineTotal() : sum.plus(line.lineTotal());
        }
        return sum.equals(place.total()) ? null : "the total is not the sum of the lines";
    }
}

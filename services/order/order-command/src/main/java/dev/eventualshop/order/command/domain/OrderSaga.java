package dev.eventualshop.order.command.domain;

import dev.eventualshop.eventstore.pipeline.DeadlineChange;
import dev.eventualshop.eventstore.pipeline.OutgoingCommand;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.commands.OrderCommand;
import dev.eventualshop.order.internal.OrderEvent;
import dev.eventualshop.payment.commands.PaymentCommand;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import dev.eventualshop.warehouse.commands.StockCommand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What each order event asks of the other contexts (through the outbox, in the event's transaction) and which
 * deadlines it sets. Every command id derives from the order id ({@link SagaIds}), so a step decided again is
 * the same command and runs once. Warehouse and Payment consume their command queues concurrently, so the
 * compensations are safe in either order: a release or a refund that overtakes the commit or the capture it
 * undoes still undoes it.
 */
public final class OrderSaga {

    static final String RESERVATION_EXPIRY = "reservation-expiry";
    static final String PAYMENT_TIMEOUT = "payment-timeout";

    private final OrderDecider decider;

    public OrderSaga(OrderDecider decider) {
        this.decider = decider;
    }

    /** The commands {@code event} sends, given the order it leaves. */
    public List<OutgoingCommand> sends(Order state, OrderEvent event) {
        if (!(state instanceof Order.Placed order)) {
            return List.of();
        }
        UUID orderId = order.orderId();
        UUID reservationId = SagaIds.reservationId(orderId);
        UUID paymentId = SagaIds.paymentId(orderId);
        return switch (event) {
            // The reservation's command id is the order id: its outcome is the reply, and names only the command.
            case OrderEvent.OrderPlaced placed -> List.of(new OutgoingCommand(orderId, new StockCommand.ReserveStock(
                    reservationId, orderId, order.lines().stream()
                            .map(line -> new StockCommand.ReserveStock.Line(line.productId(), line.quantity()))
                            .toList(), decider.reservationExpiry(order))));
            case OrderEvent.PaymentRequested requested -> List.of(step(orderId, "authorize-payment",
                    new PaymentCommand.AuthorizePayment(paymentId, orderId, order.customerId(), requested.amount(),
                            order.paymentToken())));
            case OrderEvent.OrderConfirmed confirmed -> List.of(
                    step(orderId, "commit-reservation",
                            new StockCommand.CommitReservation(reservationId, order.productIds())),
                    step(orderId, "capture-payment", new PaymentCommand.CapturePayment(paymentId)));
            case OrderEvent.OrderCancelled cancelled -> compensations(order, cancelled);
            case OrderEvent.OrderReordered reordered -> List.of(step(orderId, "reorder:" + reordered.cartId(),
                    new CartCommand.CreateCartFromOrder(reordered.cartId(), order.customerId(), orderId,
                            order.lines().stream().map(OrderSaga::item).toList())));
            case OrderEvent.PaymentStatusChanged changed -> order.status() == Order.Status.CANCELLED
                    ? lateMoney(orderId, changed.status()) : List.of();
            case OrderEvent.OrderShipped shipped -> List.of();
        };
    }

    /**
     * The deadlines {@code event} sets or clears: the reservation's expiry from the placing (so an order whose
     * reservation is never answered ends too), the payment's timeout once it is asked for; both end with the
     * order's outcome.
     */
    public List<DeadlineChange> deadlines(OrderEvent event) {
        UUID orderId = event.orderId();
        UUID expiry = SagaIds.deadlineId(orderId, RESERVATION_EXPIRY);
        UUID timeout = SagaIds.deadlineId(orderId, PAYMENT_TIMEOUT);
        return switch (event) {
            case OrderEvent.OrderPlaced placed -> {
                Instant expiresAt = decider.reservationExpiry(placed.placedAt());
                yield List.of(DeadlineChange.schedule(expiry, expiresAt,
                        new OrderCommand.ExpireReservation(orderId, expiresAt)));
            }
            case OrderEvent.PaymentRequested requested -> List.of(
                    DeadlineChange.schedule(timeout, requested.paymentDueAt(),
                            new OrderCommand.TimeOutPayment(orderId, requested.paymentDueAt())));
            case OrderEvent.OrderConfirmed confirmed ->
                    List.of(DeadlineChange.cancel(expiry), DeadlineChange.cancel(timeout));
            case OrderEvent.OrderCancelled cancelled ->
                    List.of(DeadlineChange.cancel(expiry), DeadlineChange.cancel(timeout));
            default -> List.of();
        };
    }

    private static List<OutgoingCommand> compensations(Order.Placed order, OrderEvent.OrderCancelled cancelled) {
        UUID orderId = order.orderId();
        List<OutgoingCommand> undo = new ArrayList<>();
        if (cancelled.stockReleased()) {
            undo.add(step(orderId, "release-reservation", new StockCommand.ReleaseReservation(
                    SagaIds.reservationId(orderId), order.productIds(), cancelled.reason(), true)));
        }
        if (cancelled.paymentVoided()) {
            undo.add(step(orderId, "void-payment", new PaymentCommand.VoidPayment(SagaIds.paymentId(orderId))));
        }
        if (cancelled.paymentRefunded()) {
            undo.add(step(orderId, "refund-payment", new PaymentCommand.RefundPayment(SagaIds.paymentId(orderId))));
        }
        return undo;
    }

    /**
     * Money that moved after the order was cancelled: the void or refund sent with the cancellation may have
     * reached Payment before the authorization or capture it undoes (its queue has no order), and found nothing to
     * undo. So an authorization or a capture reported for a cancelled order is undone once more; Payment ignores
     * what is undone already.
     */
    private static List<OutgoingCommand> lateMoney(UUID orderId, String paymentStatus) {
        UUID paymentId = SagaIds.paymentId(orderId);
        return switch (paymentStatus) {
            case "AUTHORIZED" -> List.of(step(orderId, "void-late-authorization",
                    new PaymentCommand.VoidPayment(paymentId)));
            case "CAPTURED" -> List.of(step(orderId, "refund-late-capture",
                    new PaymentCommand.RefundPayment(paymentId)));
            default -> List.of();
        };
    }

    private static CartCommand.CreateCartFromOrder.Item item(OrderLine line) {
        return new CartCommand.CreateCartFromOrder.Item(line.productId(), line.quantity(), null, null, null);
    }

    private static OutgoingCommand step(UUID orderId, String step, Object command) {
        return new OutgoingCommand(SagaIds.stepCommandId(orderId, step), command);
    }
}

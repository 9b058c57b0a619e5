package dev.eventualshop.order.query.domain;

import dev.eventualshop.order.OrderMessages;
import dev.eventualshop.order.internal.OrderEvent;
import dev.eventualshop.projection.Projection;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The orders read model: one {@link OrderView} per order stream ({@code order.Order/<orderId>}), at the stream's
 * version, readable by its customer only (their user id, their tokens' sub), so the gateway's event stream tells
 * them, and only them, of each change. An ADMIN reads any order through the query, not as an owner.
 *
 * <p>Every event of the order's life is a case of the switch, so a new one is a compile error here until the view
 * takes it. Status changes add a step to the timeline at the event's {@code at}; payment changes and reorders do
 * not. A payment status or cancellation reason this view does not know (a later contract's) leaves the payment as
 * it was, or the reason empty, rather than stopping the order's stream behind an unreadable event.
 */
public final class OrdersProjection implements Projection<OrderView> {

    public static final String VIEW = "order.Orders";

    /** The view's field orders are listed by: a customer's newest first, an ADMIN's by status oldest first. */
    public static final String PLACED_AT = "placedAtMillis";

    /** The view's field an ADMIN lists orders by. */
    public static final String STATUS = "status";

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public Class<OrderView> viewType() {
        return OrderView.class;
    }

    @Override
    public String streamType() {
        return OrderMessages.ORDER_STREAM;
    }

    @Override
    public OrderView evolve(OrderView order, Object event) {
        if (!(event instanceof OrderEvent orderEvent)) {
            return order;
        }
        if (order == null && !(orderEvent instanceof OrderEvent.OrderPlaced)) {
            return null;
        }
        return switch (orderEvent) {
            case OrderEvent.OrderPlaced placed -> OrderView.placed(placed.orderId(), placed.customerId(),
                    placed.lines(), placed.total(), placed.shippingAddress(), placed.placedAt());
            case OrderEvent.PaymentRequested requested -> order
                    .movedTo(OrderView.Status.AWAITING_PAYMENT, null, requested.at())
                    .withPayment(OrderView.PaymentStatus.PENDING);
            case OrderEvent.OrderConfirmed confirmed -> order.movedTo(OrderView.Status.CONFIRMED, null, confirmed.at());
            case OrderEvent.PaymentStatusChanged changed -> known(OrderView.PaymentStatus.class, changed.status())
                    .map(order::withPayment).orElse(order);
            case OrderEvent.OrderCancelled cancelled -> order.movedTo(OrderView.Status.CANCELLED,
                    known(OrderView.CancellationReason.class, cancelled.reason()).orElse(null), cancelled.at());
            case OrderEvent.OrderShipped shipped -> order.movedTo(OrderView.Status.SHIPPED, null, shipped.at());
            case OrderEvent.OrderReordered reordered -> order.reordered(reordered.cartId());
        };
    }

    private static <T extends Enum<T>> Optional<T> known(Class<T> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(name)).findFirst();
    }

    @Override
    public Set<String> owners(OrderView order) {
        return Set.of(order.customerId());
    }
}

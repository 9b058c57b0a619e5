package dev.eventualshop.order.query.domain;

import dev.eventualshop.order.OrderMessages;
import dev.eventualshop.order.internal.OrderEvent;
import dev.eventualshop.projection.Projection;
import java.util.Set;

/**
 * The orders read model: one {@link OrderView} per order stream ({@code order.Order/<orderId>}), at the stream's
 * version, readable by its customer only (their user id, their tokens' sub), so the gateway's event stream tells
 * them, and only them, of each change. An ADMIN reads any order through the query, not as an owner.
 *
 * <p>Every later event of the order's life (payment awaited, confirmed, shipped, cancelled with a reason, the
 * payment's own changes) is one more case of the switch: the compiler asks for it as soon as the contract has it.
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
        return switch (orderEvent) {
            case OrderEvent.OrderPlaced placed -> OrderView.placed(placed.orderId(), placed.customerId(),
                    placed.lines(), placed.total(), placed.shippingAddress(), placed.placedAt());
        };
    }

    @Override
    public Set<String> owners(OrderView order) {
        return Set.of(order.customerId());
    }
}

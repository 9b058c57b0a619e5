package dev.eventualshop.order;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.order.commands.OrderCommand;
import dev.eventualshop.order.internal.OrderEvent;

/**
 * Order's message type names. An order's stream is {@link #ORDER_STREAM}{@code /<orderId>}; the order id is
 * {@code Ids.orderId} of the cart it was checked out from.
 */
public final class OrderMessages {

    public static final String CONTEXT = "order";
    public static final String ORDER_STREAM = "order.Order";

    private OrderMessages() {
    }

    /** Order's commands. */
    public static MessageTypes commands() {
        return MessageTypes.builder()
                .register("order.PlaceOrder", OrderCommand.PlaceOrder.class)
                .build();
    }

    /** Order's domain events, for order-command and order-query only. */
    public static MessageTypes domainEvents() {
        return MessageTypes.builder()
                .register("order.OrderPlaced", OrderEvent.OrderPlaced.class)
                .build();
    }
}

package dev.eventualshop.order;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.order.commands.OrderCommand;
import dev.eventualshop.order.internal.OrderEvent;
import dev.eventualshop.order.v1.OrderIntegrationEvent;

/**
 * Order's message type names. An order's stream is {@link #ORDER_STREAM}{@code /<orderId>}; the order id is
 * {@code Ids.orderId} of the cart it was checked out from.
 */
public final class OrderMessages {

    public static final String CONTEXT = "order";
    public static final String ORDER_STREAM = "order.Order";

    private OrderMessages() {
    }

    /**
     * Order's commands: the gateway publishes the customer's and the operator's (cancel, reorder, ship); the
     * internal ones are Order's reactions and deadlines.
     */
    public static MessageTypes commands() {
        return MessageTypes.builder()
                .register("order.PlaceOrder", OrderCommand.PlaceOrder.class)
                .register("order.RecordStockReservation", OrderCommand.RecordStockReservation.class)
                .register("order.RecordPayment", OrderCommand.RecordPayment.class)
                .register("order.ExpireReservation", OrderCommand.ExpireReservation.class)
                .register("order.TimeOutPayment", OrderCommand.TimeOutPayment.class)
                .register("order.CancelOrder", OrderCommand.CancelOrder.class)
                .register("order.ShipOrder", OrderCommand.ShipOrder.class)
                .register("order.Reorder", OrderCommand.Reorder.class)
                .build();
    }

    /** Order's domain events, for order-command and order-query only. */
    public static MessageTypes domainEvents() {
        return MessageTypes.builder()
                .register("order.OrderPlaced", OrderEvent.OrderPlaced.class)
                .register("order.PaymentRequested", OrderEvent.PaymentRequested.class)
                .register("order.OrderConfirmed", OrderEvent.OrderConfirmed.class)
                .register("order.PaymentStatusChanged", OrderEvent.PaymentStatusChanged.class)
                .register("order.OrderCancelled", OrderEvent.OrderCancelled.class)
                .register("order.OrderShipped", OrderEvent.OrderShipped.class)
                .register("order.OrderReordered", OrderEvent.OrderReordered.class)
                .build();
    }

    /** Order's integration events, for every context (Communication mails the customer). */
    public static MessageTypes integrationEvents() {
        return MessageTypes.builder()
                .register("order.v1.OrderConfirmed", OrderIntegrationEvent.OrderConfirmed.class)
                .register("order.v1.OrderCancelled", OrderIntegrationEvent.OrderCancelled.class)
                .register("order.v1.OrderShipped", OrderIntegrationEvent.OrderShipped.class)
                .build();
    }
}

package dev.eventualshop.order.command.infrastructure.messaging;

import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import dev.eventualshop.order.internal.OrderEvent;
import dev.eventualshop.order.v1.OrderIntegrationEvent;
import java.util.List;

/**
 * Order's public events: the moments its customer hears about (confirmed, cancelled with the reason, shipped).
 * The saga's inner steps stay inside the context.
 */
public final class OrderIntegrationEvents implements IntegrationEventMapper {

    @Override
    public List<Object> map(Object domainEvent) {
        return switch (domainEvent) {
            case OrderEvent.OrderConfirmed confirmed -> List.of(new OrderIntegrationEvent.OrderConfirmed(
                    confirmed.orderId(), confirmed.customerId(), confirmed.total()));
            case OrderEvent.OrderCancelled cancelled -> List.of(new OrderIntegrationEvent.OrderCancelled(
                    cancelled.orderId(), cancelled.customerId(), cancelled.reason(), cancelled.paymentRefunded()));
            case OrderEvent.OrderShipped shipped ->
                    List.of(new OrderIntegrationEvent.OrderShipped(shipped.orderId(), shipped.customerId()));
            default -> List.of();
        };
    }
}

package dev.eventualshop.warehouse.command.infrastructure.messaging;

import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import dev.eventualshop.warehouse.internal.StockEvent;
import dev.eventualshop.warehouse.v1.WarehouseIntegrationEvent;
import java.util.List;

/**
 * Warehouse's public events: every stock event becomes {@code warehouse.v1.StockChanged} with the stock's counts
 * after it (event-carried state), so Catalog and the storefront show what can be bought without asking.
 */
public final class WarehouseIntegrationEvents implements IntegrationEventMapper {

    @Override
    public List<Object> map(Object domainEvent) {
        if (!(domainEvent instanceof StockEvent event)) {
            return List.of();
        }
        return List.of(new WarehouseIntegrationEvent.StockChanged(event.productId(), event.onHand(),
                event.reserved(), event.onHand() - event.reserved()));
    }
}

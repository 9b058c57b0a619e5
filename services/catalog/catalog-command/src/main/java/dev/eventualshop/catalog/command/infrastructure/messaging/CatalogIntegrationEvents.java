package dev.eventualshop.catalog.command.infrastructure.messaging;

import dev.eventualshop.catalog.internal.CatalogEvent;
import dev.eventualshop.catalog.v1.CatalogIntegrationEvent;
import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import java.util.List;

/**
 * Catalog's public events: every change of an item has one, so Shopping Cart can follow prices and Warehouse
 * availability from {@code catalog.events} alone. A new item is listed inactive.
 */
public final class CatalogIntegrationEvents implements IntegrationEventMapper {

    @Override
    public List<Object> map(Object domainEvent) {
        if (!(domainEvent instanceof CatalogEvent event)) {
            return List.of();
        }
        return List.of(switch (event) {
            case CatalogEvent.ItemCreated created -> new CatalogIntegrationEvent.ItemListed(created.itemId(),
                    created.sku(), created.name(), created.description(), created.price(), created.imageUrl(), false);
            case CatalogEvent.ItemDetailsChanged changed -> new CatalogIntegrationEvent.ItemDetailsChanged(
                    changed.itemId(), changed.name(), changed.description(), changed.imageUrl());
            case CatalogEvent.ItemPriceChanged changed ->
                    new CatalogIntegrationEvent.ItemPriceChanged(changed.itemId(), changed.price());
            case CatalogEvent.ItemActivated activated -> new CatalogIntegrationEvent.ItemActivated(activated.itemId());
            case CatalogEvent.ItemDeactivated deactivated ->
                    new CatalogIntegrationEvent.ItemDeactivated(deactivated.itemId());
        });
    }
}

package dev.eventualshop.catalog;

import dev.eventualshop.catalog.v1.CatalogIntegrationEvent;
import dev.eventualshop.contracts.MessageTypes;

/**
 * Catalog's message type names. An item's stream is {@link #ITEM_STREAM}{@code /<productId>}; the product id
 * is the item id. Commands go to {@code catalog.commands} with their type name as routing key.
 */
public final class CatalogMessages {

    public static final String CONTEXT = "catalog";
    public static final String ITEM_STREAM = "catalog.Item";

    private CatalogMessages() {
    }

    /** Catalog's integration events, for every context. */
    public static MessageTypes integrationEvents() {
        return MessageTypes.builder()
                .register("catalog.v1.ItemListed", CatalogIntegrationEvent.ItemListed.class)
                .register("catalog.v1.ItemDetailsChanged", CatalogIntegrationEvent.ItemDetailsChanged.class)
                .register("catalog.v1.ItemPriceChanged", CatalogIntegrationEvent.ItemPriceChanged.class)
                .register("catalog.v1.ItemActivated", CatalogIntegrationEvent.ItemActivated.class)
                .register("catalog.v1.ItemDeactivated", CatalogIntegrationEvent.ItemDeactivated.class)
                .build();
    }
}

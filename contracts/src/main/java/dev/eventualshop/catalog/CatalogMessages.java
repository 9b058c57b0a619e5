package dev.eventualshop.catalog;

import dev.eventualshop.catalog.commands.CatalogCommand;
import dev.eventualshop.catalog.internal.CatalogEvent;
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

    /** Catalog's commands: the gateway publishes them all, for ADMINs only. */
    public static MessageTypes commands() {
        return MessageTypes.builder()
                .register("catalog.CreateItem", CatalogCommand.CreateItem.class)
                .register("catalog.ChangeItemDetails", CatalogCommand.ChangeItemDetails.class)
                .register("catalog.ChangeItemPrice", CatalogCommand.ChangeItemPrice.class)
                .register("catalog.ActivateItem", CatalogCommand.ActivateItem.class)
                .register("catalog.DeactivateItem", CatalogCommand.DeactivateItem.class)
                .build();
    }

    /** Catalog's domain events, for catalog-command and catalog-query only. */
    public static MessageTypes domainEvents() {
        return MessageTypes.builder()
                .register("catalog.ItemCreated", CatalogEvent.ItemCreated.class)
                .register("catalog.ItemDetailsChanged", CatalogEvent.ItemDetailsChanged.class)
                .register("catalog.ItemPriceChanged", CatalogEvent.ItemPriceChanged.class)
                .register("catalog.ItemActivated", CatalogEvent.ItemActivated.class)
                .register("catalog.ItemDeactivated", CatalogEvent.ItemDeactivated.class)
                .build();
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

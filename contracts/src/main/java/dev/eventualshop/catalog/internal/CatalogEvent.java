package dev.eventualshop.catalog.internal;

import dev.eventualshop.contracts.Money;
import java.util.UUID;

/** What happened to a catalog item, on the stream {@code catalog.Item/<itemId>} (item id = product id). */
public sealed interface CatalogEvent {

    UUID itemId();

    /** The item exists, inactive, with its SKU as given (the SKU's upper-cased form is claimed). */
    record ItemCreated(UUID itemId, String sku, String name, String description, Money price, String imageUrl)
            implements CatalogEvent {
    }

    record ItemDetailsChanged(UUID itemId, String name, String description, String imageUrl) implements CatalogEvent {
    }

    record ItemPriceChanged(UUID itemId, Money price) implements CatalogEvent {
    }

    record ItemActivated(UUID itemId) implements CatalogEvent {
    }

    record ItemDeactivated(UUID itemId) implements CatalogEvent {
    }
}

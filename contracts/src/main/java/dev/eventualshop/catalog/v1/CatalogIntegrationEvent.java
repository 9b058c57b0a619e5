package dev.eventualshop.catalog.v1;

import dev.eventualshop.contracts.Money;
import java.util.UUID;

/**
 * Catalog's public, versioned events, one for each change of an item, so a consumer that applies them all keeps
 * a current copy (Shopping Cart's price lists). The item's stream version travels in the message headers
 * ({@code es-stream-id}, {@code es-version}); a consumer applies an event only if that version is newer than the
 * one it has, and waits (retries, then parks) on a gap.
 */
public sealed interface CatalogIntegrationEvent {

    UUID productId();

    /** An item was created; a new item is inactive until an ADMIN activates it. */
    record ItemListed(UUID productId, String sku, String name, String description, Money price, String imageUrl,
                      boolean active) implements CatalogIntegrationEvent {
    }

    record ItemDetailsChanged(UUID productId, String name, String description, String imageUrl)
            implements CatalogIntegrationEvent {
    }

    record ItemPriceChanged(UUID productId, Money price) implements CatalogIntegrationEvent {
    }

    /** The item can be found and bought. */
    record ItemActivated(UUID productId) implements CatalogIntegrationEvent {
    }

    /** The item is hidden from shoppers and cannot be added to a cart. */
    record ItemDeactivated(UUID productId) implements CatalogIntegrationEvent {
    }
}

package dev.eventualshop.catalog.commands;

import dev.eventualshop.contracts.Money;
import java.util.UUID;

/**
 * What an ADMIN can ask of the catalog. The gateway checks the ADMIN role and stamps the issuer (the admin's
 * user id) on the message, so the catalog itself does not check roles. The item id is the product id other
 * contexts know the item by; for {@link CreateItem} the gateway derives it from the command id.
 */
public sealed interface CatalogCommand {

    UUID itemId();

    /** Lists a new item, inactive until it is activated; its SKU is unique across the catalog, case-insensitively. */
    record CreateItem(UUID itemId, String sku, String name, String description, Money price, String imageUrl)
            implements CatalogCommand {
    }

    /** Renames or redescribes an item, or changes its picture. */
    record ChangeItemDetails(UUID itemId, String name, String description, String imageUrl)
            implements CatalogCommand {
    }

    /** Sets the price carts charge for the item from now on. */
    record ChangeItemPrice(UUID itemId, Money price) implements CatalogCommand {
    }

    /** Lets shoppers find and buy the item. */
    record ActivateItem(UUID itemId) implements CatalogCommand {
    }

    /** Hides the item from shoppers; carts can no longer take it. */
    record DeactivateItem(UUID itemId) implements CatalogCommand {
    }
}

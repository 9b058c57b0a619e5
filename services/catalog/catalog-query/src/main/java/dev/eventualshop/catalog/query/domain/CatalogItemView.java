package dev.eventualshop.catalog.query.domain;

import dev.eventualshop.contracts.Money;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.UUID;

/**
 * What anyone reads of a catalog item (API.md: {@code GET /api/v1/catalog/items}): what it is, what it costs,
 * whether it is on sale ({@code active}) and how many can be ordered now ({@code available}, Warehouse's figure).
 *
 * @param catalogued {@code false} while only the item's stock is known: Warehouse's event arrived before the item's
 *                   creation, and the figure is kept for it; such a view is shown to nobody
 * @param available  units on hand and not reserved, 0 until Warehouse reports the item's stock
 */
public record CatalogItemView(UUID id, String sku, String name, String description, Price price, String imageUrl,
                              boolean active, long available, boolean catalogued) {

    /** A price as the API shows money: the amount as text with two decimals, and the currency. */
    public record Price(String amount, String currency) {

        public Price {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(currency, "currency");
        }

        static Price of(Money money) {
            return new Price(money.amount().setScale(2, RoundingMode.HALF_EVEN).toPlainString(), money.currency());
        }
    }

    public CatalogItemView {
        Objects.requireNonNull(id, "id");
    }

    /** Only the item's stock is known so far. */
    static CatalogItemView stockOf(UUID id, long available) {
        return new CatalogItemView(id, null, null, null, null, null, false, available, false);
    }

    /** A new item, inactive, with the stock reported before it (if any). */
    static CatalogItemView created(UUID id, String sku, String name, String description, Money price,
                                   String imageUrl, long available) {
        return new CatalogItemView(id, sku, name, description, Price.of(price), imageUrl, false, available, true);
    }

    CatalogItemView withDetails(String newName, String newDescription, String newImageUrl) {
        return new CatalogItemView(id, sku, newName, newDescription, price, newImageUrl, active, available, catalogued);
    }

    CatalogItemView withPrice(Money newPrice) {
        return new CatalogItemView(id, sku, name, description, Price.of(newPrice), imageUrl, active, available,
                catalogued);
    }

    CatalogItemView withActive(boolean nowActive) {
        return new CatalogItemView(id, sku, name, description, price, imageUrl, nowActive, available, catalogued);
    }

    CatalogItemView withAvailable(long nowAvailable) {
        return new CatalogItemView(id, sku, name, description, price, imageUrl, active, nowAvailable, catalogued);
    }
}

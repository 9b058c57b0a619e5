package dev.eventualshop.shoppingcart.command.application;

import dev.eventualshop.contracts.Money;
import java.util.Optional;
import java.util.UUID;

/** The catalog's products as Shopping Cart knows them, kept current from Catalog's integration events. */
public interface PriceList {

    /** The product's entry, whether or not it is on sale; empty for a product never listed. */
    Optional<Entry> find(UUID productId);

    /** A product's SKU, name, current price and whether shoppers can buy it. */
    record Entry(UUID productId, String sku, String name, Money price, boolean active) {
    }
}

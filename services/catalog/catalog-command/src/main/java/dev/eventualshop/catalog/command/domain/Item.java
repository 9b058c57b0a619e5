package dev.eventualshop.catalog.command.domain;

import dev.eventualshop.contracts.Money;
import java.util.Objects;
import java.util.UUID;

/**
 * A catalog item's lifecycle: not listed yet, or listed with what shoppers see of it. Whether it is active is a
 * switch an ADMIN flips back and forth, not a stage it passes through, so it is a flag of the listed item.
 */
public sealed interface Item {

    /** No item on this stream. */
    record None() implements Item {
    }

    /**
     * @param itemId the item's id, which is the product id other contexts use
     * @param sku    the stock-keeping unit as given when the item was created; it never changes
     * @param active whether shoppers can find and buy it
     */
    record Listed(UUID itemId, String sku, ItemDetails details, Money price, boolean active) implements Item {

        public Listed {
            Objects.requireNonNull(itemId, "itemId");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(price, "price");
        }

        Listed with(ItemDetails changed) {
            return new Listed(itemId, sku, changed, price, active);
        }

        Listed with(Money changed) {
            return new Listed(itemId, sku, details, changed, active);
        }

        Listed active(boolean changed) {
            return new Listed(itemId, sku, details, price, changed);
        }
    }
}

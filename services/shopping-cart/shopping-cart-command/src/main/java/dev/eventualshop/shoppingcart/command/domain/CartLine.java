package dev.eventualshop.shoppingcart.command.domain;

import dev.eventualshop.contracts.Money;
import java.util.Objects;
import java.util.UUID;

/** One product in a cart: what it was called and cost when it was added, and how many the customer wants. */
public record CartLine(UUID productId, String sku, String name, Money unitPrice, int quantity) {

    public CartLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(unitPrice, "unitPrice");
    }

    CartLine withQuantity(int changed) {
        return new CartLine(productId, sku, name, unitPrice, changed);
    }
}

package dev.eventualshop.shoppingcart.query.domain;

import dev.eventualshop.contracts.Money;
import java.util.Objects;
import java.util.UUID;

/** A product's current catalog price, as Catalog last announced it. */
public record PriceView(UUID productId, Money price) {

    public PriceView {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(price, "price");
    }
}

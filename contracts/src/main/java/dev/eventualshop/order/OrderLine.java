package dev.eventualshop.order;

import dev.eventualshop.contracts.Money;
import java.util.Objects;
import java.util.UUID;

/** A line of an order, at the price of the checkout: {@code lineTotal} is {@code unitPrice} x {@code quantity}. */
public record OrderLine(UUID productId, String sku, String name, Money unitPrice, int quantity, Money lineTotal) {

    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(lineTotal, "lineTotal");
    }
}

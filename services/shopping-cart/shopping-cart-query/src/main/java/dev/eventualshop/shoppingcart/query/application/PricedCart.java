package dev.eventualshop.shoppingcart.query.application;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.shoppingcart.query.domain.CartView;
import java.util.List;
import java.util.UUID;

/**
 * A cart priced at read time: each line of an open cart at the price table's current price (or, when the table lacks
 * the product or prices it in another currency, at the price the line was added with); a checked-out cart's lines at
 * the prices of the checkout. Each line's total, and the cart's total.
 *
 * @param total   the sum of the line totals; {@code null} for a cart without lines, which has no currency yet
 * @param version the cart stream's version
 * @param etag    a strong entity tag covering the cart's version and each line's price-table version
 */
public record PricedCart(CartView cart, List<Line> lines, Money total, long version, String etag) {

    public PricedCart {
        lines = List.copyOf(lines);
    }

    /**
     * One line, priced.
     *
     * @param priceVersion the version of the product's catalog stream its price comes from; 0 for a recorded price
     */
    public record Line(UUID productId, String sku, String name, Money unitPrice, int quantity, Money lineTotal,
                       long priceVersion) {
    }
}

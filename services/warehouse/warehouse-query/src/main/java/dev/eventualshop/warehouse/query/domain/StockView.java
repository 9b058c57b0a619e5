package dev.eventualshop.warehouse.query.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A product's stock as an ADMIN reads it (API.md: {@code GET /api/v1/warehouse/stock}).
 *
 * @param onHand    units in the warehouse
 * @param reserved  units held by open reservations
 * @param available units that can still be reserved: {@code onHand - reserved}
 */
public record StockView(UUID productId, String sku, long onHand, long reserved, long available) {

    public StockView {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(sku, "sku");
    }

    static StockView opened(UUID productId, String sku, long onHand, long reserved) {
        return new StockView(productId, sku, onHand, reserved, onHand - reserved);
    }

    /** The same product's stock at the quantities an event left it with. */
    StockView at(long onHandNow, long reservedNow) {
        return opened(productId, sku, onHandNow, reservedNow);
    }
}

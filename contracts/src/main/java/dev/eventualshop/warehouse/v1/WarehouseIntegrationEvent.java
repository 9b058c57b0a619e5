package dev.eventualshop.warehouse.v1;

import java.util.UUID;

/**
 * Warehouse's public, versioned events: a product's stock after each change (event-carried state). The stock
 * stream's version travels in the message headers ({@code es-version}); a consumer applies an event only if
 * that version is newer than the one it has.
 */
public sealed interface WarehouseIntegrationEvent {

    UUID productId();

    /** A product's stock changed; {@code available = onHand - reserved}, never negative. */
    record StockChanged(UUID productId, long onHand, long reserved, long available)
            implements WarehouseIntegrationEvent {
    }
}
